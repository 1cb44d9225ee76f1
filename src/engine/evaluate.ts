import type {
  CheckResult,
  Finding,
  Manifest,
  ManifestFormat,
  NetworkServices,
  Problem,
  ProjectProblem,
  Rule,
  Skipped,
} from '../core/types.js';
import type { SourceDocument } from '../parse/types.js';
import type { EffectivePolicy, RuleSetting } from '../policy/types.js';
import type { ParseOutcome } from '../parse/types.js';
import { findInlineSuppressions } from '../policy/inlineSuppressions.js';
import { applyBaseline, type Baseline, type BaselineEntry, type ValueAt } from '../policy/baseline.js';
import { getAtPointer } from '../core/pointer.js';
import { optimized } from '../core/optimizations.js';
import { clientNameMissing, missingClientName } from '../rules/client-name-missing.js';

/** A file that was read and parsed, waiting for the checks. */
export interface ParsedFile {
  file: string;
  format: ManifestFormat;
  /** Named on the command line: checked even when it does not look like a manifest. */
  explicit: boolean;
  outcome: ParseOutcome;
}

export interface EvaluationOptions {
  rules: readonly Rule[];
  policy: EffectivePolicy;
  /** Absent: the run is offline and network rules are listed as skipped. */
  network?: NetworkServices;
  /** Findings are kept only for files this accepts (`only-changed`); cross-file rules still see every manifest. */
  reportFile?: (file: string) => boolean;
  /**
   * The files the run was asked about (default: all). Manifests outside it are context for the cross-file rules
   * only: neither listed nor reported (a run from a subdirectory still sees the whole repository's client names).
   */
  inScope?: (file: string) => boolean;
  /** Findings the baseline records are marked suppressed, beside the inline suppressions. */
  baseline?: { baseline: Baseline; source: string };
}

export interface EvaluateOptions extends EvaluationOptions {
  files: readonly ParsedFile[];
  /** Files skipped before parsing (not regular, outside the root...), carried into the result. */
  skippedFiles?: readonly { file: string; reason: string }[];
}

/**
 * The checks of one run, fed a file at a time as the files are parsed: so a large run checks each file while the
 * read-ahead worker parses the next ones (check.ts), instead of checking them all once the last is parsed.
 */
export interface Evaluation {
  /** The schema and the per-manifest rules on one file; `index` is its place in the run, which orders the manifests. */
  add(parsed: ParsedFile, index: number): void;
  /** The cross-file and network rules over every manifest added, then the findings. */
  finish(skippedFiles?: readonly { file: string; reason: string }[]): Promise<Evaluated>;
}

export interface Evaluated {
  result: CheckResult;
  /** Baseline entries that matched no finding (fixed, or the value changed). */
  staleBaseline: BaselineEntry[];
  /** The parsed value at a pointer of a reported file, for writing a baseline. */
  valueAt: ValueAt;
}

interface Located {
  ruleId: string;
  file: string;
  problem: Problem;
}

/** A top-level object with a `client_name` (or localized `client_name#…`) key: SPEC §4. */
export function isManifestValue(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  // The common case without listing the keys.
  if (Object.prototype.hasOwnProperty.call(value, 'client_name')) return true;
  return Object.keys(value).some((key) => key.startsWith('client_name#'));
}

/** Runs the schema and every rule the policy enables over parsed files and turns problems into findings. */
export async function evaluate(options: EvaluateOptions): Promise<CheckResult> {
  const evaluation = await startEvaluation(options, options.files.length > 0);
  options.files.forEach((parsed, index) => evaluation.add(parsed, index));
  return (await evaluation.finish(options.skippedFiles)).result;
}

/** An evaluation to feed file by file; `withFiles` false when no file will be added (the schema validator stays unloaded). */
export async function startEvaluation(options: EvaluationOptions, withFiles: boolean): Promise<Evaluation> {
  const { policy } = options;
  const inScope = options.inScope ?? (() => true);
  const reportFile = options.reportFile ? (file: string) => inScope(file) && options.reportFile!(file) : inScope;
  const documents = new Map<string, SourceDocument>();
  /** By index in the run: the holes of files that are not manifests vanish when the cross-file rules take them. */
  const byIndex: Array<Manifest | undefined> = [];
  const checked: CheckResult['manifests'] = [];
  const problems: Located[] = [];
  // The schema validator loads only when there is a file to validate: start-up with nothing to check compiles less code.
  const schema = withFiles ? await import('../schema/validateManifest.js') : undefined;
  if (schema && !optimized('precompiled-schema')) await schema.compileAtRunTime();

  const settingsCache = new Map<string, ReadonlyMap<string, RuleSetting>>();
  const settingsFor = (file: string): ReadonlyMap<string, RuleSetting> => {
    let settings = settingsCache.get(file);
    if (!settings) {
      settings = policy.rulesFor(file);
      settingsCache.set(file, settings);
    }
    return settings;
  };
  const enabled = (ruleId: string, file: string): boolean => {
    const setting = settingsFor(file).get(ruleId);
    return setting !== undefined && setting.severity !== 'off';
  };
  const optionsOf = (ruleId: string) => (file: string) => settingsFor(file).get(ruleId)?.options ?? {};
  const allRules: readonly Rule[] = [...options.rules, ...policy.custom];
  const manifestRules = allRules.filter((rule) => rule.kind === 'manifest');

  const add = (parsed: ParsedFile, index: number): void => {
    const { outcome } = parsed;
    for (const { ruleId, problem } of outcome.problems) problems.push({ ruleId, file: parsed.file, problem });
    const listed = inScope(parsed.file);
    if (!outcome.ok) {
      if (listed) checked.push({ file: parsed.file, format: parsed.format });
      return;
    }
    const { document } = outcome;
    const value = document.value;
    const isManifest = isManifestValue(value);
    if (!isManifest) {
      // A manifest whose client_name is misspelt or missing is reported, never passed over as "not a manifest".
      const missing = missingClientName(value);
      if (missing) {
        documents.set(parsed.file, document);
        if (listed) checked.push({ file: parsed.file, format: parsed.format });
        problems.push({ ruleId: clientNameMissing.meta.id, file: parsed.file, problem: missing });
        return;
      }
      if (!parsed.explicit) return;
    }
    documents.set(parsed.file, document);
    if (listed) checked.push({ file: parsed.file, format: parsed.format });
    if (!schema) throw new Error('evaluation started without files was given one');
    for (const problem of schema.validateManifest(value))
      problems.push({ ruleId: 'schema', file: parsed.file, problem });
    if (!isManifest) return;
    const manifest: Manifest = { file: parsed.file, format: parsed.format, value };
    byIndex[index] = manifest;
    const settings = settingsFor(manifest.file);
    for (const rule of manifestRules) {
      const id = rule.meta.id;
      const setting = settings.get(id);
      if (setting === undefined || setting.severity === 'off') continue;
      let found: Problem[];
      try {
        found = rule.check(manifest, setting.options ?? {});
      } catch (error) {
        found = [internalError(id, error)];
      }
      for (const problem of found) problems.push({ ruleId: id, file: manifest.file, problem });
    }
  };

  const finish = async (skippedFiles: readonly { file: string; reason: string }[] = []): Promise<Evaluated> => {
    const manifests = byIndex.filter((m) => m !== undefined);
    // The network rules look at one manifest at a time: context manifests and unreported files are not fetched for.
    const reported = manifests.filter((m) => reportFile(m.file));
    const skipped: Skipped[] = [];
    for (const rule of allRules) {
      const id = rule.meta.id;
      switch (rule.kind) {
        case 'stage':
        case 'manifest':
          break;
        case 'project': {
          const subjects = manifests.filter((m) => enabled(id, m.file));
          if (subjects.length === 0) break;
          let found: ProjectProblem[];
          try {
            found = rule.check(subjects, optionsOf(id));
          } catch (error) {
            found = subjects.map((m) => ({ file: m.file, ...internalError(id, error) }));
          }
          for (const { file, ...problem } of found) problems.push({ ruleId: id, file, problem });
          break;
        }
        case 'network': {
          const subjects = reported.filter((m) => enabled(id, m.file));
          if (subjects.length === 0) break;
          if (!options.network) {
            skipped.push({ ruleId: id, reason: 'offline' });
            break;
          }
          let found: ProjectProblem[];
          try {
            found = await rule.check(subjects, optionsOf(id), options.network);
          } catch (error) {
            found = subjects.map((m) => ({ file: m.file, ...internalError(id, error) }));
          }
          for (const { file, ...problem } of found) problems.push({ ruleId: id, file, problem });
          break;
        }
      }
    }
    const findings: Finding[] = [];
    for (const { ruleId, file, problem } of problems) {
      if (!reportFile(file)) continue;
      const setting = settingsFor(file).get(ruleId);
      const severity = setting?.severity ?? 'error';
      if (severity === 'off') continue;
      const document = documents.get(file);
      const range = problem.range ??
        document?.locate(problem.pointer, problem.target) ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
      const finding: Finding = {
        ruleId,
        severity,
        message: problem.message,
        file,
        ...range,
        pointer: problem.pointer,
      };
      if (problem.keyword !== undefined) finding.keyword = problem.keyword;
      findings.push(finding);
    }
    const known = new Set(allRules.map((r) => r.meta.id));
    const suppressed = applyInlineSuppressions(findings, documents, known, reportFile);
    for (const { file, problem } of suppressed.problems) {
      const severity = settingsFor(file).get('invalid-suppression')?.severity ?? 'error';
      if (severity !== 'off')
        findings.push({
          ruleId: 'invalid-suppression',
          severity,
          message: problem.message,
          file,
          ...problem.range!,
          pointer: '',
        });
    }
    findings.sort(compareFindings);
    const valueAt: ValueAt = (file, pointer) => getAtPointer(documents.get(file)?.value, pointer);
    const baselined = options.baseline
      ? applyBaseline(findings, options.baseline.baseline, valueAt, options.baseline.source)
      : { findings, stale: [] };

    return {
      result: {
        manifests: checked.sort((a, b) => compareText(a.file, b.file)),
        findings: baselined.findings,
        skipped: [
          ...skipped,
          ...skippedFiles.filter(({ file }) => inScope(file)).map(({ file, reason }) => ({ ruleId: '', file, reason })),
        ],
      },
      staleBaseline: baselined.stale,
      valueAt,
    };
  };

  return { add, finish };
}

/**
 * `# lp-app-manifest-check-disable-next-line <rule-id> -- <reason>` in YAML manifests: matching findings on the
 * next line are marked suppressed (counted, never hidden); malformed directives become findings.
 */
function applyInlineSuppressions(
  findings: Finding[],
  documents: ReadonlyMap<string, SourceDocument>,
  known: ReadonlySet<string>,
  reportFile: (file: string) => boolean,
): { problems: Array<{ file: string; problem: Problem }> } {
  const problems: Array<{ file: string; problem: Problem }> = [];
  for (const [file, document] of documents) {
    if (document.format !== 'yaml' || !document.text.includes('disable-next-line') || !reportFile(file)) continue;
    const { byLine, problems: malformed } = findInlineSuppressions(document.text);
    for (const { line, column, message } of malformed) {
      problems.push({
        file,
        problem: { pointer: '', message, range: { line, column, endLine: line, endColumn: column + 1 } },
      });
    }
    for (const [line, suppressions] of byLine) {
      for (const { ruleId } of suppressions) {
        if (!known.has(ruleId)) {
          problems.push({
            file,
            problem: {
              pointer: '',
              message: `suppression names unknown rule "${ruleId}"`,
              range: { line: line - 1, column: 1, endLine: line - 1, endColumn: 2 },
            },
          });
        }
      }
    }
    for (const finding of findings) {
      if (finding.file !== file || finding.suppressed) continue;
      const match = byLine.get(finding.line)?.find((s) => s.ruleId === finding.ruleId);
      if (match) finding.suppressed = { kind: 'inline', reason: match.reason };
    }
  }
  return { problems };
}

/** A rule that throws must not lose the manifest or crash the run: its failure becomes a finding. */
function internalError(ruleId: string, error: unknown): Problem {
  const reason = error instanceof Error ? error.message : String(error);
  return { pointer: '', message: `internal error in rule ${ruleId}: ${reason}` };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.message, b.message)
  );
}
