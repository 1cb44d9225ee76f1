/**
 * Discovery finds every manifest, nothing checked is not a pass (issue "A verdict you can trust" §4), and the
 * repository root is the repository wherever the CLI is started (§5). Real files in temporary git repositories,
 * through the whole CLI in-process.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/main.js';

interface Finding {
  ruleId: string;
  file: string;
  line: number;
  column: number;
  pointer: string;
  message: string;
}

let root: string;
beforeEach(async () => {
  root = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'lp-root-')));
});
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

async function write(file: string, text: string): Promise<void> {
  await fs.mkdir(path.dirname(path.join(root, file)), { recursive: true });
  await fs.writeFile(path.join(root, file), text);
}

function gitInit(): void {
  execFileSync('git', ['init', '-q'], { cwd: root });
}

async function cli(args: string[], cwd = root) {
  let stdout = '';
  let stderr = '';
  const code = await runCli([...args, '--offline'], {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd,
    env: {},
    isTTY: false,
  });
  const json = args.includes('json') && stdout !== '';
  const report = json ? (JSON.parse(stdout) as { manifests: Array<{ file: string }>; findings: Finding[] }) : undefined;
  return { code, stdout, stderr, report };
}

const brief = (f: Finding) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.pointer}`;

describe('discovery finds every manifest', () => {
  test('a client_name spelled with escapes is a manifest, and its committed secret is found', async () => {
    gitInit();
    await write('apps/a.json', '{\n  "client\\u005fname": "com.acme.a",\n  "client_secret": "s3cr3t-value-42"\n}\n');
    await write('apps/b.yaml', '"client\\x5fname": com.acme.b\nclient_secret: other-s3cr3t-43\n');
    const { code, report } = await cli(['--format', 'json']);
    expect(report!.manifests.map((m) => m.file)).toEqual(['apps/a.json', 'apps/b.yaml']);
    expect(report!.findings.filter((f) => f.ruleId === 'client-secret-committed').map(brief)).toEqual([
      'apps/a.json:3:3 client-secret-committed /client_secret',
      'apps/b.yaml:2:1 client-secret-committed /client_secret',
    ]);
    expect(code).toBe(1);
  });

  test('a manifest without client_name is client-name-missing, with the nearest key named', async () => {
    gitInit();
    await write(
      'apps/typo.json',
      '{\n  "client_nmae": "com.acme.a",\n  "redirect_uris": ["https://a.example/cb"],\n  "client_secret": "x"\n}\n',
    );
    await write('apps/nameless.yaml', 'redirect_uris: [https://a.example/cb]\ngrant_types: [authorization_code]\n');
    await write('package.json', '{"name": "not-a-manifest", "scripts": {"client": "x"}}');
    const { code, report } = await cli(['--format', 'json']);
    expect(report!.manifests.map((m) => m.file)).toEqual(['apps/nameless.yaml', 'apps/typo.json']);
    expect(report!.findings.map(brief)).toEqual([
      'apps/nameless.yaml:1:1 client-name-missing ',
      'apps/typo.json:2:3 client-name-missing /client_nmae',
    ]);
    expect(report!.findings[1].message).toBe(
      'no "client_name" key: did you mean "client_name" instead of "client_nmae"?',
    );
    expect(report!.findings[0].message).toMatch(/has "redirect_uris", "grant_types"\) but has no "client_name" key/);
    expect(code).toBe(1);
  });

  test('a glob or path that matches nothing is exit 2 naming it', async () => {
    gitInit();
    await write('apps/a.json', '{"client_name": "com.acme.a"}');
    const glob = await cli(['nomatch/**/*.json']);
    expect(glob.code).toBe(2);
    expect(glob.stderr).toContain('no JSON or YAML file matches nomatch/**/*.json');
    const missing = await cli(['apps/nope.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file or directory inside the root: apps/nope.json');
  });

  test('a run that finds no manifest is exit 2 unless --allow-empty', async () => {
    gitInit();
    await write('package.json', '{"name": "x"}');
    const empty = await cli([]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/^lp-app-manifest-check: no manifests found under \. /);
    expect(empty.stdout).toBe('');
    const allowed = await cli(['--allow-empty', '--format', 'json']);
    expect(allowed.code).toBe(0);
    expect(allowed.report!.manifests).toEqual([]);
    await write('docs/readme.json', '{"title": "x"}');
    const directory = await cli(['docs']);
    expect(directory.code).toBe(2);
    expect(directory.stderr).toContain('no manifests found under docs');
    // A file named but never read says why, not only that nothing was found.
    await write('node_modules/pkg/app.json', '{"client_name": "com.acme.vendored"}');
    const vendored = await cli(['node_modules/pkg/app.json']);
    expect(vendored.code).toBe(2);
    expect(vendored.stderr).toContain(
      'not read: node_modules/pkg/app.json (inside node_modules/ or .git/; not read); to let a run',
    );
  });
});

describe('the repository root is the repository', () => {
  beforeEach(async () => {
    gitInit();
    await write('.github/lp-app-policy.yml', 'extends: recommended\nrules:\n  client-name-format: off\n');
    await write('apps/a.json', '{"client_name": "Same Name"}');
    await write('apps/kiosk/app.yml', 'client_name: Same Name\nredirect_uris: [http://kiosk.example/cb]\n');
    await write('apps/other/broken.yaml', 'client_name: [unclosed\n');
  });

  test('run from a subdirectory with no paths: its manifests, judged by the root policy against the whole repository', async () => {
    const { code, report } = await cli(['--format', 'json'], path.join(root, 'apps/kiosk'));
    expect(report!.manifests.map((m) => m.file)).toEqual(['apps/kiosk/app.yml']);
    // client-name-format is off in the root's policy; client-name-unique sees apps/a.json; nothing of apps/other.
    expect(report!.findings.map(brief)).toEqual([
      'apps/kiosk/app.yml:1:14 client-name-unique /client_name',
      'apps/kiosk/app.yml:2:17 redirect-uri-https /redirect_uris/0',
    ]);
    expect(code).toBe(1);
  });

  test.each(['..kiosk', '...', '..'.concat('\u00e9')])(
    'a subdirectory named %p (beginning with two dots) is inside the root: only its manifests are checked',
    async (name) => {
      await write(`${name}/app.yml`, 'client_name: Same Name\nredirect_uris: [http://kiosk.example/cb]\n');
      const { code, report } = await cli(['--format', 'json'], path.join(root, name));
      expect(report!.manifests.map((m) => m.file)).toEqual([`${name}/app.yml`]);
      // Nothing of apps/other (its parse error); the duplicate name is reported where the rule puts it.
      expect(report!.findings.map((f) => `${f.file} ${f.ruleId}`)).toEqual([
        `${name}/app.yml redirect-uri-https`,
        'apps/a.json client-name-unique',
        'apps/kiosk/app.yml client-name-unique',
      ]);
      expect(code).toBe(1);
    },
  );

  test('from a subdirectory whose manifest sorts first, the duplicate it makes is still reported (on the other file)', async () => {
    await write('apps/0-first/app.yaml', 'client_name: Kiosk Name\n');
    await write('apps/kiosk/app.yml', 'client_name: Kiosk Name\n');
    for (const format of ['json', 'sarif', 'markdown', 'text']) {
      const { code, stdout, report } = await cli(['--format', format], path.join(root, 'apps/0-first'));
      expect(code).toBe(1);
      expect(stdout).toContain('client-name-unique');
      expect(stdout).toContain('apps/kiosk/app.yml');
      if (report) {
        expect(report.manifests.map((m) => m.file)).toEqual(['apps/0-first/app.yaml']);
        expect(report.findings.map(brief)).toEqual(['apps/kiosk/app.yml:1:14 client-name-unique /client_name']);
      }
    }
  });

  test('positional paths resolve from the current directory, report paths from the root', async () => {
    const { code, report } = await cli(['../kiosk/app.yml', '--format', 'json'], path.join(root, 'apps/other'));
    expect(report!.manifests.map((m) => m.file)).toEqual(['apps/kiosk/app.yml']);
    expect(report!.findings.map((f) => f.ruleId)).toEqual(['redirect-uri-https']);
    expect(code).toBe(1);
  });

  test('outside a git work tree the root is the current directory; --root names another', async () => {
    await fs.rm(path.join(root, '.git'), { recursive: true });
    const here = await cli(['--format', 'json', '--allow-empty'], path.join(root, 'apps/kiosk'));
    expect(here.report!.manifests.map((m) => m.file)).toEqual(['app.yml']);
    // The policy of the directory above is not this root's: client-name-format is on again.
    expect(here.report!.findings.map((f) => f.ruleId)).toEqual(['client-name-format', 'redirect-uri-https']);
    const given = await cli(['--root', '../..', '--format', 'json'], path.join(root, 'apps/kiosk'));
    expect(given.report!.manifests.map((m) => m.file)).toEqual(['apps/kiosk/app.yml']);
  });
});
