/** A GitHub API call that ran out of time: its own deadline, or the run's budget for all API calls. */
export class ApiTimeout extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ApiTimeout';
  }
}

/** Seconds for messages: "60 s", "2.5 s". */
export function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

/**
 * The time a run may spend waiting for the GitHub API, all calls together (retries and rate-limit waits included).
 * Only time with a call in flight counts: checking thousands of manifests between the policy read and the comment
 * does not eat into it. Once spent, it stays spent: its signal aborts every call in flight and every later call
 * fails at once, so a hanging API costs the run at most the budget.
 */
export class ApiBudget {
  readonly #controller = new AbortController();
  readonly #clock: () => number;
  #spentMs = 0;
  #inFlight = 0;
  #since = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly limitMs: number,
    /** Where the limit is set, for the message of a spent budget (e.g. "input api-timeout"). */
    readonly setting?: string,
    clock: () => number = () => performance.now(),
  ) {
    this.#clock = clock;
  }

  /** Aborts when the budget is spent. */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  remainingMs(): number {
    const running = this.#inFlight > 0 ? this.#clock() - this.#since : 0;
    return Math.max(0, this.limitMs - this.#spentMs - running);
  }

  spentError(what: string): ApiTimeout {
    return new ApiTimeout(
      `${what}: the run's time for the GitHub API (${seconds(this.limitMs)}${this.setting ? `, ${this.setting}` : ''}) ran out before GitHub answered`,
    );
  }

  /** Runs one API call on the budget's clock; rejects as soon as the budget is spent, whatever the call is doing. */
  async meter<T>(what: string, call: () => Promise<T>): Promise<T> {
    if (this.remainingMs() <= 0) this.#spend();
    if (this.#controller.signal.aborted) throw this.spentError(what);
    this.#start();
    try {
      const running = call();
      // The call may settle after the budget has given up on it: nobody is waiting for it then.
      running.catch(() => undefined);
      return await new Promise<T>((resolve, reject) => {
        const onSpent = () => reject(this.spentError(what));
        this.#controller.signal.addEventListener('abort', onSpent, { once: true });
        running.then(resolve, reject).finally(() => this.#controller.signal.removeEventListener('abort', onSpent));
      });
    } finally {
      this.#stop();
    }
  }

  #start(): void {
    if (this.#inFlight++ > 0) return;
    this.#since = this.#clock();
    this.#timer = setTimeout(() => this.#spend(), this.limitMs - this.#spentMs);
  }

  #stop(): void {
    if (--this.#inFlight > 0) return;
    this.#spentMs += this.#clock() - this.#since;
    clearTimeout(this.#timer);
  }

  #spend(): void {
    this.#controller.abort();
  }
}
