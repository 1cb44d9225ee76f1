import type {
  CheckResult,
  Finding,
  Manifest,
  ManifestFormat,
  NetworkServices,
  Place,
  Problem,
  ProjectProblem,
  Range,
  Rule,
  Skipped,
} from '../core/types.js';
import type { LocateRequest, ParseLimits, SourceDocument } from '../parse/types.js';
import type { EffectivePolicy, RuleSetting } from '../policy/types.js';
import type { ParseOutcome } from '../parse/types.js';
import { findInlineSuppressions } from '../policy/inlineSuppressions.js';
import { applyBaseline, type Baseline, type BaselineEntry, type ValueAt } from '../policy/baseline.js';
import { getAtPointer } from '../core/pointer.js';
import { optimized } from '../core/optimizations.js';
import { clientNameMissing, missingClientName } from '../rules/client-name-missing.js';
import { marked, quoted } from '../core/quoted.js';
import { Redaction, redactionOf } from './redact.js';
import { messageOf } from '../core/messageOf.js';
import { attachFixes } from './attachFixes.js';
import { offersChanges } from '../core/valuePatch.js';
import type { parseText } from '../parse/parseSource.js';
import { defaultParseLimits } from '../parse/formats.js';

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
  /**
   * Findings are kept only for files this accepts (`only-changed`); cross-file rules still see every manifest, and
   * their findings are kept when this accepts any place they name (ProjectProblem.related).
   */
  reportFile?: (file: string) => boolean;
  /**
   * The files the run was asked about (default: all). Manifests outside it are context for the cross-file rules
   * only: neither listed nor reported (a run from a subdirectory still sees the whole repository's client names).
   */
  inScope?: (file: string) => boolean;
  /** Findings the baseline records are marked suppressed, beside the inline suppressions. */
  baseline?: { baseline: Baseline; source: string };
  /** The limits the files were parsed under: a text parsed again (KeptDocuments) is parsed under the same. */
  limits?: ParseLimits;
}

export interface EvaluateOptions extends EvaluationOptions {
  files: readonly ParsedFile[];
  /** Files skipped before parsing (not regular, outside the root...), carried into the result. */
  skippedFiles?: readonly { file: string; reason: string }[];
}

/**
 * The checks of one run, fed a file at a time as the files are parsed: each file is checked while its parse is fresh,
 * instead of all of them once the last is parsed.
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
  /** Where the other places a cross-file finding names are (ProjectProblem.related); none for other findings. */
  relatedOf: (finding: Finding) => readonly RelatedPlace[];
}

/** A place a cross-file finding names in another manifest, located. */
export type RelatedPlace = Place & Range;

interface Located {
  ruleId: string;
  file: string;
  problem: Problem & Pick<ProjectProblem, 'related'>;
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
  // The parsers load only when there is a file to read (check.ts): a run with nothing to check starts without them.
  const parsing = withFiles ? await import('../parse/parseSource.js') : undefined;
  const documents = new KeptDocuments(options.limits ?? defaultParseLimits, parsing?.parseText);
  /** The outcomes of the files that had problems when added, for the redaction of their findings. */
  const outcomes = new Map<string, ParseOutcome>();
  const redactions = new Map<string, Redaction>();
  const redactionFor = (file: string): Redaction => {
    let redaction = redactions.get(file);
    if (!redaction) {
      // A file without problems when it was added is a manifest (or a file named explicitly) if it has findings now.
      const document = outcomes.has(file) ? undefined : documents.get(file);
      const outcome = outcomes.get(file) ?? (document && { ok: true as const, document, problems: [] });
      redaction = outcome ? redactionOf(outcome) : new Redaction([]);
      redactions.set(file, redaction);
    }
    return redaction;
  };
  /** By index in the run: the holes of files that are not manifests vanish when the cross-file rules take them. */
  const byIndex: Array<Manifest | undefined> = [];
  const checked: CheckResult['manifests'] = [];
  const problems = new CappedProblems(MAX_FINDINGS_PER_RULE);
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
  const keptKeys = keysForLater(allRules);

  const add = (parsed: ParsedFile, index: number): void => {
    const before = problems.added;
    addFile(parsed, index);
    // Of a file that had no problem the end of the run keeps the text, parsed again should a finding come to be on it
    // (KeptDocuments).
    if (problems.added === before) {
      documents.drop(parsed.file);
    } else {
      outcomes.set(parsed.file, parsed.outcome);
    }
  };

  const addFile = (parsed: ParsedFile, index: number): void => {
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
        documents.keep(document);
        if (listed) checked.push({ file: parsed.file, format: parsed.format });
        problems.push({ ruleId: clientNameMissing.meta.id, file: parsed.file, problem: missing });
        return;
      }
      if (!parsed.explicit) return;
    }
    documents.keep(document);
    if (listed) checked.push({ file: parsed.file, format: parsed.format });
    if (!schema) throw new Error('evaluation started without files was given one');
    const validated = schema.validateManifest(value, MAX_FINDINGS_PER_RULE + 1);
    for (const problem of validated.problems) problems.push({ ruleId: 'schema', file: parsed.file, problem });
    problems.count('schema', parsed.file, validated.undescribed);
    if (!isManifest) return;
    const manifest: Manifest = { file: parsed.file, format: parsed.format, value };
    // The cross-file and network rules are given the keys they read, not the whole of every manifest to the end.
    byIndex[index] = keptKeys ? { ...manifest, value: pick(value, keptKeys) } : manifest;
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
    problems.closeOverflows();
    const findings: Finding[] = [];
    /** The problems that offer changes, by the finding they became (attachFixes.ts renders them). */
    const problemOf = new Map<Finding, Problem>();
    const unplaced = new Unplaced();
    const relatedPlaces = new Map<Finding, readonly Place[]>();
    for (const { ruleId, file, problem } of problems) {
      // A cross-file finding is reported when any of its places is: the file it is on may be one a run leaves out.
      if (!reportFile(file) && !problem.related?.some((place) => reportFile(place.file))) continue;
      const setting = settingsFor(file).get(ruleId);
      const severity = setting?.severity ?? 'error';
      if (severity === 'off') continue;
      const range = problem.range ?? unplaced.add(documents.get(file), problem, findings.length);
      // The one redaction step: nothing of a finding reaches a reporter without it (redact.ts).
      const redaction = redactionFor(file);
      const finding: Finding = {
        ruleId,
        severity,
        message: redaction.message(problem.message, problem.pointer),
        file,
        ...range,
        pointer: redaction.pointer(problem.pointer),
      };
      if (problem.keyword !== undefined) finding.keyword = problem.keyword;
      if (offersChanges(problem)) problemOf.set(finding, problem);
      if (problem.related?.length) relatedPlaces.set(finding, problem.related);
      findings.push(finding);
    }
    unplaced.locate(findings);
    const located = locatePlaces(relatedPlaces, documents);
    const known = new Set(allRules.map((r) => r.meta.id));
    const suppressed = applyInlineSuppressions(findings, documents, known, reportFile);
    for (const finding of findings)
      if (finding.suppressed) finding.suppressed.reason = redactionFor(finding.file).text(finding.suppressed.reason);
    for (const { file, problem } of suppressed.problems) {
      const severity = settingsFor(file).get('invalid-suppression')?.severity ?? 'error';
      if (severity !== 'off')
        findings.push({
          ruleId: 'invalid-suppression',
          severity,
          message: redactionFor(file).message(problem.message, ''),
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
    await attachFixes(baselined.findings, problemOf, documents, redactionFor);
    // The baseline marks findings in copies, one for one and in order: the places follow them.
    const relatedOf = new Map<Finding, RelatedPlace[]>();
    if (located.size > 0)
      findings.forEach((finding, i) => {
        const places = located.get(finding);
        const copy = baselined.findings[i];
        if (places && copy) relatedOf.set(copy, places);
      });

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
      relatedOf: (finding) => relatedOf.get(finding) ?? [],
    };
  };

  return { add, finish };
}

const NOWHERE: Range = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** The parsed files by name, as the end of the run reads them. */
export type DocumentsOf = Pick<ReadonlyMap<string, SourceDocument>, 'get' | 'has'>;

/**
 * The documents of the run, by file. Most files have nothing wrong: of those only the text is kept, and it is parsed
 * again (the same text, the same limits: the same document) if a cross-file or network finding, a related place or a
 * baseline comes to need it. Keeping every parsed value of a large repository to the end of the run cost more in
 * garbage collection than parsing the few again (bench/RESULTS.md).
 */
class KeptDocuments implements DocumentsOf {
  private readonly documents = new Map<string, SourceDocument | Pick<SourceDocument, 'file' | 'format' | 'text'>>();

  /** `parse` is absent only when no file will be added. */
  constructor(
    private readonly limits: ParseLimits,
    private readonly parse: typeof parseText | undefined,
  ) {}

  keep(document: SourceDocument): void {
    this.documents.set(document.file, document);
  }

  /** Keeps only the text of the file's document. */
  drop(file: string): void {
    const document = this.documents.get(file);
    if (document) this.documents.set(file, { file, format: document.format, text: document.text });
  }

  has(file: string): boolean {
    return this.documents.has(file);
  }

  get(file: string): SourceDocument | undefined {
    const kept = this.documents.get(file);
    if (!kept || 'value' in kept) return kept;
    if (!this.parse) throw new Error('internal: an evaluation started without files was given one');
    const outcome = this.parse(file, kept.text, kept.format, this.limits);
    if (!outcome.ok) throw new Error(`internal: ${file} parsed once and not again`);
    this.documents.set(file, outcome.document);
    return outcome.document;
  }

  /** Every file's name, format and text, without parsing any again. */
  sources(): Iterable<Pick<SourceDocument, 'file' | 'format' | 'text'>> {
    return this.documents.values();
  }
}

/**
 * The top-level keys the cross-file and network rules read of each manifest (their `reads`), or undefined when one
 * of them reads the whole of it.
 */
function keysForLater(rules: readonly Rule[]): readonly string[] | undefined {
  const keys = new Set<string>();
  for (const rule of rules) {
    if (rule.kind !== 'project' && rule.kind !== 'network') continue;
    if (!rule.reads) return undefined;
    for (const key of rule.reads) keys.add(key);
  }
  return [...keys];
}

/** The value with only these of its own keys. */
function pick(value: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const key of keys) if (Object.prototype.hasOwnProperty.call(value, key)) picked[key] = value[key];
  return picked;
}

/** The related places of cross-file findings with their positions, each document walked once for all of its places. */
function locatePlaces(
  related: ReadonlyMap<Finding, readonly Place[]>,
  documents: DocumentsOf,
): Map<Finding, RelatedPlace[]> {
  const byFile = new Map<string, Array<{ place: Place; into: RelatedPlace[] }>>();
  const located = new Map<Finding, RelatedPlace[]>();
  for (const [finding, places] of related) {
    const into: RelatedPlace[] = [];
    located.set(finding, into);
    for (const place of places) {
      const pending = byFile.get(place.file);
      if (pending) pending.push({ place, into });
      else byFile.set(place.file, [{ place, into }]);
    }
  }
  for (const [file, pending] of byFile) {
    const document = documents.get(file);
    const ranges = document ? document.locateAll(pending.map(({ place }) => ({ pointer: place.pointer }))) : [];
    pending.forEach(({ place, into }, i) => into.push({ ...place, ...(ranges[i] ?? NOWHERE) }));
  }
  return located;
}

/**
 * Findings waiting for their positions, by document: each document then locates all of its findings in one walk
 * (SourceDocument.locateAll), so the cost is linear in the file and its findings, not their product.
 */
class Unplaced {
  private readonly byDocument = new Map<SourceDocument, { requests: LocateRequest[]; indices: number[] }>();
  /** A placeholder range for the finding that will be `findings[index]`; without a document, the file's start. */
  add(document: SourceDocument | undefined, problem: Problem, index: number): Range {
    if (!document) return NOWHERE;
    let pending = this.byDocument.get(document);
    if (!pending) {
      pending = { requests: [], indices: [] };
      this.byDocument.set(document, pending);
    }
    pending.requests.push({ pointer: problem.pointer, target: problem.target });
    pending.indices.push(index);
    return NOWHERE;
  }

  /** Fills in the ranges of the findings `add` was given the indices of. */
  locate(findings: Finding[]): void {
    for (const [document, { requests, indices }] of this.byDocument) {
      const ranges = document.locateAll(requests);
      indices.forEach((index, i) => {
        const finding = findings[index];
        const range = ranges[i];
        if (!finding || !range) {
          throw new Error(
            `internal: ${document.file}: ${indices.length} findings to place, ${ranges.length} positions`,
          );
        }
        Object.assign(finding, range);
      });
    }
  }
}

/**
 * `# lp-app-manifest-check-disable-next-line <rule-id> -- <reason>` in YAML manifests: matching findings on the
 * next line are marked suppressed (counted, never hidden); malformed directives become findings. A file the run does
 * not report may still hold a cross-file finding: its directives apply to it, its malformed ones are not reported.
 */
function applyInlineSuppressions(
  findings: Finding[],
  documents: KeptDocuments,
  known: ReadonlySet<string>,
  reportFile: (file: string) => boolean,
): { problems: Array<{ file: string; problem: Problem }> } {
  const problems: Array<{ file: string; problem: Problem }> = [];
  // Each file's findings, gathered once: a scan of every finding for each file with directives would be quadratic.
  let byFile: Map<string, Finding[]> | undefined;
  for (const document of documents.sources()) {
    const { file } = document;
    if (document.format !== 'yaml' || !document.text.includes('disable-next-line')) continue;
    byFile ??= groupByFile(findings);
    const reported = reportFile(file);
    if (!reported && !byFile.has(file)) continue;
    const { byLine, problems: malformed } = findInlineSuppressions(document.text);
    for (const { line, column, message } of reported ? malformed : []) {
      problems.push({
        file,
        problem: { pointer: '', message, range: { line, column, endLine: line, endColumn: column + 1 } },
      });
    }
    for (const [line, suppressions] of reported ? byLine : []) {
      for (const { ruleId } of suppressions) {
        if (!known.has(ruleId)) {
          problems.push({
            file,
            problem: {
              pointer: '',
              message: `suppression names unknown rule ${quoted(ruleId)}`,
              range: { line: line - 1, column: 1, endLine: line - 1, endColumn: 2 },
            },
          });
        }
      }
    }
    for (const finding of byFile.get(file) ?? []) {
      if (finding.suppressed) continue;
      const match = byLine.get(finding.line)?.find((s) => s.ruleId === finding.ruleId);
      if (match) finding.suppressed = { kind: 'inline', reason: match.reason };
    }
  }
  return { problems };
}

function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = byFile.get(finding.file);
    if (list) list.push(finding);
    else byFile.set(finding.file, [finding]);
  }
  return byFile;
}

/**
 * At most this many findings of one rule in one file; the rest are counted in one more finding. A file built to
 * maximise findings (a megabyte of unknown keys: over 100,000) would otherwise cost seconds and a report of a hundred
 * megabytes in every format, for a verdict that the first findings already give.
 */
export const MAX_FINDINGS_PER_RULE = 1000;

/** Problems as they are found, capped per file and rule; `closeOverflows` adds the count of those left out. */
class CappedProblems implements Iterable<Located> {
  private readonly items: Located[] = [];
  private readonly counts = new Map<string, { ruleId: string; file: string; count: number }>();
  /** Problems pushed or counted so far, capped or not. */
  added = 0;

  constructor(private readonly max: number) {}

  push(located: Located): void {
    this.added++;
    const key = `${located.file}\u0000${located.ruleId}`;
    let entry = this.counts.get(key);
    if (!entry) this.counts.set(key, (entry = { ruleId: located.ruleId, file: located.file, count: 0 }));
    if (++entry.count <= this.max) this.items.push(located);
  }

  /** Problems known only by their number (past the cap of the stage that found them). */
  count(ruleId: string, file: string, more: number): void {
    if (more === 0) return;
    this.added += more;
    const key = `${file}\u0000${ruleId}`;
    let entry = this.counts.get(key);
    if (!entry) this.counts.set(key, (entry = { ruleId, file, count: 0 }));
    entry.count += more;
  }

  closeOverflows(): void {
    for (const { ruleId, file, count } of this.counts.values()) {
      if (count <= this.max) continue;
      const more = count - this.max;
      this.items.push({
        ruleId,
        file,
        problem: {
          pointer: '',
          message: `… and ${more} more ${ruleId} finding${more === 1 ? '' : 's'} in this file, not listed (at most ${this.max} of one rule in one file are): fix the ones above and run again`,
        },
      });
    }
    this.counts.clear();
  }

  [Symbol.iterator](): Iterator<Located> {
    return this.items[Symbol.iterator]();
  }
}

/** A rule that throws must not lose the manifest or crash the run: its failure becomes a finding. */
function internalError(ruleId: string, error: unknown): Problem {
  const reason = messageOf(error);
  // The reason may quote a value (a TypeError names a key, a rule's own message a value): marked, so it is redacted.
  return { pointer: '', message: `internal error in rule ${ruleId}: ${marked(reason, 200)}` };
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
