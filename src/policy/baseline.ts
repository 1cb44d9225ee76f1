import { sha256 } from '../core/sha256.js';
import { fileRoot } from '../files/fileRoot.js';
import { asText, readInside } from '../files/readInside.js';
import { writeInside } from '../files/writeInside.js';
import { FILE_LIMITS } from '../files/limits.js';
import type { Finding } from '../core/types.js';

/**
 * A finding recorded for adoption in an existing repository. Keyed by file, rule, pointer and a hash of the value
 * at the pointer (never the value: it may be a secret), so an entry survives lines moving but not the value changing.
 */
export interface BaselineEntry {
  file: string;
  ruleId: string;
  pointer: string;
  valueHash: string;
}

export interface Baseline {
  version: 1;
  entries: BaselineEntry[];
}

export type ValueAt = (file: string, pointer: string) => unknown;

function hashValue(value: unknown): string {
  return sha256(JSON.stringify(value) ?? 'undefined').slice(0, 16);
}

function keyOf(entry: BaselineEntry): string {
  return [entry.file, entry.ruleId, entry.pointer, entry.valueHash].join('\u0000');
}

/**
 * Makes the entries of findings. A value is hashed once for all the findings at its pointer: many can share one (each
 * repeat of a duplicate key), and hashing a large value again for each would be quadratic.
 */
function entryMaker(valueAt: ValueAt): (finding: Finding) => BaselineEntry {
  const hashes = new Map<string, string>();
  return (finding) => {
    const at = `${finding.file}\u0000${finding.pointer}`;
    let valueHash = hashes.get(at);
    if (valueHash === undefined) {
      valueHash = hashValue(valueAt(finding.file, finding.pointer));
      hashes.set(at, valueHash);
    }
    return { file: finding.file, ruleId: finding.ruleId, pointer: finding.pointer, valueHash };
  };
}

/** In the order of their keys, each key built once. */
function sorted(entries: readonly BaselineEntry[]): BaselineEntry[] {
  return entries
    .map((entry) => ({ key: keyOf(entry), entry }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ entry }) => entry);
}

export function createBaseline(findings: readonly Finding[], valueAt: ValueAt): Baseline {
  return { version: 1, entries: sorted(findings.filter((f) => !f.suppressed).map(entryMaker(valueAt))) };
}

/** Findings the baseline records are marked suppressed (counted, not hidden); entries that match nothing are stale. */
export function applyBaseline(
  findings: readonly Finding[],
  baseline: Baseline,
  valueAt: ValueAt,
  source: string,
): { findings: Finding[]; stale: BaselineEntry[] } {
  const remaining = new Map<string, BaselineEntry[]>();
  for (const entry of baseline.entries) {
    const key = keyOf(entry);
    const list = remaining.get(key);
    if (list) list.push(entry);
    else remaining.set(key, [entry]);
  }
  const entryOf = entryMaker(valueAt);
  const result = findings.map((finding) => {
    if (finding.suppressed) return finding;
    const matches = remaining.get(keyOf(entryOf(finding)));
    if (!matches || matches.length === 0) return finding;
    matches.pop();
    return { ...finding, suppressed: { kind: 'baseline' as const, reason: `in baseline ${source}` } };
  });
  return { findings: result, stale: sorted([...remaining.values()].flat()) };
}

/**
 * Writes a baseline inside `root` (src/files: no symlink out on the way, no final symlink, a regular file); a message
 * naming the file and the reason when it cannot.
 */
export function writeBaseline(root: string, file: string, display: string, baseline: Baseline): void {
  const written = writeInside(fileRoot(root), file, JSON.stringify(baseline, null, 2) + '\n');
  if (!written.ok) throw new Error(`baseline ${display}: ${written.reason}`);
}

/**
 * Reads a baseline file inside `root` as extends files are read (src/files: real path inside the root, a regular
 * file, at most FILE_LIMITS.baseline bytes); a message naming the file and the fault when it is not one.
 */
export function readBaseline(root: string, file: string, display: string): Baseline {
  const read = readInside(fileRoot(root), file, FILE_LIMITS.baseline);
  if (!read.ok) throw new Error(`baseline ${display}: ${read.reason}`);
  return parseBaseline(asText(read.bytes), display);
}

/** A baseline from its text; a message naming the file and the fault when it is not one. */
export function parseBaseline(text: string, display: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error(`baseline ${display}: not valid JSON`);
  }
  const entries = (data as Baseline | null)?.entries;
  const valid =
    (data as Baseline | null)?.version === 1 &&
    Array.isArray(entries) &&
    entries.every((e) =>
      ['file', 'ruleId', 'pointer', 'valueHash'].every(
        (k) => typeof (e as unknown as Record<string, unknown>)?.[k] === 'string',
      ),
    );
  if (!valid)
    throw new Error(
      `baseline ${display}: not a baseline file (expected {"version": 1, "entries": [{file, ruleId, pointer, valueHash}]})`,
    );
  return data as Baseline;
}
