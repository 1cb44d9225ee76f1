import type { NetworkServices } from '../core/types.js';

/** Redrawn at most this often: a progress line must not cost more than the work it reports. */
const INTERVAL_MS = 100;

/**
 * One line of progress on stderr ("files 1234/10000 · logos 12/40"), redrawn in place with \r and cleared at the
 * end, for long runs on a terminal. Nothing from a manifest is printed: only counts.
 */
export class Progress {
  private files = { done: 0, total: 0 };
  private logos = { done: 0, total: 0 };
  private last = 0;
  private shown = false;

  constructor(
    private readonly write: (text: string) => void,
    private readonly now: () => number = Date.now,
  ) {}

  filesRead(done: number, total: number): void {
    this.files = { done, total };
    this.draw(done === total);
  }

  /** Counts distinct logo URLs as they are requested and answered. */
  watch(network: NetworkServices): NetworkServices {
    const seen = new Set<string>();
    return {
      probeImage: (url) => {
        const fresh = !seen.has(url);
        if (fresh) {
          seen.add(url);
          this.logos.total++;
          this.draw(false);
        }
        const result = network.probeImage(url);
        if (fresh) {
          void result
            .finally(() => {
              this.logos.done++;
              this.draw(this.logos.done === this.logos.total);
            })
            .catch(() => undefined);
        }
        return result;
      },
    };
  }

  /** Clears the line, so the report that follows starts on a clean line. */
  end(): void {
    if (this.shown) this.write('\r\x1b[2K');
    this.shown = false;
  }

  private draw(force: boolean): void {
    const now = this.now();
    if (!force && now - this.last < INTERVAL_MS) return;
    this.last = now;
    const parts = [`files ${this.files.done}/${this.files.total}`];
    if (this.logos.total > 0) parts.push(`logos ${this.logos.done}/${this.logos.total}`);
    this.write(`\r\x1b[2Klp-app-manifest-check: ${parts.join(' · ')}`);
    this.shown = true;
  }
}
