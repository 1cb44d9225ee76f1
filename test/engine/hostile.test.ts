/**
 * Hostile repository contents, each in a real temporary directory and run through the whole CLI in-process
 * (`--offline --format json`): the run ends with the right exit status, prints no stack trace, and every hostile
 * file is either a finding with a real position or listed as skipped with its reason. Reasons and messages are
 * asserted exactly, so removing a protection makes a test fail.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import { promises as fs, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli, type CliIo } from '../../src/cli/main.js';
import { readCandidate } from '../../src/discover/readCandidate.js';
import { fileRoot } from '../../src/files/fileRoot.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const goodManifest = readFileSync(path.join(repo, 'examples/good/acme-order-bot.json'));
const LIMIT = 1_048_576;

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  pointer: string;
}

interface JsonReport {
  manifests: Array<{ file: string; format: string }>;
  findings: JsonFinding[];
  skipped: Array<{ ruleId: string; file?: string; reason: string }>;
  summary: { manifests: number; errors: number; warnings: number; notices: number };
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  report: JsonReport;
}

let root: string;
const outsiders: string[] = [];

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'lp-hostile-'));
});
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
  for (const dir of outsiders.splice(0)) await fs.rm(dir, { recursive: true, force: true });
});

function gitInit(): void {
  execFileSync('git', ['init', '-q'], { cwd: root, stdio: 'ignore' });
}

async function write(file: string, content: string | Uint8Array): Promise<void> {
  await fs.mkdir(path.dirname(path.join(root, file)), { recursive: true });
  await fs.writeFile(path.join(root, file), content);
}

async function outsideDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lp-hostile-outside-'));
  outsiders.push(dir);
  return dir;
}

/** runCli in-process, as the shell would run it from the root; `onStderr` sees every stderr write as it happens. */
async function cli(
  paths: string[],
  options: { extra?: string[]; onStderr?: (text: string) => void } = {},
): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => {
      stderr += text;
      options.onStderr?.(text);
    },
    cwd: root,
    env: {},
    isTTY: false,
    stderrIsTTY: false,
  };
  const code = await runCli([...paths, '--offline', '--format', 'json', ...(options.extra ?? [])], io);
  expectNoStackTrace(stdout, stderr);
  expect(stdout).not.toBe('');
  const report = JSON.parse(stdout) as JsonReport;
  expectWellFormed(report);
  return { code, stdout, stderr, report };
}

function expectNoStackTrace(...outputs: string[]): void {
  for (const output of outputs) {
    expect(output).not.toMatch(/^ {4}at /m);
    expect(output).not.toMatch(/\bat [^\n]*\.(?:[cm]?js|ts):\d+:\d+/);
    expect(output).not.toMatch(/unexpected failure|RangeError|Maximum call stack/);
  }
}

/** Every finding has a real position; every skipped file has a reason. */
function expectWellFormed(report: JsonReport): void {
  for (const f of report.findings) {
    expect(f.line).toBeGreaterThanOrEqual(1);
    expect(f.column).toBeGreaterThanOrEqual(1);
    expect(f.endLine).toBeGreaterThanOrEqual(f.line);
    expect(f.endColumn).toBeGreaterThanOrEqual(1);
  }
  for (const s of report.skipped) {
    expect(s.reason).not.toBe('');
    if (s.file !== undefined) expect(s.ruleId).toBe('');
  }
}

/**
 * What became of each file the report mentions: `rule line:column message` for its findings, or `skipped: reason`.
 * A file must not be both found and skipped.
 */
function fate(report: JsonReport): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const f of report.findings) (out[f.file] ??= []).push(`${f.ruleId} ${f.line}:${f.column} ${f.message}`);
  for (const s of report.skipped) {
    if (s.file === undefined) continue;
    expect(out[s.file]).toBeUndefined();
    (out[s.file] ??= []).push(`skipped: ${s.reason}`);
  }
  return out;
}

/** Line and column (1-based, UTF-16 code units) just after `prefix`, as the reports count them. */
function endOf(prefix: string): string {
  const lines = prefix.split('\n');
  return `${lines.length}:${lines[lines.length - 1].length + 1}`;
}

/** Deterministic noise (a linear congruential generator), so a failure can be reproduced. */
function noise(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed >>> 0;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

describe('binary noise that mentions client_name', () => {
  test('is a parse-error at the first byte that is not UTF-8, with its line and column; control bytes are not echoed raw', async () => {
    gitInit();
    const prefix = '\x00\x01PK\x03\x04\n\x00client_name\x00\x7f\n\x1b[2J';
    await write(
      'assets/blob.json',
      Buffer.concat([Buffer.from(prefix, 'latin1'), Buffer.from([0xff, 0xfe, 0x80]), noise(4096, 1)]),
    );
    const { code, stdout, report } = await cli([]);
    expect(fate(report)).toEqual({
      'assets/blob.json': [
        `parse-error ${endOf(prefix)} file is not valid UTF-8 (byte 0xff at byte offset ${prefix.length})`,
      ],
    });
    expect(endOf(prefix)).toBe('3:5');
    expect(stdout).not.toMatch(/[\x00-\x08\x1b\x7f]/);
    expect(report.manifests).toEqual([{ file: 'assets/blob.json', format: 'json' }]);
    expect(code).toBe(1);
  });

  test('64 KiB of random bytes around client_name: the offset named is where decoding really stops', async () => {
    gitInit();
    const bytes = Buffer.concat([noise(32 * 1024, 7), Buffer.from('\nclient_name: x\n'), noise(32 * 1024, 8)]);
    await write('firmware.yaml', bytes);
    const { code, report } = await cli([]);
    expect(report.findings).toHaveLength(1);
    const [finding] = report.findings;
    expect(finding).toMatchObject({ ruleId: 'parse-error', file: 'firmware.yaml', severity: 'error' });
    const match = /^file is not valid UTF-8 \(byte 0x([0-9a-f]{2}) at byte offset (\d+)\)$/.exec(finding.message);
    expect(match).not.toBeNull();
    const offset = Number(match![2]);
    expect(bytes[offset]).toBe(parseInt(match![1], 16));
    // Everything before the offset is valid UTF-8, and the position is the end of that text.
    const valid = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, offset));
    expect(`${finding.line}:${finding.column}`).toBe(endOf(valid));
    expect(code).toBe(1);
  });

  test('valid UTF-8 control characters are a JSON syntax error with a position', async () => {
    gitInit();
    const text = '\x00\x01\x02 client_name \x03';
    await write('ctl.json', text);
    const { code, report } = await cli([]);
    expect(fate(report)).toEqual({ 'ctl.json': [expect.stringMatching(/^parse-error 1:1 invalid JSON: /)] });
    expect(code).toBe(1);
  });
});

describe('size', () => {
  test('a 5 MiB manifest is a parse-error "too large" at 1:1, searched or named; it is never parsed', async () => {
    gitInit();
    const big = JSON.stringify({ client_name: 'com.acme.big', description: 'x'.repeat(5 * 1024 * 1024) });
    await write('apps/big.json', big);
    await write('apps/big.yaml', `client_name: com.acme.big\ndescription: ${'y'.repeat(5 * 1024 * 1024)}\n`);
    const size = Buffer.byteLength(big);
    expect(size).toBeGreaterThan(5 * 1024 * 1024);
    const yamlSize = (await fs.stat(path.join(root, 'apps/big.yaml'))).size;

    const searched = await cli([]);
    expect(fate(searched.report)).toEqual({
      'apps/big.json': [`parse-error 1:1 file is too large: ${size} bytes (the limit is ${LIMIT})`],
      'apps/big.yaml': [`parse-error 1:1 file is too large: ${yamlSize} bytes (the limit is ${LIMIT})`],
    });
    expect(searched.code).toBe(1);

    const named = await cli(['apps/big.yaml']);
    expect(fate(named.report)).toEqual({
      'apps/big.yaml': [`parse-error 1:1 file is too large: ${yamlSize} bytes (the limit is ${LIMIT})`],
    });
    expect(named.stdout.length).toBeLessThan(10_000);
    expect(named.code).toBe(1);
  });
});

describe('text built against a search for URIs that restarts at every letter', () => {
  test('a description of one long scheme-like run, parsed or broken, is checked in one pass', async () => {
    gitInit();
    // A regular expression that tried every letter as the start of a scheme took a minute for 160 KB of this, in the
    // redaction (every file) and in uri-credentials and placeholder-host.
    const half = 'a'.repeat(400 * 1024);
    const description = `${half}://${half} @`;
    await write('apps/long.json', JSON.stringify({ client_name: 'com.acme.long', description }));
    await write('apps/broken.json', `{"client_name": "com.acme.broken", "description": "${description}",`);
    const run = await cli([]);
    expect(fate(run.report)).toEqual({
      'apps/broken.json': [expect.stringMatching(/^parse-error /)],
      'apps/long.json': [expect.stringMatching(/^schema 1:\d+ is \d+ characters long; the maximum is 256$/)],
    });
    expect(run.code).toBe(1);
  });
});

describe('100,000-deep nesting with client_name at the top', () => {
  test('JSON: a parse-error at the bracket that goes past 64 levels', async () => {
    gitInit();
    const head = '{\n  "client_name": "com.acme.deep",\n  "capabilities": ';
    await write('deep-array.json', head + '['.repeat(100_000) + ']'.repeat(100_000) + '\n}\n');
    const objectHead = '{"client_name": "com.acme.deep", "a": ';
    await write('deep-object.json', objectHead + '{"a": '.repeat(100_000) + '1' + '}'.repeat(100_000) + '}');
    const { code, report } = await cli([]);
    // Level 1 is the top-level object: the 64th nested opener is level 65.
    expect(fate(report)).toEqual({
      'deep-array.json': [`parse-error ${endOf(head + '['.repeat(63))} nesting is deeper than 64 levels`],
      'deep-object.json': [`parse-error ${endOf(objectHead + '{"a": '.repeat(63))} nesting is deeper than 64 levels`],
    });
    expect(code).toBe(1);
  });

  test('YAML: flow and block nesting are parse-errors with a position, not a stack overflow', async () => {
    gitInit();
    const head = 'client_name: com.acme.deep\ncapabilities: ';
    await write('deep-flow.yaml', head + '['.repeat(100_000) + ']'.repeat(100_000) + '\n');
    const mapHead = 'client_name: com.acme.deep\ncapabilities: ';
    await write('deep-map.yaml', mapHead + '{a: '.repeat(100_000) + '1' + '}'.repeat(100_000) + '\n');
    // Compact block sequences: one level per "- ", all on one line, so the size limit does not bound the depth.
    await write('deep-block.yaml', 'client_name: com.acme.deep\ncapabilities:\n  ' + '- '.repeat(100_000) + 'x\n');
    await write('deep-keys.yaml', 'client_name: com.acme.deep\ncapabilities:\n  ' + '? '.repeat(100_000) + 'x\n');
    // Deep enough to pass the limit, not deep enough to trouble the parser: the exact walk over the tree finds it.
    await write('deeper-than-64.yaml', 'client_name: com.acme.deep\ncapabilities:\n  ' + '- '.repeat(100) + 'x\n');
    const { code, report } = await cli([]);
    const found = fate(report);
    // Level 1 is the top-level mapping, so the 64th bracket opens level 65: the error is there, in every run.
    expect(found['deep-flow.yaml']).toEqual([
      `parse-error ${endOf(head + '['.repeat(63))} nesting is deeper than 64 levels`,
    ]);
    expect(found['deep-map.yaml']).toEqual([
      `parse-error ${endOf(mapHead + '{a: '.repeat(63))} nesting is deeper than 64 levels`,
    ]);
    // The k-th "- " (or "? ") opens level k + 1 at column 3 + 2(k - 1), so level 65 is at 3:129.
    for (const file of ['deep-block.yaml', 'deep-keys.yaml', 'deeper-than-64.yaml'])
      expect(found[file]).toEqual([`parse-error 3:${3 + 2 * 63} nesting is deeper than 64 levels`]);
    expect(Object.keys(found)).toHaveLength(5);
    expect(code).toBe(1);
  });
});

describe('encoding', () => {
  test('invalid UTF-8 (a Latin-1 byte, an encoded surrogate, an overlong form) is a parse-error where it starts', async () => {
    gitInit();
    const latin1 = '{\n  "client_name": "com.acme.latin",\n  "description": "caf';
    await write('latin1.json', Buffer.concat([Buffer.from(latin1), Buffer.from([0xe9]), Buffer.from('"\n}\n')]));
    const surrogate = 'client_name: com.acme.surrogate\ndisplay_name: "';
    await write(
      'surrogate.yaml',
      Buffer.concat([Buffer.from(surrogate), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('"\n')]),
    );
    const overlong = 'client_name: com.acme.overlong\npath: "';
    await write('overlong.yml', Buffer.concat([Buffer.from(overlong), Buffer.from([0xc0, 0xaf]), Buffer.from('"\n')]));
    const { code, report } = await cli([]);
    expect(fate(report)).toEqual({
      'latin1.json': [`parse-error 3:22 file is not valid UTF-8 (byte 0xe9 at byte offset ${latin1.length})`],
      'overlong.yml': [
        `parse-error ${endOf(overlong)} file is not valid UTF-8 (byte 0xc0 at byte offset ${overlong.length})`,
      ],
      'surrogate.yaml': [
        `parse-error ${endOf(surrogate)} file is not valid UTF-8 (byte 0xed at byte offset ${surrogate.length})`,
      ],
    });
    expect(endOf(latin1)).toBe('3:22');
    expect(code).toBe(1);
  });

  test('an empty .json file named explicitly is a parse-error "file is empty" at 1:1', async () => {
    gitInit();
    await write('empty.json', '');
    await write('blank.json', ' \n\t\n');
    const named = await cli(['empty.json', 'blank.json']);
    expect(fate(named.report)).toEqual({
      'blank.json': ['parse-error 1:1 file is empty'],
      'empty.json': ['parse-error 1:1 file is empty'],
    });
    expect(named.code).toBe(1);
    // Searched, an empty file does not mention client_name: it is not a manifest, and not an error (with
    // --allow-empty: a run that finds no manifest at all is otherwise exit 2).
    const searched = await cli([], { extra: ['--allow-empty'] });
    expect(fate(searched.report)).toEqual({});
    expect(searched.report.manifests).toEqual([]);
    expect(searched.code).toBe(0);
  });
});

describe('YAML abuse', () => {
  test('tab-indented YAML is a parse-error on the line of the tab', async () => {
    gitInit();
    await write('tabs.yaml', 'client_name: com.acme.tabs\ncapabilities:\n\twebhooks: {}\n');
    const { code, report } = await cli([]);
    expect(fate(report)).toEqual({
      'tabs.yaml': ['parse-error 3:1 invalid YAML: tabs are not allowed as indentation'],
    });
    expect(code).toBe(1);
  });

  test('a billion-laughs alias bomb is refused after 100 alias expansions, quickly and in bounded memory', async () => {
    gitInit();
    const levels = 'abcdefghi'.split('');
    const lines = ['client_name: com.acme.lol', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < levels.length; i++)
      lines.push(
        `${levels[i]}: &${levels[i]} [${Array(9)
          .fill(`*${levels[i - 1]}`)
          .join(',')}]`,
      );
    await write('lol.yaml', lines.join('\n') + '\n');
    const started = Date.now();
    const { code, stdout, report } = await cli([]);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(fate(report)).toEqual({
      'lol.yaml': ['parse-error 1:1 too many alias expansions (more than 100): a YAML alias bomb?'],
    });
    expect(stdout).not.toContain('lol","lol');
    expect(code).toBe(1);
  });
});

describe('YAML keys that are not strings', () => {
  let warnings: string[];
  let restore: () => void;
  beforeEach(() => {
    // The `yaml` package warns through process.emitWarning (straight to the real stderr) when it has to turn a
    // collection key into a string: a run must never get that far.
    warnings = [];
    const original = process.emitWarning;
    process.emitWarning = (warning: string | Error) => void warnings.push(String(warning));
    restore = () => void (process.emitWarning = original);
  });
  afterEach(() => restore());

  test('a collection key, written out or smuggled in through an alias, is a parse-error on the key', async () => {
    gitInit();
    await write('complex.yaml', 'client_name: com.acme.keys\n? [a, b]\n: 1\n');
    await write('alias.yaml', 'client_name: com.acme.keys\nlist: &x [a, b]\n*x : 1\n');
    await write('alias-map.yaml', 'client_name: com.acme.keys\nmap: &m {a: 1}\nother:\n  *m : 2\n');
    const { code, report } = await cli([]);
    expect(fate(report)).toEqual({
      'alias-map.yaml': ['parse-error 4:3 a mapping key is itself a collection; manifest keys are strings'],
      'alias.yaml': ['parse-error 3:1 a mapping key is itself a collection; manifest keys are strings'],
      'complex.yaml': ['parse-error 2:3 a mapping key is itself a collection; manifest keys are strings'],
    });
    expect(warnings).toEqual([]);
    expect(code).toBe(1);
  });

  test('a tag on a key is checked like a tag on a value: !!binary would make the key a byte array', async () => {
    gitInit();
    await write('binary-key.yaml', 'client_name: com.acme.keys\n!!binary Y2xpZW50X25hbWU=: 1\n');
    await write('custom-key.yaml', 'client_name: com.acme.keys\nnested:\n  !custom k: 2\n');
    await write('plain-tags.yaml', 'client_name: com.acme.keys\n!!str display_name: Acme\n');
    const { code, report } = await cli(['binary-key.yaml', 'custom-key.yaml']);
    expect(fate(report)).toEqual({
      'binary-key.yaml': ['parse-error 2:10 YAML tag !!binary is not plain JSON data'],
      'custom-key.yaml': ['parse-error 3:11 a custom YAML tag is not plain JSON data'],
    });
    expect(warnings).toEqual([]);
    expect(code).toBe(1);
    // JSON tags on keys are fine.
    const plain = await cli(['plain-tags.yaml']);
    expect(plain.report.findings.filter((f) => f.ruleId === 'parse-error')).toEqual([]);
  });
});

describe('things that are not regular files', () => {
  test('a directory named like a manifest is entered, never read; a symlink to it is skipped (git work tree)', async () => {
    gitInit();
    await write('app.json/inner.json', goodManifest);
    await fs.symlink('app.json', path.join(root, 'dirlink.json'));
    const searched = await cli([]);
    expect(fate(searched.report)).toEqual({ 'dirlink.json': ['skipped: not a regular file (a directory); not read'] });
    expect(searched.report.manifests).toEqual([{ file: 'app.json/inner.json', format: 'json' }]);
    expect(searched.code).toBe(0);

    const named = await cli(['app.json', 'dirlink.json']);
    expect(fate(named.report)).toEqual({
      'dirlink.json': ['parse-error 1:1 not a regular file (a directory); not read'],
    });
    expect(named.report.manifests.map((m) => m.file)).toEqual(['app.json/inner.json', 'dirlink.json']);
    expect(named.code).toBe(1);
  });

  test('outside git: an empty directory named like a manifest and a symlink back to the root end the walk', async () => {
    await fs.mkdir(path.join(root, 'empty.json'));
    await write('sub/ok.json', goodManifest);
    await fs.symlink('..', path.join(root, 'sub/up.json'));
    await fs.symlink('.', path.join(root, 'sub/self.yaml'));
    const { code, report } = await cli([]);
    expect(fate(report)).toEqual({
      'sub/self.yaml': ['skipped: not a regular file (a directory); not read'],
      'sub/up.json': ['skipped: not a regular file (a directory); not read'],
    });
    expect(report.manifests).toEqual([{ file: 'sub/ok.json', format: 'json' }]);
    expect(code).toBe(0);
  });

  test('a symlink loop is skipped as a loop when searched and a parse-error when named', async () => {
    gitInit();
    await fs.symlink('loop-b.json', path.join(root, 'loop-a.json'));
    await fs.symlink('loop-a.json', path.join(root, 'loop-b.json'));
    await fs.symlink('self.yaml', path.join(root, 'self.yaml'));
    const searched = await cli([], { extra: ['--allow-empty'] });
    expect(fate(searched.report)).toEqual({
      'loop-a.json': ['skipped: symlink loop; not read'],
      'loop-b.json': ['skipped: symlink loop; not read'],
      'self.yaml': ['skipped: symlink loop; not read'],
    });
    expect(searched.code).toBe(0);
    const named = await cli(['loop-a.json']);
    expect(fate(named.report)).toEqual({ 'loop-a.json': ['parse-error 1:1 symlink loop; not read'] });
    expect(named.code).toBe(1);
  });

  test('a symlink to a file outside the root is never read: not when searched, not when named, not through a linked directory', async () => {
    gitInit();
    const outside = await outsideDir();
    const secret = 'TOP-SECRET-0b7d1c';
    await fs.writeFile(
      path.join(outside, 'secret.json'),
      JSON.stringify({ client_name: secret, client_secret: secret }),
    );
    await fs.writeFile(
      path.join(outside, 'huge.json'),
      JSON.stringify({ client_name: secret, d: 'z'.repeat(2 * LIMIT) }),
    );
    await fs.symlink(path.join(outside, 'secret.json'), path.join(root, 'link.json'));
    await fs.symlink(path.relative(root, path.join(outside, 'huge.json')), path.join(root, 'relative-huge.json'));
    await fs.symlink(outside, path.join(root, 'ext'));

    const searched = await cli([], { extra: ['--allow-empty'] });
    expect(fate(searched.report)).toEqual({
      'link.json': ['skipped: symlink points outside the root; not read'],
      'relative-huge.json': ['skipped: symlink points outside the root; not read'],
    });
    expect(searched.report.manifests).toEqual([]);
    expect(searched.code).toBe(0);

    const named = await cli(['link.json', 'relative-huge.json', 'ext/secret.json']);
    expect(fate(named.report)).toEqual({
      'ext/secret.json': ['parse-error 1:1 symlink points outside the root; not read'],
      'link.json': ['parse-error 1:1 symlink points outside the root; not read'],
      'relative-huge.json': ['parse-error 1:1 symlink points outside the root; not read'],
    });
    expect(named.code).toBe(1);

    for (const run of [searched, named]) expect(run.stdout + run.stderr).not.toContain(secret);
    // The same secret through the text report, where a leak would be easiest to miss.
    let text = '';
    await runCli(['link.json', 'ext/secret.json', '--offline'], {
      stdout: (t) => void (text += t),
      stderr: (t) => void (text += t),
      cwd: root,
      env: {},
      isTTY: false,
    });
    expect(text).toContain('symlink points outside the root');
    expect(text).not.toContain(secret);
  });
});

describe('a FIFO named x.json', () => {
  /**
   * Fails if the run does not end in time. Files are read with synchronous system calls, so an open that blocked on
   * the FIFO would block this whole thread and no timer here could fire: a separate process opens the FIFO for
   * writing after 10 s, which releases a stuck reader (it then reads an empty file), and the elapsed time fails the test.
   */
  async function mustEnd<T>(fifo: string, run: () => Promise<T>): Promise<T> {
    const started = Date.now();
    const rescuer = spawn('sh', ['-c', 'sleep 10; timeout 5 sh -c \': > "$0"\' "$0"', fifo], {
      stdio: 'ignore',
      detached: true,
    });
    rescuer.unref();
    try {
      const result = await run();
      expect(Date.now() - started).toBeLessThan(10_000);
      return result;
    } finally {
      // The rescuer and its sleep are a process group of their own, started above.
      if (rescuer.pid !== undefined && rescuer.exitCode === null) {
        try {
          process.kill(-rescuer.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }
  }

  test('outside git, searched: skipped as a FIFO, without blocking', async () => {
    execFileSync('mkfifo', [path.join(root, 'x.json')]);
    await write('ok.json', goodManifest);
    const { code, report } = await mustEnd(path.join(root, 'x.json'), () => cli([]));
    expect(fate(report)).toEqual({ 'x.json': ['skipped: not a regular file (a FIFO); not read'] });
    expect(report.manifests).toEqual([{ file: 'ok.json', format: 'json' }]);
    expect(code).toBe(0);
  });

  test('named explicitly in a git work tree: a parse-error at 1:1, without blocking', async () => {
    gitInit();
    execFileSync('mkfifo', [path.join(root, 'x.json')]);
    const { code, report } = await mustEnd(path.join(root, 'x.json'), () => cli(['x.json']));
    expect(fate(report)).toEqual({ 'x.json': ['parse-error 1:1 not a regular file (a FIFO); not read'] });
    expect(code).toBe(1);
    // git itself does not list special files, so a search of the work tree does not see the FIFO at all.
    const searched = await mustEnd(path.join(root, 'x.json'), () => cli([], { extra: ['--allow-empty'] }));
    expect(fate(searched.report)).toEqual({});
    expect(searched.code).toBe(0);
  });
});

describe('a file that vanishes between listing and reading', () => {
  test('searched: skipped as vanished; named: a parse-error at 1:1 (deleted from the progress callback)', async () => {
    gitInit();
    // check() reads 32 files at once and reports progress before a reader takes the next file, so the first progress
    // line is written before any file after the first 32 is opened; 100 padding files leave room if that grows.
    for (let i = 0; i < 100; i++) await write(`a/pad-${String(i).padStart(3, '0')}.json`, '{"name": "not a manifest"}');
    await write('z/gone.json', '{"client_name": "com.acme.gone"}');
    await write('z/named.json', '{"client_name": "com.acme.named"}');
    let deleted = false;
    const onStderr = (text: string) => {
      if (deleted || !/files \d+\/102/.test(text)) return;
      deleted = true;
      // Synchronously, inside the callback: the files are gone before the reader gets to them.
      rmSync(path.join(root, 'z/gone.json'));
      rmSync(path.join(root, 'z/named.json'));
    };
    const { code, report, stderr } = await cli(['.', 'z/named.json'], { extra: ['--progress'], onStderr });
    expect(deleted).toBe(true);
    expect(stderr).toContain('files 102/102');
    expect(fate(report)).toEqual({
      'z/gone.json': ['skipped: file vanished before it could be read'],
      'z/named.json': ['parse-error 1:1 file vanished before it could be read'],
    });
    expect(code).toBe(1);
  });

  test('readCandidate on a file that is not there says it vanished', async () => {
    expect(readCandidate(fileRoot(root), 'never-there.json', LIMIT)).toEqual({
      ok: false,
      code: 'missing',
      reason: 'file vanished before it could be read',
    });
    await write('dir/x.json', '{}');
    await fs.rm(path.join(root, 'dir'), { recursive: true });
    expect(readCandidate(fileRoot(root), 'dir/x.json', LIMIT)).toEqual({
      ok: false,
      code: 'missing',
      reason: 'file vanished before it could be read',
    });
  });
});
