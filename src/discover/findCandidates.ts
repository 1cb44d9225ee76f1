import { promises as fs } from 'node:fs';
import path from 'node:path';
import { isNeverEntered, listFiles } from './listFiles.js';
import { isInside, leavesRoot, toReportPath } from '../core/rootPath.js';

export interface Candidate {
  /** Root-relative, `/` separators. */
  file: string;
  /** Named on the command line: checked whatever its extension or content. */
  explicit: boolean;
}

export interface SkippedFile {
  file: string;
  reason: string;
}

export interface Discovery {
  candidates: Candidate[];
  skipped: SkippedFile[];
  /** Explicit paths that do not exist or lie outside the root. */
  missing: string[];
  /** Globs that match no JSON or YAML file of the root. */
  unmatched: string[];
}

export interface DiscoveryOptions {
  root: string;
  paths: readonly string[];
  cwd?: string;
  exclude?: readonly string[];
  isIgnored?: (file: string) => boolean;
  /**
   * Root-relative files whose content comes from elsewhere (stdin): offered as named explicitly, whether or not the
   * disk has them, so --exclude and the policy's ignore apply to them as to any named file.
   */
  unread?: readonly string[];
}

const MANIFEST_EXTENSION = /\.(json|ya?ml)$/i;
const GLOB_CHARACTERS = /[*?[\]{}!]/;

/** Files, directories and globs to the sorted list of files to read (SPEC §4). */
export async function findCandidates(options: DiscoveryOptions): Promise<Discovery> {
  const root = path.resolve(options.root);
  const cwd = path.resolve(options.cwd ?? root);
  const excluded = await matcher(options.exclude ?? []);
  const isIgnored = options.isIgnored ?? (() => false);
  const paths = options.paths.length > 0 ? options.paths : [root];

  let listing: Promise<string[]> | undefined;
  const repositoryFiles = () => (listing ??= listFiles(root));

  const found = new Map<string, Candidate>();
  const skipped = new Map<string, string>();
  const missing: string[] = [];
  const unmatched: string[] = [];
  const offer = (file: string, explicit: boolean) => {
    if (excluded(file) || isIgnored(file)) {
      if (explicit) skipped.set(file, excluded(file) ? 'excluded by --exclude' : 'ignored by the policy');
      return;
    }
    const existing = found.get(file);
    if (!existing || explicit) found.set(file, { file, explicit: explicit || existing?.explicit === true });
  };

  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    if (GLOB_CHARACTERS.test(given) && !(await exists(absolute))) {
      const pattern = toReportPath(root, path.resolve(cwd, given));
      if (leavesRoot(pattern)) {
        missing.push(given);
        continue;
      }
      const matches = (await loadPicomatch())(pattern, { dot: true });
      let matched = false;
      for (const file of await repositoryFiles()) {
        if (!matches(file) || !MANIFEST_EXTENSION.test(file)) continue;
        matched = true;
        offer(file, false);
      }
      if (!matched) unmatched.push(given);
      continue;
    }
    if (!isInside(root, absolute)) {
      missing.push(given);
      continue;
    }
    const stat = await fs.lstat(absolute).catch(() => undefined);
    if (!stat) {
      missing.push(given);
      continue;
    }
    const relative = toReportPath(root, absolute);
    if (stat.isDirectory()) {
      const prefix = relative === '' ? '' : relative + '/';
      for (const file of await repositoryFiles()) {
        if (file.startsWith(prefix) && MANIFEST_EXTENSION.test(file)) offer(file, false);
      }
    } else if (isNeverEntered(relative)) {
      skipped.set(relative, 'inside node_modules/ or .git/; not read');
    } else {
      offer(relative, true);
    }
  }

  for (const file of options.unread ?? []) {
    if (isNeverEntered(file)) skipped.set(file, 'inside node_modules/ or .git/; not read');
    else offer(file, true);
  }

  const byFile = (a: { file: string }, b: { file: string }) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  return {
    candidates: [...found.values()].sort(byFile),
    skipped: [...skipped]
      .filter(([file]) => !found.has(file))
      .map(([file, reason]) => ({ file, reason }))
      .sort(byFile),
    missing,
    unmatched,
  };
}

/** Exclude globs are relative to the root; a glob without `/` matches a file name at any depth, as in .gitignore. */
async function matcher(globs: readonly string[]): Promise<(file: string) => boolean> {
  if (globs.length === 0) return () => false;
  const picomatch = await loadPicomatch();
  const withSlash = globs.filter((g) => g.includes('/'));
  const bare = globs.filter((g) => !g.includes('/'));
  const full =
    withSlash.length > 0
      ? picomatch(
          withSlash.map((g) => g.replace(/^\.\//, '')),
          { dot: true },
        )
      : () => false;
  const base = bare.length > 0 ? picomatch(bare, { dot: true, basename: true }) : () => false;
  return (file) => full(file) || base(file);
}

/** picomatch loads only when there is a glob: a run over plain paths (the Action's default `.`) does not pay for it. */
async function loadPicomatch(): Promise<typeof import('picomatch')> {
  return (await import('picomatch')).default;
}

async function exists(absolute: string): Promise<boolean> {
  return fs.lstat(absolute).then(
    () => true,
    () => false,
  );
}
