/**
 * Every kind of file the tool opens, driven through every way out of the repository root (SECURITY.md, "Files"). Each
 * row is a real file tree in a temporary directory and a real run (the CLI in-process, the Action's sarif-file
 * writer), and names the outcome exactly: read or written, refused with its reason, or exit 2 with a message naming
 * the file. Whatever the row, nothing outside the root changes and nothing of an outside file is printed.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { writeSarifFile } from '../../src/action/sarifFile.js';
import { FILE_LIMITS } from '../../src/files/limits.js';
import { defaultParseLimits } from '../../src/parse/formats.js';

/** Written into every file outside the root: it must never be printed, and its file never changed. */
const SECRET = 'OUTSIDE-SECRET-4471';
/** mknod needs root; without it the device rows run only through /dev itself (files.test.ts). */
const canMakeDevices = process.platform === 'linux' && process.getuid?.() === 0;

const ESCAPES = [
  'regular file',
  'nothing there',
  'symlink inside the root',
  'directory symlinked inside the root',
  'symlink out of the root',
  'directory symlinked out of the root',
  '..',
  'absolute path',
  'FIFO',
  'device inside the root',
  '/dev/zero',
  'symlink to /dev/zero',
  'directory',
  'symlink loop',
  'over the cap',
] as const;
type Escape = (typeof ESCAPES)[number];

interface Place {
  root: string;
  outside: string;
  /** Where the kind keeps its file, root-relative ('' for the root itself), and its name. */
  dir: string;
  base: string;
  content: string;
  cap: number;
}

async function put(file: string, text: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, text);
}

/** Builds the escape and returns how the kind names the file (root-relative or absolute). */
const setUp: Record<Escape, (p: Place) => Promise<string>> = {
  'regular file': async (p) => {
    await put(path.join(p.root, p.dir, p.base), p.content);
    return path.join(p.dir, p.base);
  },
  'nothing there': async (p) => path.join(p.dir, p.base),
  'symlink inside the root': async (p) => {
    await put(path.join(p.root, 'real', p.base), p.content);
    await fs.mkdir(path.join(p.root, p.dir), { recursive: true });
    await fs.symlink(path.join(p.root, 'real', p.base), path.join(p.root, p.dir, p.base));
    return path.join(p.dir, p.base);
  },
  'directory symlinked inside the root': async (p) => {
    const linked = p.dir || 'linked';
    await put(path.join(p.root, 'real', p.base), p.content);
    await fs.symlink('real', path.join(p.root, linked));
    return path.join(linked, p.base);
  },
  'symlink out of the root': async (p) => {
    await put(path.join(p.outside, p.base), outsideContent(p));
    await fs.mkdir(path.join(p.root, p.dir), { recursive: true });
    await fs.symlink(path.join(p.outside, p.base), path.join(p.root, p.dir, p.base));
    return path.join(p.dir, p.base);
  },
  'directory symlinked out of the root': async (p) => {
    const linked = p.dir || 'linked';
    await put(path.join(p.outside, p.base), outsideContent(p));
    await fs.symlink(p.outside, path.join(p.root, linked));
    return path.join(linked, p.base);
  },
  '..': async (p) => {
    await put(path.join(p.outside, p.base), outsideContent(p));
    return path.join('..', path.basename(p.outside), p.base);
  },
  'absolute path': async (p) => {
    await put(path.join(p.outside, p.base), outsideContent(p));
    return path.join(p.outside, p.base);
  },
  FIFO: async (p) => {
    await fs.mkdir(path.join(p.root, p.dir), { recursive: true });
    execFileSync('mkfifo', [path.join(p.root, p.dir, p.base)]);
    return path.join(p.dir, p.base);
  },
  'device inside the root': async (p) => {
    await fs.mkdir(path.join(p.root, p.dir), { recursive: true });
    // Character device 1,5 is /dev/zero's: endless bytes to a reader.
    execFileSync('mknod', [path.join(p.root, p.dir, p.base), 'c', '1', '5']);
    return path.join(p.dir, p.base);
  },
  '/dev/zero': async () => '/dev/zero',
  'symlink to /dev/zero': async (p) => {
    await fs.mkdir(path.join(p.root, p.dir), { recursive: true });
    await fs.symlink('/dev/zero', path.join(p.root, p.dir, p.base));
    return path.join(p.dir, p.base);
  },
  directory: async (p) => {
    await fs.mkdir(path.join(p.root, p.dir, p.base), { recursive: true });
    return path.join(p.dir, p.base);
  },
  'symlink loop': async (p) => {
    await fs.mkdir(path.join(p.root, p.dir), { recursive: true });
    await fs.symlink('loop', path.join(p.root, p.dir, p.base));
    await fs.symlink(p.base, path.join(p.root, p.dir, 'loop'));
    return path.join(p.dir, p.base);
  },
  'over the cap': async (p) => {
    const file = path.join(p.root, p.dir, p.base);
    await put(file, '');
    // Sparse: the size is what is refused, before a byte is read.
    await fs.truncate(file, p.cap + 1);
    return path.join(p.dir, p.base);
  },
};

/** The kind's good content with the secret in it: were it read, the run would say so. */
function outsideContent(p: Place): string {
  if (!p.content.startsWith('{')) return p.content + `# ${SECRET}\n`;
  return JSON.stringify({ ...JSON.parse(p.content), client_name: `com.acme.${SECRET}` }) + '\n';
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let temp: string;
let root: string;
let outside: string;
/** Everything the runs of one row printed. */
let printed: string;

async function cli(...argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['--offline', ...argv], {
    stdout: (t) => void ((stdout += t), (printed += t)),
    stderr: (t) => void ((stderr += t), (printed += t)),
    cwd: root,
    env: {},
    isTTY: false,
  });
  return { code, stdout, stderr };
}

/** exit 2 and the first line of the message, or what the caller says happened. */
function exit2(run: Run): string | undefined {
  return run.code === 2 ? `exit 2: ${run.stderr.split('\n')[0].replace(/^lp-app-manifest-check: /, '')}` : undefined;
}

const OTHER = '{"client_name": "com.acme.other"}\n';
const MANIFEST = '{"client_name": "com.acme.target"}\n';
const POLICY = 'extends: recommended\n';
const BASELINE = '{"version": 1, "entries": []}\n';

interface Kind {
  dir?: string;
  base: string;
  content: string;
  cap: number;
  /** Uses the file the way the tool does, and says what happened. */
  run(ref: string): Promise<string>;
  /** Every escape's outcome; `n/a: why` where the kind cannot be pointed at it. `{ref}` is the name given. */
  expected: Record<Escape, string>;
}

const kinds: Record<string, Kind> = {
  'manifest named on the command line': {
    base: 'target.json',
    content: MANIFEST,
    cap: defaultParseLimits.maxBytes,
    async run(ref) {
      await put(path.join(root, 'other.json'), OTHER);
      const run = await cli('--format', 'json', 'other.json', ref);
      const report = JSON.parse(run.stdout || 'null') as {
        findings: Array<{ file: string; ruleId: string; message: string }>;
        summary: { manifests: number };
      } | null;
      const refused = report?.findings.find((f) => f.file !== 'other.json' && f.ruleId === 'parse-error');
      return exit2(run) ?? (refused ? `refused: ${refused.message}` : `read ${report?.summary.manifests} manifests`);
    },
    expected: {
      'regular file': 'read 2 manifests',
      'nothing there': 'exit 2: no such file or directory inside the root: target.json',
      'symlink inside the root': 'read 2 manifests',
      'directory symlinked inside the root': 'read 2 manifests',
      'symlink out of the root': 'refused: symlink points outside the root; not read',
      'directory symlinked out of the root': 'refused: symlink points outside the root; not read',
      '..': 'exit 2: no such file or directory inside the root: {ref}',
      'absolute path': 'exit 2: no such file or directory inside the root: {ref}',
      FIFO: 'refused: not a regular file (a FIFO); not read',
      'device inside the root': 'refused: not a regular file (a device); not read',
      '/dev/zero': 'exit 2: no such file or directory inside the root: /dev/zero',
      'symlink to /dev/zero': 'refused: symlink points outside the root; not read',
      directory: 'n/a: a directory named on the command line is searched (SPEC §4; hostile.test.ts)',
      'symlink loop': 'refused: symlink loop; not read',
      'over the cap': 'refused: file is too large: 1048577 bytes (the limit is 1048576)',
    },
  },
  'policy file (--policy)': {
    base: 'target.yml',
    content: POLICY,
    cap: FILE_LIMITS.policy,
    async run(ref) {
      await put(path.join(root, 'other.json'), OTHER);
      const run = await cli('--policy', ref, 'other.json');
      return exit2(run) ?? 'read';
    },
    expected: {
      'regular file': 'read',
      'nothing there': 'exit 2: policy file target.yml: not found',
      'symlink inside the root': 'read',
      'directory symlinked inside the root': 'read',
      'symlink out of the root': 'exit 2: policy file target.yml: symlink points outside the root; not read',
      'directory symlinked out of the root':
        'exit 2: policy file linked/target.yml: symlink points outside the root; not read',
      // A policy named explicitly from outside the repository is the user's own choice.
      '..': 'read',
      'absolute path': 'read',
      FIFO: 'exit 2: policy file target.yml: not a regular file (a FIFO); not read',
      'device inside the root': 'exit 2: policy file target.yml: not a regular file (a device); not read',
      '/dev/zero': 'exit 2: policy file /dev/zero: not a regular file (a device); not read',
      'symlink to /dev/zero': 'exit 2: policy file target.yml: symlink points outside the root; not read',
      directory: 'exit 2: policy file target.yml: not a regular file (a directory); not read',
      'symlink loop': 'exit 2: policy file target.yml: symlink loop; not read',
      'over the cap': 'exit 2: policy file target.yml: file is too large: 1048577 bytes (the limit is 1048576)',
    },
  },
  'the default policy file': {
    dir: '.github',
    base: 'lp-app-policy.yml',
    content: POLICY,
    cap: FILE_LIMITS.policy,
    async run() {
      await put(path.join(root, 'other.json'), OTHER);
      return exit2(await cli('other.json')) ?? 'checked';
    },
    expected: {
      'regular file': 'checked',
      // Only where nothing is at the name does the built-in recommended policy apply.
      'nothing there': 'checked',
      'symlink inside the root': 'checked',
      'directory symlinked inside the root': 'checked',
      'symlink out of the root':
        'exit 2: policy file .github/lp-app-policy.yml: symlink points outside the root; not read',
      'directory symlinked out of the root':
        'exit 2: policy file .github/lp-app-policy.yml: symlink points outside the root; not read',
      '..': 'n/a: the default policy file has one name',
      'absolute path': 'n/a: the default policy file has one name',
      FIFO: 'exit 2: policy file .github/lp-app-policy.yml: not a regular file (a FIFO); not read',
      'device inside the root':
        'exit 2: policy file .github/lp-app-policy.yml: not a regular file (a device); not read',
      '/dev/zero': 'n/a: the default policy file has one name',
      'symlink to /dev/zero':
        'exit 2: policy file .github/lp-app-policy.yml: symlink points outside the root; not read',
      directory: 'exit 2: policy file .github/lp-app-policy.yml: not a regular file (a directory); not read',
      // A link that leads nowhere is not "no policy": the run stops rather than fall back to the built-in.
      'symlink loop': 'exit 2: policy file .github/lp-app-policy.yml: symlink loop; not read',
      'over the cap':
        'exit 2: policy file .github/lp-app-policy.yml: file is too large: 1048577 bytes (the limit is 1048576)',
    },
  },
  'extends of a policy': {
    base: 'target.yml',
    content: POLICY,
    cap: FILE_LIMITS.policy,
    async run(ref) {
      await put(path.join(root, 'other.json'), OTHER);
      await put(path.join(root, 'lp-policy.yml'), `extends: ${ref}\n`);
      return exit2(await cli('--policy', 'lp-policy.yml', 'other.json')) ?? 'read';
    },
    expected: {
      'regular file': 'read',
      'nothing there': 'exit 2: lp-policy.yml:1:10: policy file target.yml: not found',
      'symlink inside the root': 'read',
      'directory symlinked inside the root': 'read',
      'symlink out of the root':
        'exit 2: lp-policy.yml:1:10: policy file target.yml: symlink points outside the root; not read',
      'directory symlinked out of the root':
        'exit 2: lp-policy.yml:1:10: policy file linked/target.yml: symlink points outside the root; not read',
      '..': 'exit 2: lp-policy.yml:1:10: "{ref}" is outside the repository; a policy may extend only files inside it, built-ins or github: references',
      'absolute path':
        'exit 2: lp-policy.yml:1:10: "{ref}" is outside the repository; a policy may extend only files inside it, built-ins or github: references',
      FIFO: 'exit 2: lp-policy.yml:1:10: policy file target.yml: not a regular file (a FIFO); not read',
      'device inside the root':
        'exit 2: lp-policy.yml:1:10: policy file target.yml: not a regular file (a device); not read',
      '/dev/zero':
        'exit 2: lp-policy.yml:1:10: "/dev/zero" is outside the repository; a policy may extend only files inside it, built-ins or github: references',
      'symlink to /dev/zero':
        'exit 2: lp-policy.yml:1:10: policy file target.yml: symlink points outside the root; not read',
      directory: 'exit 2: lp-policy.yml:1:10: policy file target.yml: not a regular file (a directory); not read',
      'symlink loop': 'exit 2: lp-policy.yml:1:10: policy file target.yml: symlink loop; not read',
      'over the cap':
        'exit 2: lp-policy.yml:1:10: policy file target.yml: file is too large: 1048577 bytes (the limit is 1048576)',
    },
  },
  'baseline a policy names': {
    base: 'target.json',
    content: BASELINE,
    cap: FILE_LIMITS.baseline,
    async run(ref) {
      await put(path.join(root, 'other.json'), OTHER);
      await put(path.join(root, 'lp-policy.yml'), `extends: recommended\nbaseline: ${ref}\n`);
      return exit2(await cli('--policy', 'lp-policy.yml', 'other.json')) ?? 'read';
    },
    expected: {
      'regular file': 'read',
      'nothing there': 'exit 2: baseline target.json: not found',
      'symlink inside the root': 'read',
      'directory symlinked inside the root': 'read',
      'symlink out of the root': 'exit 2: baseline target.json: symlink points outside the root; not read',
      'directory symlinked out of the root':
        'exit 2: baseline linked/target.json: symlink points outside the root; not read',
      '..': 'exit 2: baseline {absolute} is outside the repository',
      'absolute path': 'exit 2: baseline {absolute} is outside the repository',
      FIFO: 'exit 2: baseline target.json: not a regular file (a FIFO); not read',
      'device inside the root': 'exit 2: baseline target.json: not a regular file (a device); not read',
      '/dev/zero': 'exit 2: baseline /dev/zero is outside the repository',
      'symlink to /dev/zero': 'exit 2: baseline target.json: symlink points outside the root; not read',
      directory: 'exit 2: baseline target.json: not a regular file (a directory); not read',
      'symlink loop': 'exit 2: baseline target.json: symlink loop; not read',
      'over the cap': 'exit 2: baseline target.json: file is too large: 67108865 bytes (the limit is 67108864)',
    },
  },
  'baseline read (--baseline)': {
    base: 'target.json',
    content: BASELINE,
    cap: FILE_LIMITS.baseline,
    async run(ref) {
      await put(path.join(root, 'other.json'), OTHER);
      return exit2(await cli('--baseline', ref, 'other.json')) ?? 'read';
    },
    expected: {
      'regular file': 'read',
      'nothing there': 'exit 2: baseline target.json: not found',
      'symlink inside the root': 'read',
      'directory symlinked inside the root': 'read',
      'symlink out of the root': 'exit 2: baseline target.json: symlink points outside the root; not read',
      'directory symlinked out of the root':
        'exit 2: baseline linked/target.json: symlink points outside the root; not read',
      '..': 'exit 2: baseline {ref}: outside the root; not read',
      'absolute path': 'exit 2: baseline {ref}: outside the root; not read',
      FIFO: 'exit 2: baseline target.json: not a regular file (a FIFO); not read',
      'device inside the root': 'exit 2: baseline target.json: not a regular file (a device); not read',
      '/dev/zero': 'exit 2: baseline /dev/zero: outside the root; not read',
      'symlink to /dev/zero': 'exit 2: baseline target.json: symlink points outside the root; not read',
      directory: 'exit 2: baseline target.json: not a regular file (a directory); not read',
      'symlink loop': 'exit 2: baseline target.json: symlink loop; not read',
      'over the cap': 'exit 2: baseline target.json: file is too large: 67108865 bytes (the limit is 67108864)',
    },
  },
  'baseline written (--write-baseline)': {
    base: 'target.json',
    content: BASELINE,
    cap: FILE_LIMITS.baseline,
    async run(ref) {
      await put(path.join(root, 'other.json'), OTHER);
      const run = await cli('--write-baseline', ref, 'other.json');
      return exit2(run) ?? (await writtenAt(ref, '"version": 1'));
    },
    expected: {
      'regular file': 'written',
      'nothing there': 'written',
      'symlink inside the root': 'exit 2: baseline target.json: the file is a symlink; not written',
      'directory symlinked inside the root': 'written',
      'symlink out of the root': 'exit 2: baseline target.json: the file is a symlink; not written',
      'directory symlinked out of the root':
        'exit 2: baseline linked/target.json: symlink points outside the root; not written',
      '..': 'exit 2: baseline {ref}: outside the root; not written',
      'absolute path': 'exit 2: baseline {ref}: outside the root; not written',
      FIFO: 'exit 2: baseline target.json: not a regular file (a FIFO); not written',
      'device inside the root': 'exit 2: baseline target.json: not a regular file (a device); not written',
      '/dev/zero': 'exit 2: baseline /dev/zero: outside the root; not written',
      'symlink to /dev/zero': 'exit 2: baseline target.json: the file is a symlink; not written',
      directory: 'exit 2: baseline target.json: not a regular file (a directory); not written',
      'symlink loop': 'exit 2: baseline target.json: the file is a symlink; not written',
      // A cap limits what is read; a large file there is replaced like any other.
      'over the cap': 'written',
    },
  },
  'sarif-file the Action writes': {
    base: 'target.sarif',
    content: '{}\n',
    cap: FILE_LIMITS.policy,
    async run(ref) {
      try {
        writeSarifFile(root, ref, '{"version": "2.1.0"}\n');
      } catch (error) {
        return `error: ${(error as Error).message}`;
      }
      return writtenAt(ref, '"2.1.0"');
    },
    expected: {
      'regular file': 'written',
      'nothing there': 'written',
      'symlink inside the root': 'error: sarif-file target.sarif: the file is a symlink; not written',
      'directory symlinked inside the root': 'written',
      'symlink out of the root': 'error: sarif-file target.sarif: the file is a symlink; not written',
      'directory symlinked out of the root':
        'error: sarif-file linked/target.sarif: symlink points outside the root; not written',
      '..': 'error: sarif-file {ref}: outside the root; not written',
      'absolute path': 'error: sarif-file {ref}: outside the root; not written',
      FIFO: 'error: sarif-file target.sarif: not a regular file (a FIFO); not written',
      'device inside the root': 'error: sarif-file target.sarif: not a regular file (a device); not written',
      '/dev/zero': 'error: sarif-file /dev/zero: outside the root; not written',
      'symlink to /dev/zero': 'error: sarif-file target.sarif: the file is a symlink; not written',
      directory: 'error: sarif-file target.sarif: not a regular file (a directory); not written',
      'symlink loop': 'error: sarif-file target.sarif: the file is a symlink; not written',
      'over the cap': 'written',
    },
  },
  "init's starter policy": {
    dir: '.github',
    base: 'lp-app-policy.yml',
    content: POLICY,
    cap: FILE_LIMITS.policy,
    async run() {
      const run = await cli('init');
      if (run.stdout.includes('wrote .github/lp-app-policy.yml'))
        return writtenAt('.github/lp-app-policy.yml', 'extends');
      const line = run.stderr.split('\n').find((l) => l.includes('.github/lp-app-policy.yml'));
      return `exit ${run.code}: ${line?.replace(/^lp-app-manifest-check: /, '')}`;
    },
    expected: {
      'regular file': 'exit 2: .github/lp-app-policy.yml exists; init never overwrites a file',
      'nothing there': 'written',
      // Whatever is at the name is kept: the file is created exclusively, so nothing there is followed or opened.
      'symlink inside the root': 'exit 2: .github/lp-app-policy.yml exists; init never overwrites a file',
      // .github links to real/, where the policy is already: found through the link, and kept.
      'directory symlinked inside the root': 'exit 2: .github/lp-app-policy.yml exists; init never overwrites a file',
      'symlink out of the root': 'exit 2: .github/lp-app-policy.yml exists; init never overwrites a file',
      'directory symlinked out of the root':
        'exit 2: .github/lp-app-policy.yml: symlink points outside the root; not written',
      '..': 'n/a: init names its files itself',
      'absolute path': 'n/a: init names its files itself',
      FIFO: 'exit 2: .github/lp-app-policy.yml exists; init never overwrites a file',
      'device inside the root': 'exit 2: .github/lp-app-policy.yml exists; init never overwrites a file',
      '/dev/zero': 'n/a: init names its files itself',
      'symlink to /dev/zero': 'exit 2: .github/lp-app-policy.yml exists; init never overwrites a file',
      directory: 'exit 2: .github/lp-app-policy.yml exists; init never overwrites a file',
      'symlink loop': 'exit 2: .github/lp-app-policy.yml exists; init never overwrites a file',
      'over the cap': 'exit 2: .github/lp-app-policy.yml exists; init never overwrites a file',
    },
  },
  '.gitignore of the walk outside git': {
    base: '.gitignore',
    content: 'ignored.json\n',
    cap: FILE_LIMITS.gitignore,
    async run() {
      await put(path.join(root, 'other.json'), OTHER);
      await put(path.join(root, 'ignored.json'), MANIFEST);
      const run = await cli('--format', 'json');
      const report = JSON.parse(run.stdout) as { manifests: Array<{ file: string }> };
      // Unread, its patterns do not apply: more files are checked, never fewer.
      return report.manifests.some((m) => m.file === 'ignored.json') ? 'not applied' : 'applied';
    },
    expected: {
      'regular file': 'applied',
      'nothing there': 'not applied',
      'symlink inside the root': 'applied',
      'directory symlinked inside the root': 'n/a: the walk does not enter a symlinked directory',
      'symlink out of the root': 'not applied',
      'directory symlinked out of the root': 'n/a: the walk does not enter a symlinked directory',
      '..': 'n/a: the walk names its .gitignore files itself',
      'absolute path': 'n/a: the walk names its .gitignore files itself',
      FIFO: 'not applied',
      'device inside the root': 'not applied',
      '/dev/zero': 'n/a: the walk names its .gitignore files itself',
      'symlink to /dev/zero': 'not applied',
      directory: 'not applied',
      'symlink loop': 'not applied',
      'over the cap': 'not applied',
    },
  },
};

/** `written` when the file at `ref` (resolved in the root, through any symlinked directory) holds what was written. */
async function writtenAt(ref: string, marker: string): Promise<string> {
  const text = await fs.readFile(path.resolve(root, ref), 'utf8').catch(() => '');
  return text.includes(marker) ? 'written' : `not written (${ref} holds ${JSON.stringify(text.slice(0, 40))})`;
}

/** Every file and directory under `dir` with its content (a symlink as its target): what must not change. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const entries: Record<string, string> = {};
  for (const name of (await fs.readdir(dir, { recursive: true })).sort()) {
    const file = path.join(dir, name);
    const stat = await fs.lstat(file);
    entries[name] = stat.isSymbolicLink()
      ? `-> ${await fs.readlink(file)}`
      : stat.isFile()
        ? await fs.readFile(file, 'utf8')
        : 'directory';
  }
  return entries;
}

beforeEach(async () => {
  temp = await fs.mkdtemp(path.join(os.tmpdir(), 'lp-files-'));
  root = path.join(temp, 'repo');
  outside = path.join(temp, 'outside');
  await fs.mkdir(root);
  await fs.mkdir(outside);
  // Something outside the root already, to see it is left alone.
  await fs.writeFile(path.join(outside, 'victim.txt'), `precious ${SECRET}\n`);
  printed = '';
});
afterEach(async () => {
  await fs.rm(temp, { recursive: true, force: true });
});

const rows = Object.entries(kinds).flatMap(([name, kind]) =>
  ESCAPES.map((escape) => [name, escape, kind.expected[escape]] as const).filter(
    ([, escape, expected]) => !expected.startsWith('n/a') && (escape !== 'device inside the root' || canMakeDevices),
  ),
);

describe('every kind of file, every way out of the root', () => {
  test.each(rows)('%s, %s: %s', async (name, escape, expected) => {
    const kind = kinds[name];
    const ref = await setUp[escape]({
      root,
      outside,
      dir: kind.dir ?? '',
      base: kind.base,
      content: kind.content,
      cap: kind.cap,
    });
    const before = await snapshot(outside);
    const outcome = await kind.run(ref);
    expect(outcome).toBe(expected.replace('{ref}', ref).replace('{absolute}', path.resolve(root, ref)));
    expect(await snapshot(outside)).toEqual(before);
    expect(printed + outcome).not.toContain(SECRET);
  });

  test('the table names an outcome for every kind and every escape', () => {
    for (const kind of Object.values(kinds)) expect(Object.keys(kind.expected).sort()).toEqual([...ESCAPES].sort());
  });
});
