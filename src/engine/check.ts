import type { CheckResult, NetworkServices, Rule } from '../core/types.js';
import type { EffectivePolicy } from '../policy/types.js';
import type { Baseline, BaselineEntry, ValueAt } from '../policy/baseline.js';
import { startEvaluation, type Evaluated } from './evaluate.js';
import { findCandidates } from '../discover/findCandidates.js';
import type { ParseLimits } from '../parse/types.js';
import { defaultParseLimits } from '../parse/formats.js';
import { maskValues } from './credentials.js';
import type { ParsedFile } from './evaluate.js';
import type { ReadOutcome } from '../files/readInside.js';

export interface CheckOptions {
  /** Absolute path; report paths are relative to it. */
  root: string;
  /** Files, directories or globs; empty means the root. */
  paths: readonly string[];
  /** Where relative `paths` are resolved from (default: root). */
  cwd?: string;
  exclude?: readonly string[];
  rules: readonly Rule[];
  policy: EffectivePolicy;
  /** Absent: offline. */
  network?: NetworkServices;
  /** Findings are reported only for the files this accepts (`only-changed`). */
  reportFile?: (file: string) => boolean;
  /** Files outside it are context for the cross-file rules only (see EvaluationOptions.inScope). */
  inScope?: (file: string) => boolean;
  baseline?: { baseline: Baseline; source: string };
  limits?: Partial<ParseLimits>;
  /** Files named in `paths` are checked only when their content is a manifest (pre-commit passes every staged file). */
  sniffExplicit?: boolean;
  /** Called as candidate files are read and parsed. */
  onProgress?: (done: number, total: number) => void;
  /**
   * A file whose content is read from here instead of the disk (stdin): `file` is its root-relative name, always a
   * candidate (named explicitly), and takes the place of a file of that name in the repository.
   */
  stdin?: { file: string; read: (maxBytes: number) => Promise<ReadOutcome> };
  /** Root-relative files whose text is this instead of what the disk holds (the fix loop's passes). */
  contents?: ReadonlyMap<string, string>;
  /** Collect the credentials to mask in the runner's log (CheckRun.secrets), file by file as they are read. */
  masks?: boolean;
}

export interface CheckRun {
  result: CheckResult;
  /** Explicit paths that do not exist or lie outside the root: a usage error for the caller. */
  missing: string[];
  /** Globs that match no file: a usage error too. */
  unmatched: string[];
  staleBaseline: BaselineEntry[];
  valueAt: ValueAt;
  relatedOf: Evaluated['relatedOf'];
  /** Credentials found in the files, for the runner's log masking (with CheckOptions.masks, else none); never shown. */
  secrets: string[];
}

/** discover → read → parse → evaluate, the last three file by file. */
export async function check(options: CheckOptions): Promise<CheckRun> {
  const limits: ParseLimits = { ...defaultParseLimits, ...options.limits };
  const discovery = await findCandidates({
    root: options.root,
    paths: options.paths,
    cwd: options.cwd,
    exclude: options.exclude,
    isIgnored: (file) => options.policy.isIgnored(file),
    unread: options.stdin ? [options.stdin.file] : undefined,
  });
  const stdin = options.stdin;
  const fromStdin = stdin ? discovery.candidates.find((c) => c.file === stdin.file) : undefined;
  const fromDisk = fromStdin ? discovery.candidates.filter((c) => c !== fromStdin) : discovery.candidates;
  if (options.sniffExplicit) for (const candidate of discovery.candidates) candidate.explicit = false;
  const evaluation = await startEvaluation(
    {
      rules: options.rules,
      policy: options.policy,
      network: options.network,
      reportFile: options.reportFile,
      inScope: options.inScope,
      baseline: options.baseline,
      limits,
    },
    discovery.candidates.length > 0,
  );
  // Collected as each file is read: no parsed file is kept to the end of the run for it.
  const masks = new Set<string>();
  const add = (file: ParsedFile, index: number): void => {
    if (options.masks) for (const mask of maskValues([file])) masks.add(mask);
    evaluation.add(file, index);
  };
  // Reading and the parsers (yaml, js-yaml, jsonc-parser) load only when there is something to read: a run with
  // nothing to check starts without them (start-up is measured against a bare `node -e ''` by npm run bench).
  // Each file is checked as soon as it is parsed.
  const reading = discovery.candidates.length > 0 ? await import('./readFiles.js') : undefined;
  const read = reading
    ? reading.readFiles(options.root, fromDisk, limits, options.onProgress, add, options.contents)
    : { skipped: [] };
  if (reading && stdin && fromStdin)
    add(reading.parseNamed(fromStdin, await stdin.read(limits.maxBytes), limits), fromDisk.length);
  const skippedFiles = [...discovery.skipped, ...read.skipped];
  const evaluated = await evaluation.finish(
    skippedFiles.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
  );
  return {
    result: evaluated.result,
    missing: discovery.missing,
    unmatched: discovery.unmatched,
    staleBaseline: evaluated.staleBaseline,
    valueAt: evaluated.valueAt,
    relatedOf: evaluated.relatedOf,
    secrets: [...masks],
  };
}
