import { execFile } from 'node:child_process';
import type { Finding } from '../core/types.js';
import { promisify } from 'node:util';
import type { ClientSource } from './client.js';
import type { PullRequest } from './pullRequest.js';

const run = promisify(execFile);

/** Inclusive line ranges of the new side of a file, in order. */
type Lines = Array<[number, number]>;

/** What the pull request did to one file, on the new side (the head commit's lines). */
export interface FileDiff {
  /**
   * Lines added or changed, plus the lines on either side of a deletion (a property removed leaves its neighbours to
   * blame). Undefined when the diff is not known (GitHub leaves `patch` out of a large or binary file's entry): then
   * every line of the file counts as changed, so nothing is ever left out of a report for want of a diff.
   */
  changed: Lines | undefined;
  /** The new-side lines each hunk shows, added and context alike: where a review comment may be placed. */
  hunks: Lines;
  /** Git blob id of the file at the head commit, when known: the workspace file must be that file for a suggestion. */
  blob?: string;
}

/**
 * The lines a pull request changed, file by file: from git when both commits are fetched, else from the `patch` of
 * each entry of the pull request's files API (3 lines of context, as git's default).
 */
export class PullRequestDiff {
  constructor(readonly files: ReadonlyMap<string, FileDiff>) {}

  /** Whether any line from `line` to `endLine` of the file was changed by the pull request. */
  touches(file: string, line: number, endLine: number = line): boolean {
    const diff = this.files.get(file);
    if (!diff) return false;
    if (!diff.changed) return true;
    const range = diff.changed[firstEndingAtOrAfter(diff.changed, line)];
    return range !== undefined && range[0] <= endLine;
  }

  /** Whether lines `line`..`endLine` all lie in one hunk of the diff, where GitHub accepts a review comment on them. */
  inHunk(file: string, line: number, endLine: number): boolean {
    const hunks = this.files.get(file)?.hunks ?? [];
    const hunk = hunks[firstEndingAtOrAfter(hunks, endLine)];
    return hunk !== undefined && hunk[0] <= line;
  }
}

/** The index of the first range ending at or after `line` (ranges in order, apart): a finding costs log(ranges). */
function firstEndingAtOrAfter(ranges: Lines, line: number): number {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    // low <= middle < high <= ranges.length
    if (ranges[middle]![1] < line) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** One file's patch (the hunks only, or a whole `git diff` section) read into changed lines and hunks. */
export function readPatch(patch: string): Omit<FileDiff, 'blob'> {
  const changed: Lines = [];
  const hunks: Lines = [];
  // The new side of the current hunk: a removal at its edge marks no line the hunk does not show (past the end of the
  // file). A hunk with no new side (-U0, or a file emptied) cannot tell, so both neighbours are marked.
  let from = 1;
  let to = Infinity;
  const mark = (line: number) => {
    if (line < Math.max(1, from) || line > to) return;
    const last = changed.at(-1);
    if (last && line <= last[1] + 1) last[1] = Math.max(last[1], line);
    else changed.push([line, line]);
  };
  let next = 0;
  let inHunk = false;
  // Lines removed and not replaced: their neighbours on the new side are what the removal changed.
  let removed = false;
  const endRemoval = () => {
    if (removed) {
      mark(next - 1);
      mark(next);
    }
    removed = false;
  };
  for (const text of patch.split('\n')) {
    const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(text);
    if (header) {
      endRemoval();
      const start = Number(header[1]);
      const count = header[2] === undefined ? 1 : Number(header[2]);
      // "+5,0": nothing on the new side; the lines removed stood after line 5.
      next = count === 0 ? start + 1 : start;
      [from, to] = count === 0 ? [1, Infinity] : [start, start + count - 1];
      if (count > 0) hunks.push([start, start + count - 1]);
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    const kind = text[0];
    if (kind === '+') {
      removed = false;
      mark(next++);
    } else if (kind === '-') removed = true;
    else if (kind === ' ') {
      endRemoval();
      next++;
    } else if (kind !== '\\') {
      endRemoval();
      inHunk = false;
    }
  }
  endRemoval();
  return { changed, hunks };
}

/** A path as git prints it: C-quoted ("a\tb", octal bytes) when it holds unusual characters. */
export function unquoteGitPath(text: string): string {
  if (!text.startsWith('"')) return text;
  const bytes: number[] = [];
  const escapes: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
  for (let i = 1; i < text.length - 1; i++) {
    const c = text.charAt(i);
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    // i < length - 1 before this: the character after a backslash is there, if only the closing quote.
    const d = text.charAt(++i);
    if (/[0-7]/.test(d)) {
      bytes.push(parseInt(text.slice(i, i + 3), 8));
      i += 2;
    } else bytes.push(escapes[d] ?? d.charCodeAt(0));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** `git diff` of the whole pull request, split into files (new-side paths; deleted files are left out). */
export function readGitDiff(diff: string): Map<string, FileDiff> {
  const files = new Map<string, FileDiff>();
  for (const section of diff.split(/^(?=diff --git )/m)) {
    // A binary file (git's verdict: a NUL byte, say) has no +++ line, only "Binary files a/x and b/x differ".
    const target = /^\+\+\+ (.+)$/m.exec(section)?.[1] ?? /^Binary files .+ and (.+) differ$/m.exec(section)?.[1];
    if (!target || target === '/dev/null') continue;
    // git ends a name holding a space with a tab, for patch(1).
    const file = unquoteGitPath(target.replace(/\t$/, '')).replace(/^b\//, '');
    const blob = /^index [0-9a-f]+\.\.([0-9a-f]+)/m.exec(section)?.[1];
    const binary = /^Binary files /m.test(section);
    const read = readPatch(section);
    files.set(file, { ...read, changed: binary ? undefined : read.changed, blob });
  }
  return files;
}

async function fromGit(root: string, pr: PullRequest): Promise<Map<string, FileDiff> | undefined> {
  try {
    const { stdout } = await run(
      'git',
      [
        '-c',
        'core.quotePath=true',
        'diff',
        '--no-color',
        '--no-ext-diff',
        '--no-renames',
        '--no-textconv',
        '--full-index',
        '--src-prefix=a/',
        '--dst-prefix=b/',
        '-U3',
        `${pr.baseSha}...${pr.headSha}`,
      ],
      { cwd: root, maxBuffer: 256 * 1024 * 1024 },
    );
    return readGitDiff(stdout);
  } catch {
    return undefined;
  }
}

/** The pull request's diff: git when both commits are fetched, else the pulls files API (all pages). */
export async function pullRequestDiff(
  root: string,
  pr: PullRequest,
  getClient: ClientSource | undefined,
): Promise<PullRequestDiff> {
  const local = await fromGit(root, pr);
  if (local) return new PullRequestDiff(local);
  if (!getClient) throw new Error('the base commit is not fetched and there is no token for the API');
  const client = await getClient();
  const entries = await client.paginate(client.rest.pulls.listFiles, {
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.number,
    per_page: 100,
  });
  const files = new Map<string, FileDiff>();
  for (const entry of entries) {
    if (entry.status === 'removed') continue;
    const read = typeof entry.patch === 'string' ? readPatch(entry.patch) : { changed: undefined, hunks: [] };
    files.set(entry.filename, { ...read, blob: entry.sha || undefined });
  }
  return new PullRequestDiff(files);
}

/** Schema keywords whose finding is about something absent: it stands where the parent is, not where the change was. */
const ABSENCE_KEYWORDS = new Set(['required', 'dependentRequired', 'dependencies', 'minItems', 'minProperties']);

/**
 * only-changed: lines. A finding is on the pull request's lines when its range meets a changed line. A finding about
 * the file as a whole (a parse error, which may surface far from the change that caused it) or about something absent
 * (a required property removed: its place is the parent, whose line need not have changed) is kept for every file the
 * pull request changed, so that no finding a change brought is ever left out for want of a line.
 */
export function onChangedLines(diff: PullRequestDiff): (finding: Finding) => boolean {
  return (finding) => {
    if (diff.touches(finding.file, finding.line, finding.endLine)) return true;
    if (!diff.files.has(finding.file)) return false;
    return (
      finding.ruleId === 'parse-error' ||
      finding.pointer === '' ||
      (finding.keyword !== undefined && ABSENCE_KEYWORDS.has(finding.keyword))
    );
  };
}
