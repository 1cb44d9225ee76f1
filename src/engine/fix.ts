import type { Finding, ManifestFormat } from '../core/types.js';
import { applyEdits, nonOverlapping } from '../core/textEdit.js';
import { fileRoot } from '../files/fileRoot.js';
import { readInside } from '../files/readInside.js';
import { writeInside } from '../files/writeInside.js';
import { decodeUtf8, hasUtf8Bom } from '../core/utf8.js';
import { defaultParseLimits } from '../parse/formats.js';
import { parseSource } from '../parse/parseSource.js';
import { reparse } from '../parse/renderPatch.js';
import { unifiedDiff } from '../report/unifiedDiff.js';
import { redactionOf } from './redact.js';
import { formatOfRead } from './loadCandidate.js';
import { runCheck, RunError, type RunOptions, type RunOutcome } from './run.js';

/** ESLint's limit: fixes that keep producing fixes stop here, and what remains is reported. */
export const MAX_FIX_PASSES = 10;

export interface FixOptions {
  /** Write the fixed files (`--fix`); false only computes them (`--fix-dry-run`). */
  write: boolean;
  maxPasses?: number;
}

export interface FixedFile {
  /** Root-relative, with `/`. */
  file: string;
  /** How many fixes were applied to it, over all passes. */
  fixes: number;
  /** A unified diff of the change, every credential of the file replaced (a diff is printed). */
  diff: string;
}

export interface FixOutcome {
  /** The run over the fixed text: what remains. */
  outcome: RunOutcome;
  files: FixedFile[];
  /** Passes that applied fixes. */
  passes: number;
  /** Files that could not be written (`--fix`), with the reason: their fixes are not on disk. */
  refused: Array<{ file: string; reason: string }>;
}

interface Working {
  /** The format the run read the file in (loadCandidate.ts). */
  format: ManifestFormat;
  /** The text as read (BOM removed), and whether a BOM was there. */
  original: string;
  bom: boolean;
  text: string;
  fixes: number;
}

/**
 * The fix loop of `--fix` and `--fix-dry-run`, as ESLint runs it: check, apply every fix that does not overlap one
 * already taken in this pass (sorted by where it starts), check the fixed text again, until no fix applies or
 * MAX_FIX_PASSES passes were made; then the last check says what remains. The passes read the fixed text from memory,
 * so nothing is written until the end, and then only files inside the root, through the safe writer (src/files).
 */
export async function runFix(options: RunOptions, fix: FixOptions): Promise<FixOutcome> {
  if (options.writeBaseline !== undefined) throw new RunError('--fix and --write-baseline cannot be combined');
  const maxPasses = fix.maxPasses ?? MAX_FIX_PASSES;
  const working = new Map<string, Working>();
  const contents = new Map<string, string>();
  let passes = 0;
  let outcome = await runCheck(options);
  const root = fileRoot(outcome.root);
  while (passes < maxPasses) {
    const applied = applyPass(outcome.result.findings, working, (file) => readOriginal(root, file));
    if (applied === 0) break;
    passes++;
    for (const [file, { text }] of working) contents.set(file, text);
    outcome = await runCheck({ ...options, contents });
  }

  const files: FixedFile[] = [];
  const refused: FixOutcome['refused'] = [];
  for (const [file, item] of [...working].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (item.text === item.original) continue;
    if (fix.write) {
      const written = writeInside(root, file, (item.bom ? '\uFEFF' : '') + item.text);
      if (!written.ok) {
        refused.push({ file, reason: written.reason });
        continue;
      }
    }
    files.push({ file, fixes: item.fixes, diff: redactedDiff(file, item) });
  }
  return { outcome, files, passes, refused };
}

/** One pass: the non-overlapping fixes of each file applied to its working text; returns how many were applied. */
function applyPass(
  findings: readonly Finding[],
  working: Map<string, Working>,
  read: (file: string) => Working | undefined,
): number {
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (!finding.fix || finding.suppressed) continue;
    const list = byFile.get(finding.file);
    if (list) list.push(finding);
    else byFile.set(finding.file, [finding]);
  }
  let applied = 0;
  for (const [file, list] of byFile) {
    let item = working.get(file);
    if (!item) {
      item = read(file);
      if (!item) continue;
      working.set(file, item);
    }
    const pass = applyFixes(item.text, list, (text) => reparse({ file, format: item.format }, text)?.duplicates);
    item.text = pass.text;
    item.fixes += pass.applied;
    applied += pass.applied;
  }
  return applied;
}

/**
 * One pass over one file's text: the fixes of its findings (unsuppressed) that do not overlap one taken before them,
 * taken in the order they start, applied together. The findings must be of this very text.
 *
 * Each fix was verified alone (parse/renderPatch.ts); together they can still collide where their edits do not
 * overlap: two keys renamed onto one name make a duplicate key, and one of the values is lost. With `problems` (the
 * parse problems of a text: duplicate keys, or undefined when it does not parse), a combination that does not parse or
 * has more of them than the text had is not applied: the pass takes its first fix alone, and the next pass renders
 * the rest on the fixed text (where a rename onto a name now taken is no longer offered).
 */
export function applyFixes(
  text: string,
  findings: readonly Finding[],
  problems?: (text: string) => number | undefined,
): { text: string; applied: number } {
  const groups = findings.filter((f) => f.fix && !f.suppressed).map((f) => f.fix!.edits);
  // nonOverlapping returns indices into groups.
  const taken = nonOverlapping(groups).map((i) => groups[i]!);
  const [first] = taken;
  if (first === undefined) return { text, applied: 0 };
  const together = applyEdits(text, taken.flat());
  if (problems && taken.length > 1) {
    const before = problems(text);
    const after = problems(together);
    if (after === undefined || (before !== undefined && after > before))
      return { text: applyEdits(text, first), applied: 1 };
  }
  return { text: together, applied: taken.length };
}

function readOriginal(root: ReturnType<typeof fileRoot>, file: string): Working | undefined {
  const read = readInside(root, file, defaultParseLimits.maxBytes);
  if (!read.ok) return undefined;
  const decoded = decodeUtf8(read.bytes);
  if (!decoded.ok) return undefined;
  const bom = hasUtf8Bom(read.bytes);
  return { format: formatOfRead(file, read.bytes), original: decoded.text, bom, text: decoded.text, fixes: 0 };
}

/** The diff with every credential of the file (as it was, and as it is) replaced: a diff prints source lines. */
function redactedDiff(file: string, item: Working): string {
  const encode = (text: string) => new TextEncoder().encode(text);
  const before = redactionOf(parseSource(file, encode(item.original), item.format));
  const after = redactionOf(parseSource(file, encode(item.text), item.format));
  const bom = item.bom ? '\uFEFF' : '';
  return after.sourceText(before.sourceText(unifiedDiff(file, bom + item.original, bom + item.text)));
}
