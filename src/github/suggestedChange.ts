import type { Finding, TextEdit } from '../core/types.js';
import { createHash } from 'node:crypto';
import { sha256 } from '../core/sha256.js';
import { decodeUtf8, hasUtf8Bom } from '../core/utf8.js';

/** A finding's edits as whole lines of the file, the only shape a GitHub ```suggestion block can take. */
export interface SuggestedChange {
  finding: Finding;
  file: string;
  /** 1-based, inclusive: the lines the suggestion replaces. */
  startLine: number;
  endLine: number;
  /**
   * What those lines read after the edits (no final line break). Never fewer than one line: an edit that removes a
   * whole line reaches into the next, so empty is one empty line, as the suggestion block must show it.
   */
  text: string;
  /** The lines as they read now (no final line break). */
  before: string;
  /** The suggestion's description, when the change is a suggestion rather than a fix. */
  description?: string;
  /** Further findings whose edits fall on the same lines, made one suggestion with the first (GitHub applies a batch of
   * suggestions only when their lines do not overlap). */
  others?: Finding[];
  /** Same file, lines and text: the same suggestion, whichever run or finding made it. */
  key: string;
}

/** The edits GitHub can offer for one click: a fix, or a suggestion when it is the only one (a choice needs a person). */
export function offeredEdits(finding: Finding): { edits: TextEdit[]; description?: string } | undefined {
  if (finding.fix && finding.fix.edits.length > 0) return { edits: finding.fix.edits };
  const suggestions = finding.suggestions ?? [];
  const only = suggestions.length === 1 ? suggestions[0] : undefined;
  if (only && only.edits.length > 0) return { edits: only.edits, description: only.description };
  return undefined;
}

/** Offsets of the start of each line of a text, for line numbers by binary search. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineOf(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    // low < middle <= high < starts.length
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

/**
 * The finding's edits applied to the whole lines they touch in `text` (the file as the edits' offsets count it).
 * Undefined when the finding offers no edits, or its edits do not fit the text (out of range, overlapping): a
 * suggestion is offered only when it is exactly what the fix would write.
 */
export function suggestedChange(
  finding: Finding,
  text: string,
  starts: readonly number[] = lineStarts(text),
): SuggestedChange | undefined {
  const offered = offeredEdits(finding);
  if (!offered) return undefined;
  const edits = [...offered.edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let previous: TextEdit | undefined;
  for (const e of edits) {
    if (!(Number.isInteger(e.start) && Number.isInteger(e.end) && 0 <= e.start && e.start <= e.end)) return undefined;
    if (e.end > text.length || (previous && e.start < previous.end)) return undefined;
    previous = e;
  }
  const firstEdit = edits[0];
  const lastEdit = edits.at(-1);
  if (!firstEdit || !lastEdit) return undefined;
  const first = firstEdit.start;
  const last = lastEdit.end;
  // lastIndexOf reads a negative position as 0, where a line break at offset 0 would be found.
  const from = first === 0 ? 0 : text.lastIndexOf('\n', first - 1) + 1;
  let to = text.indexOf('\n', last);
  if (to === -1) to = text.length;
  if (to > last && text[to - 1] === '\r') to--;
  let after = '';
  let at = from;
  for (const e of edits) {
    after += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  after += text.slice(at, to);
  const before = text.slice(from, to);
  if (after === before) return undefined;
  const startLine = lineOf(starts, from);
  const endLine = lineOf(starts, to);
  const key = sha256(`${finding.file}\n${startLine}\n${endLine}\n${after}`).slice(0, 20);
  return {
    finding,
    file: finding.file,
    startLine,
    endLine,
    text: after,
    before,
    ...(offered.description !== undefined ? { description: offered.description } : {}),
    key,
  };
}

/** A code fence longer than any run of backticks in the text, so the text cannot close it. */
export function fenceFor(text: string): string {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return '`'.repeat(Math.max(3, longest + 1));
}

/** Git's id of a file's content (a blob), to tell that the workspace holds the file the diff describes. */
export function gitBlobId(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex');
}

export interface SuggestionChoice {
  changes: SuggestedChange[];
  /** Findings with edits that are not offered, by reason (for the summary). */
  withheld: { notChanged: number; notInWorkspace: number; credential: number; overlapping: number };
}

/**
 * The findings' edits that can be offered as suggestions on the pull request: on lines it changed and inside one hunk
 * of its diff (where GitHub takes a review comment), on a workspace file that is the head commit's file (else the
 * lines may not be the ones the diff shows), and holding no credential the run found (a suggestion repeats the lines).
 */
export function chooseSuggestions(
  findings: readonly Finding[],
  options: {
    touches: (file: string, line: number, endLine: number) => boolean;
    inHunk: (file: string, line: number, endLine: number) => boolean;
    /** The head commit's blob id of the file, when the diff says it. */
    blob: (file: string) => string | undefined;
    /** The workspace file's bytes; undefined when it cannot be read (the safe file functions refused it). */
    read: (file: string) => Uint8Array | undefined;
    secrets: readonly string[];
  },
): SuggestionChoice {
  const withheld = { notChanged: 0, notInWorkspace: 0, credential: 0, overlapping: 0 };
  const texts = new Map<string, { text: string; starts: number[]; bom: boolean } | undefined>();
  const changes: SuggestedChange[] = [];
  for (const finding of findings) {
    if (finding.suppressed || !offeredEdits(finding)) continue;
    if (!options.touches(finding.file, finding.line, finding.endLine)) continue;
    if (!texts.has(finding.file)) {
      const bytes = options.read(finding.file);
      const blob = options.blob(finding.file);
      const same = bytes !== undefined && (blob === undefined || gitBlobId(bytes) === blob);
      // Decoded as the engine decoded it (a byte order mark dropped), since the edits' offsets count that text.
      const decoded = same ? decodeUtf8(bytes) : undefined;
      texts.set(
        finding.file,
        decoded?.ok ? { text: decoded.text, starts: lineStarts(decoded.text), bom: hasUtf8Bom(bytes!) } : undefined,
      );
    }
    const source = texts.get(finding.file);
    if (!source) {
      withheld.notInWorkspace++;
      continue;
    }
    const change = onFileLines(suggestedChange(finding, source.text, source.starts), source.bom);
    if (!change) continue;
    if (!options.inHunk(change.file, change.startLine, change.endLine)) {
      withheld.notChanged++;
      continue;
    }
    const holdsSecret = (c: SuggestedChange) =>
      options.secrets.some((s) => s !== '' && (c.before.includes(s) || c.text.includes(s)));
    if (holdsSecret(change)) {
      withheld.credential++;
      continue;
    }
    const overlapping = changes.findIndex(
      (c) => c.file === change.file && c.startLine <= change.endLine && change.startLine <= c.endLine,
    );
    const existing = overlapping === -1 ? undefined : changes[overlapping];
    if (!existing) {
      changes.push(change);
      continue;
    }
    const merged = onFileLines(mergedChange(existing, finding, source.text, source.starts), source.bom);
    if (!merged || !options.inHunk(merged.file, merged.startLine, merged.endLine)) withheld.overlapping++;
    else if (holdsSecret(merged)) withheld.credential++;
    else changes[overlapping] = merged;
  }
  return { changes, withheld };
}

/**
 * The change as lines of the file GitHub shows: a suggestion replaces whole lines, the first with its byte order mark,
 * which the decoded text the edits count has not; kept, so that committing the suggestion writes what --fix writes.
 */
function onFileLines(change: SuggestedChange | undefined, bom: boolean): SuggestedChange | undefined {
  if (!change || !bom || change.startLine !== 1) return change;
  return { ...change, text: '\uFEFF' + change.text, before: '\uFEFF' + change.before };
}

/**
 * One suggestion for two findings whose edits touch the same lines: every edit of both applied to those lines, when the
 * edits themselves do not overlap (else the later finding waits for the next push, once the first is applied).
 */
function mergedChange(
  change: SuggestedChange,
  finding: Finding,
  text: string,
  starts: readonly number[],
): SuggestedChange | undefined {
  const all = [change.finding, ...(change.others ?? []), finding];
  const edits = all.flatMap((f) => offeredEdits(f)?.edits ?? []);
  const merged = suggestedChange({ ...change.finding, fix: { edits }, suggestions: undefined }, text, starts);
  if (!merged) return undefined;
  const { description } = change;
  return {
    ...merged,
    finding: change.finding,
    others: all.slice(1),
    ...(description !== undefined ? { description } : {}),
  };
}
