import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { distance } from 'fastest-levenshtein';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { OPTION_NAMES, runCli, USAGE, type CliIo } from '../../src/cli/main.js';
import { builtinRules } from '../../src/rules/index.js';
import { docsBaseUrl } from '../../src/core/tool.js';
import { dedent } from '../support/dedent.js';
import { listRules, rulesTable } from '../../src/cli/listRules.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let root: string;

async function write(file: string, text: string): Promise<void> {
  await fs.mkdir(path.dirname(path.join(root, file)), { recursive: true });
  await fs.writeFile(path.join(root, file), dedent(text));
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(argv: string[], more: Partial<CliIo> = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd: root,
    env: {},
    isTTY: false,
    ...more,
  });
  return { code, stdout, stderr };
}

const json = (run: Run) => JSON.parse(run.stdout);
const brief = (report: { findings: Array<{ file: string; severity: string; ruleId: string }> }) =>
  report.findings.map((f) => `${f.file} ${f.severity} ${f.ruleId}`);
const stdinOf = (text: string) => ({ stdin: Readable.from([Buffer.from(text)]) });

const WARNS = `{ "client_name": "NotReverseDns", "scope": "msg.consumer" }\n`;
const FAILS = `{ "client_name": "com.acme.fails", "redirect_uris": ["http://acme.example/cb"] }\n`;

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'lp-cli-conventions-'));
  // A repository of its own: the root is here, not the checkout the tests run in.
  await fs.mkdir(path.join(root, '.git'));
});
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

describe('an unknown option is answered with the nearest known one', () => {
  test.each([
    [['--quite'], 'unknown option --quite; did you mean --quiet?'],
    [['--max-warning', '3'], 'unknown option --max-warning; did you mean --max-warnings?'],
    [['--colour'], 'unknown option --colour; did you mean --color?'],
    [['--print-conifg', 'a.json'], 'unknown option --print-conifg; did you mean --print-config?'],
    [['--stdin-file', 'a.json', '-'], 'unknown option --stdin-file; did you mean --stdin-filename?'],
    [['--offline', '--Quiet'], 'unknown option --Quiet; did you mean --quiet?'],
    [['--bogus'], 'unknown option --bogus\n'],
    [['-q'], 'unknown option -q\n'],
  ])('%j', async (argv, message) => {
    const run = await cli(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`lp-app-manifest-check: ${message}`);
    expect(run.stderr).toContain('Run with --help for usage.');
    expect(run.stdout).toBe('');
  });

  test('a value is a value and everything after -- is a path, never an option', async () => {
    expect((await cli(['--policy', '--quite'])).stderr).not.toContain('unknown option');
    const afterDashes = await cli(['--', '--quite']);
    expect(afterDashes.code).toBe(2);
    expect(afterDashes.stderr).toContain('no such file or directory inside the root: --quite');
  });

  test('any one-edit typo of an option is answered with an option one edit from it', async () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz-';
    const long = OPTION_NAMES.filter((name) => name.length > 3);
    const typo = fc
      .tuple(fc.constantFrom(...long), fc.nat(), fc.constantFrom(...letters), fc.constantFrom('drop', 'add', 'swap'))
      .map(([name, at, letter, edit]) => {
        const i = at % name.length;
        if (edit === 'drop') return name.slice(0, i) + name.slice(i + 1);
        if (edit === 'add') return name.slice(0, i) + letter + name.slice(i);
        return name.slice(0, i) + letter + name.slice(i + 1);
      })
      .filter((name) => !OPTION_NAMES.includes(name) && !name.startsWith('-'));
    await fc.assert(
      fc.asyncProperty(typo, async (name) => {
        const { code, stderr } = await cli([`--${name}`, 'x']);
        expect(code).toBe(2);
        const suggested = /did you mean --([a-z-]+)\?/.exec(stderr)?.[1];
        expect(suggested).toBeDefined();
        expect(OPTION_NAMES).toContain(suggested);
        expect(distance(name.toLowerCase(), suggested!)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 150 },
    );
  });

  test('a value out of a list names the nearest one', async () => {
    const run = await cli(['--format', 'jsn']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--format must be one of text, json, .*, not "jsn"; did you mean json\?/);
  });

  test('--help names every option, and every option it names exists', () => {
    const named = new Set([...USAGE.matchAll(/(?<![\w-])--([a-z][a-z-]*)/g)].map((m) => m[1]));
    expect([...named].sort()).toEqual([...OPTION_NAMES].sort());
  });
});

describe('--quiet and --max-warnings', () => {
  beforeEach(async () => {
    await write('apps/warns.json', WARNS);
    await write(
      'apps/suppressed.yaml',
      `
      # lp-app-manifest-check-disable-next-line client-name-format -- a legacy name, kept until the app is renamed
      client_name: LegacyName
      scope: msg.consumer
    `,
    );
  });

  test('--quiet reports errors only: warnings are neither shown nor counted toward the exit', async () => {
    await write('apps/fails.json', FAILS);
    const loud = await cli(['--offline', '--format', 'json']);
    expect(brief(json(loud))).toContain('apps/warns.json warning client-name-format');
    const quiet = await cli(['--offline', '--format', 'json', '--quiet']);
    expect(brief(json(quiet))).toEqual(['apps/fails.json error redirect-uri-https']);
    expect(json(quiet).summary).toMatchObject({ errors: 1, warnings: 0, notices: 0 });
    expect(quiet.code).toBe(1);
    const text = await cli(['--offline', '--quiet']);
    expect(text.stdout).not.toContain('client-name-format');
  });

  test('--quiet with --fail-on warning passes when only warnings are found', async () => {
    expect((await cli(['--offline', '--fail-on', 'warning'])).code).toBe(1);
    expect((await cli(['--offline', '--fail-on', 'warning', '--quiet'])).code).toBe(0);
  });

  test.each([
    // One unsuppressed warning (the suppressed one never counts).
    [['--max-warnings', '0'], 1],
    [['--max-warnings', '1'], 0],
    [['--max-warnings=-1'], 0],
    [['--max-warnings', '0', '--quiet'], 0],
    [['--max-warnings', '0', '--fail-on', 'never'], 1],
  ])('%j is exit %d', async (argv, code) => {
    const run = await cli(['--offline', ...argv]);
    expect(run.code).toBe(code);
    if (code === 1) expect(run.stderr).toContain('too many warnings: 1, more than --max-warnings 0');
    else expect(run.stderr).toBe('');
  });

  test.each(['x', '1.5', '-2', '', ' 3', '0x1', '1e3'])('--max-warnings=%j is a usage error', async (value) => {
    const run = await cli(['--offline', `--max-warnings=${value}`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--max-warnings must be a whole number of warnings (-1 for no limit), not "${value}"`);
  });
});

describe('stdin as - with --stdin-filename', () => {
  test('is checked under the name given, which need not exist, and nothing else is reported', async () => {
    await write('apps/fails.json', FAILS);
    const run = await cli(['-', '--stdin-filename', 'apps/new.json', '--offline', '--format', 'json'], stdinOf(WARNS));
    expect(json(run).manifests).toEqual([{ file: 'apps/new.json', format: 'json' }]);
    expect(brief(json(run))).toEqual(['apps/new.json warning client-name-format']);
    expect(run.code).toBe(0);
  });

  test('a client_name the buffer shares with a manifest of the repository is reported, whichever sorts first', async () => {
    await write('apps/z.json', '{ "client_name": "com.acme.shared" }\n');
    const buffer = '{ "client_name": "com.acme.shared" }\n';
    for (const [name, on] of [
      ['apps/a.json', 'apps/z.json'],
      ['apps/zz.json', 'apps/zz.json'],
    ]) {
      const run = await cli(['-', '--stdin-filename', name, '--offline', '--format', 'json'], stdinOf(buffer));
      expect(brief(json(run))).toEqual([`${on} error client-name-unique`]);
      expect(run.code).toBe(1);
    }
  });

  test('the name decides the format', async () => {
    const yaml = 'client_name: com.acme.yaml\nscope: msg.consumer\n';
    const asYaml = await cli(['-', '--stdin-filename', 'a.yml', '--offline', '--format', 'json'], stdinOf(yaml));
    expect(json(asYaml).manifests).toEqual([{ file: 'a.yml', format: 'yaml' }]);
    expect(json(asYaml).findings).toEqual([]);
    const asJson = await cli(['-', '--stdin-filename', 'a.json', '--offline', '--format', 'json'], stdinOf(yaml));
    expect(brief(json(asJson))).toEqual(['a.json error parse-error']);
    expect(asJson.code).toBe(1);
  });

  test('the name decides the policy overrides, as for a file of that name', async () => {
    await write(
      '.github/lp-app-policy.yml',
      `
      extends: recommended
      overrides:
        - files: ["legacy/**"]
          rules: { client-name-format: off }
    `,
    );
    const args = ['--offline', '--format', 'json'];
    expect(brief(json(await cli(['-', '--stdin-filename', 'legacy/a.json', ...args], stdinOf(WARNS))))).toEqual([]);
    expect(brief(json(await cli(['-', '--stdin-filename', 'apps/a.json', ...args], stdinOf(WARNS))))).toEqual([
      'apps/a.json warning client-name-format',
    ]);
  });

  test('is always a candidate, whatever its name or content', async () => {
    const run = await cli(
      ['-', '--stdin-filename', 'notes.txt', '--offline', '--format', 'json'],
      stdinOf('{ "display_name": "x" }'),
    );
    expect(json(run).manifests).toEqual([{ file: 'notes.txt', format: 'json' }]);
    expect(run.code).toBe(1);
    expect(json(run).findings.length).toBeGreaterThan(0);
  });

  test('takes the place of the file of its name; the other manifests are context for client-name-unique', async () => {
    await write('apps/a.json', `{ "client_name": "com.acme.same", "scope": "msg.consumer" }`);
    const same = `{ "client_name": "com.acme.same", "scope": "msg.consumer" }`;
    const args = ['--offline', '--format', 'json'];
    expect(json(await cli(['-', '--stdin-filename', 'apps/a.json', ...args], stdinOf(same))).findings).toEqual([]);
    expect(brief(json(await cli(['-', '--stdin-filename', 'apps/b.json', ...args], stdinOf(same))))).toEqual([
      'apps/b.json error client-name-unique',
    ]);
  });

  test('a manifest over the size cap is a parse-error, and an endless stdin does not hold the run', async () => {
    async function* endless() {
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      for (;;) yield chunk;
    }
    const run = await cli(['-', '--stdin-filename', 'big.json', '--offline', '--format', 'json'], {
      stdin: endless(),
    });
    expect(json(run).findings).toMatchObject([
      { file: 'big.json', ruleId: 'parse-error', message: expect.stringContaining('file is too large') },
    ]);
    expect(run.code).toBe(1);
  });

  test('a committed secret read from stdin is reported and never printed', async () => {
    const secret = 'x9Qw7Zr2Lp5Kd8Vt3Hs6Nb1M';
    const manifest = JSON.stringify({ client_name: 'com.acme.s', client_secret: secret });
    for (const format of ['text', 'json', 'sarif', 'markdown', 'github']) {
      const run = await cli(['-', '--stdin-filename', 'a.json', '--offline', '--format', format], stdinOf(manifest));
      expect(run.stdout).toContain('client-secret-committed');
      expect(run.stdout + run.stderr).not.toContain(secret);
    }
  });

  test('excluded or ignored, it is not silently passed', async () => {
    const run = await cli(
      ['-', '--stdin-filename', 'apps/a.json', '--exclude', 'apps/**', '--offline'],
      stdinOf(FAILS),
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('stdin (as apps/a.json) is not checked: excluded by --exclude');
    await write('.github/lp-app-policy.yml', 'ignore: ["apps/**"]\n');
    const ignored = await cli(['-', '--stdin-filename', 'apps/a.json', '--offline'], stdinOf(FAILS));
    expect(ignored.code).toBe(2);
    expect(ignored.stderr).toContain('stdin (as apps/a.json) is not checked: ignored by the policy');
    const allowed = await cli(
      ['-', '--stdin-filename', 'apps/a.json', '--offline', '--allow-empty', '--format', 'json'],
      stdinOf(FAILS),
    );
    expect(allowed.code).toBe(0);
    expect(json(allowed).skipped).toEqual([{ ruleId: '', file: 'apps/a.json', reason: 'ignored by the policy' }]);
  });

  test.each([
    [['-'], '- (stdin) needs --stdin-filename NAME'],
    [['--stdin-filename', 'a.json'], '--stdin-filename names what - reads: give - as the path'],
    [['-', 'apps', '--stdin-filename', 'a.json'], '- (stdin) is checked alone'],
    [['-', '--stdin-filename', '../a.json'], '--stdin-filename ../a.json is not a file inside the root'],
    [['-', '--stdin-filename', '.'], '--stdin-filename . is not a file inside the root'],
    [['-', '--stdin-filename', 'a.json', '--write-baseline', 'b.json'], '--write-baseline records a whole run'],
  ])('%j is a usage error', async (argv, message) => {
    const run = await cli([...argv, '--offline'], stdinOf(WARNS));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  test('without a standard input to read, - is a usage error', async () => {
    const run = await cli(['-', '--stdin-filename', 'a.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('there is no standard input to read');
  });
});

describe('--print-config FILE', () => {
  beforeEach(async () => {
    await write(
      'policies/base.yml',
      `
      extends: strict
      rules:
        redirect-uri-https: { severity: warning, allowLoopback: true }
    `,
    );
    await write(
      '.github/lp-app-policy.yml',
      `
      extends: ../policies/base.yml
      rules:
        client-name-format: notice
      custom:
        - id: acme/display-name-prefix
          severity: warning
          message: display_name must start with "Acme"
          given: /display_name
          schema: { type: string, pattern: "^Acme" }
      overrides:
        - files: ["legacy/**"]
          rules: { client-name-format: off, acme/display-name-prefix: error }
      ignore: ["fixtures/**"]
    `,
    );
  });

  test('prints the rules after extends, overrides and custom rules, in ESLint shape, for the policy a run finds', async () => {
    const app = await cli(['--print-config', 'apps/a.json']);
    expect(app.code).toBe(0);
    const config = json(app);
    expect(config).toMatchObject({ file: 'apps/a.json', policy: '.github/lp-app-policy.yml', ignored: false });
    expect(config.rules['redirect-uri-https']).toEqual(['warning', { allowLoopback: true }]);
    expect(config.rules['client-name-format']).toEqual(['notice']);
    expect(config.rules['acme/display-name-prefix']).toEqual(['warning']);
    expect(Object.keys(config.rules)).toEqual([...builtinRules.map((r) => r.meta.id), 'acme/display-name-prefix']);
    const legacy = json(await cli(['--print-config', 'legacy/a.json']));
    expect(legacy.rules['client-name-format']).toEqual(['off']);
    expect(legacy.rules['acme/display-name-prefix']).toEqual(['error']);
    expect(json(await cli(['--print-config', 'fixtures/a.json'])).ignored).toBe(true);
  });

  test('agrees with what a run applies to that file', async () => {
    const manifest = `{ "client_name": "NotReverseDns", "display_name": "Other", "scope": "msg.consumer" }`;
    for (const file of ['apps/a.json', 'legacy/a.json']) {
      await write(file, manifest);
      const config = json(await cli(['--print-config', file]));
      const report = json(await cli([file, '--offline', '--format', 'json']));
      for (const id of ['client-name-format', 'acme/display-name-prefix']) {
        const found = report.findings.find((f: { ruleId: string }) => f.ruleId === id);
        expect(found?.severity ?? 'off').toBe(config.rules[id][0]);
      }
    }
  });

  test('a file resolves from the current directory; --policy names another policy', async () => {
    await fs.mkdir(path.join(root, 'apps'), { recursive: true });
    const fromApps = json(await cli(['--print-config', 'a.json'], { cwd: path.join(root, 'apps') }));
    expect(fromApps.file).toBe('apps/a.json');
    const recommended = json(await cli(['--print-config', 'apps/a.json', '--policy', 'recommended']));
    expect(recommended.policy).toBe('built-in recommended');
    for (const rule of builtinRules) expect(recommended.rules[rule.meta.id][0]).toBe(rule.meta.defaultSeverity);
  });

  test.each([
    [['--print-config', '../elsewhere.json'], '--print-config ../elsewhere.json is not a file inside the root'],
    [['--print-config', 'a.json', 'apps'], '--print-config FILE takes no paths'],
    [['--print-config', 'a.json', '--policy', 'stirct'], 'stirct'],
    [['--print-config', 'a.json', '--list-rules'], 'ask one at a time'],
  ])('%j is exit 2', async (argv, message) => {
    const run = await cli(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });
});

describe('--list-rules', () => {
  test('lists every built-in rule from its metadata: id, default severity, fixable, docs URL', async () => {
    const run = await cli(['--list-rules', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(json(run)).toEqual(
      builtinRules.map((r) => ({
        id: r.meta.id,
        description: r.meta.description,
        defaultSeverity: r.meta.defaultSeverity,
        fixable: r.meta.fixable === true,
        hasSuggestions: r.meta.hasSuggestions === true,
        docsUrl: `${docsBaseUrl}${r.meta.id}.md`,
      })),
    );
  });

  test('as a text table by default, one rule a line, with the policy custom rules after the built-in ones', async () => {
    await write(
      '.github/lp-app-policy.yml',
      `
      custom:
        - id: acme/display-name-prefix
          severity: warning
          message: display_name must start with "Acme"
          given: /display_name
          schema: { type: string, pattern: "^Acme" }
    `,
    );
    const run = await cli(['--list-rules']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^RULE +DEFAULT +FIXABLE +DOCS$/);
    expect(lines).toHaveLength(builtinRules.length + 2);
    for (const [index, rule] of builtinRules.entries()) {
      const cells = lines[index + 1].split(/ {2,}/);
      expect(cells[0]).toBe(rule.meta.id);
      expect(cells[1]).toBe(rule.meta.defaultSeverity);
      expect(cells[3]).toBe(`${docsBaseUrl}${rule.meta.id}.md`);
    }
    expect(lines[lines.length - 1].split(/ {2,}/)).toEqual(['acme/display-name-prefix', 'warning', '-']);
  });

  test.each<[{ fixable?: boolean; hasSuggestions?: boolean }, string]>([
    [{}, '-'],
    [{ fixable: true }, 'fix'],
    [{ hasSuggestions: true }, 'suggestions'],
    [{ fixable: true, hasSuggestions: true }, 'fix, suggestions'],
    [{ fixable: false, hasSuggestions: false }, '-'],
  ])('a rule with %j is shown as %j in the FIXABLE column', (flags, shown) => {
    const meta = { id: 'some-rule', description: 'd', defaultSeverity: 'warning' as const, ...flags };
    const listed = listRules([meta], () => 'https://docs.example/some-rule.md');
    expect(listed[0]).toMatchObject({ fixable: flags.fixable === true, hasSuggestions: flags.hasSuggestions === true });
    expect(rulesTable(listed).split('\n')[1].split(/ {2,}/)).toEqual([
      'some-rule',
      'warning',
      shown,
      'https://docs.example/some-rule.md',
    ]);
  });

  test.each([
    [['--list-rules', '--format', 'sarif'], '--format (with --list-rules) must be one of text, json, not "sarif"'],
    [['--list-rules', 'apps'], '--list-rules takes no paths'],
  ])('%j is exit 2', async (argv, message) => {
    const run = await cli(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });
});

describe('--color and --no-color win over the environment and the terminal', () => {
  beforeEach(async () => {
    await write('apps/warns.json', WARNS);
  });
  const coloured = (run: Run) => /\u001b\[/.test(run.stdout);

  test.each([
    [['--color'], {}, false, true],
    [['--color'], { NO_COLOR: '1' }, false, true],
    [['--no-color'], { FORCE_COLOR: '1' }, false, false],
    [['--no-color'], {}, true, false],
    [['--color', '--no-color'], {}, false, false],
    [['--no-color', '--color'], {}, false, true],
    [[], {}, true, true],
    [[], { NO_COLOR: '1' }, true, false],
    [[], { FORCE_COLOR: '1' }, false, true],
  ])('%j with %j on a terminal: %s gives colour %s', async (argv, env, isTTY, expected) => {
    expect(coloured(await cli(['--offline', ...argv], { env, isTTY }))).toBe(expected);
  });

  test('a report written with --output is coloured only when asked', async () => {
    const out = path.join(root, 'report.txt');
    await cli(['--offline', '--output', out], { env: { FORCE_COLOR: '1' }, isTTY: true });
    expect(await fs.readFile(out, 'utf8')).not.toMatch(/\u001b\[/);
    await cli(['--offline', '--output', out, '--color']);
    expect(await fs.readFile(out, 'utf8')).toMatch(/\u001b\[/);
  });

  test('other formats are never coloured', async () => {
    expect(coloured(await cli(['--offline', '--format', 'json', '--color']))).toBe(false);
  });
});

describe('the bundled CLI (dist/cli/index.js) as a user runs it', () => {
  /** The real process; `input` undefined leaves its stdin open and unwritten, as a terminal would. */
  function bundled(argv: string[], input?: string): Promise<Run> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [path.join(repo, 'dist/cli/index.js'), ...argv], {
        cwd: root,
        env: { PATH: process.env.PATH, NO_COLOR: '1' },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
      if (input !== undefined) child.stdin.end(input);
    });
  }

  test('reads a manifest piped to - under --stdin-filename', async () => {
    const run = await bundled(['-', '--stdin-filename', 'apps/new.json', '--offline', '--format', 'json'], FAILS);
    expect(run.stderr).toBe('');
    expect(brief(json(run))).toEqual(['apps/new.json error redirect-uri-https']);
    expect(run.code).toBe(1);
  });

  test('a run over files never waits on a stdin that stays open', async () => {
    await write('apps/warns.json', WARNS);
    const run = await bundled(['--offline', '--format', 'json']);
    expect(brief(json(run))).toEqual(['apps/warns.json warning client-name-format']);
    expect(run.code).toBe(0);
  });

  test('answers an unknown option with the nearest one, and lists the rules as the sources do', async () => {
    const unknown = await bundled(['--quite']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown option --quite; did you mean --quiet?');
    const listed = await bundled(['--list-rules', '--format', 'json']);
    expect(listed.code).toBe(0);
    expect(json(listed)).toEqual(json(await cli(['--list-rules', '--format', 'json'])));
  });
});
