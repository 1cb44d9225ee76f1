import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { STARTER_POLICY, STARTER_WORKFLOW } from '../../src/cli/init.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fakeGitHub.js';
import { dedent } from '../support/dedent.js';

const TOKEN = 'ghp_centralPolicyToken0123456789';
let api: FakeGitHub;
let root: string;

async function write(file: string, text: string): Promise<void> {
  await fs.mkdir(path.dirname(path.join(root, file)), { recursive: true });
  await fs.writeFile(path.join(root, file), dedent(text));
}

async function cli(
  argv: string[],
  env: NodeJS.ProcessEnv = { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: api.url },
  stderrIsTTY = false,
) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd: root,
    env,
    isTTY: false,
    stderrIsTTY,
  });
  return { code, stdout, stderr, report: stdout.startsWith('{') ? JSON.parse(stdout) : undefined };
}

beforeAll(async () => {
  api = await startFakeGitHub();
});
afterAll(async () => {
  await api.close();
});
beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'lp-org-'));
  api.requests.length = 0;
  api.contents.clear();
  await write(
    'apps/a.yaml',
    `
    client_name: com.acme.a
    display_name: Other
    redirect_uris: [http://a.acme.example/cb]
  `,
  );
});
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

const rulesOf = (report: { findings: Array<{ ruleId: string; severity: string }> }) =>
  report.findings.map((f) => `${f.ruleId}:${f.severity}`).sort();

describe('a central policy: extends github:OWNER/REPO/PATH@REF', () => {
  test('is read through the API with the token, once per run, with its own relative extends at the same ref', async () => {
    api.contents.set(
      'acme/.github@v3:policies/lp-apps.yml',
      dedent(`
      extends: [./base.yml, ./base.yml]
      custom:
        - id: acme/display-name-prefix
          message: display_name must start with "Acme"
          given: /display_name
          schema: { type: string, pattern: "^Acme" }
    `),
    );
    api.contents.set(
      'acme/.github@v3:policies/base.yml',
      'extends: recommended\nrules:\n  redirect-uri-https: warning\n',
    );
    await write('.github/lp-app-policy.yml', 'extends: github:acme/.github/policies/lp-apps.yml@v3\n');
    const { code, report, stderr } = await cli(['--offline', '--format', 'json']);
    expect(stderr).toBe('');
    expect(rulesOf(report)).toEqual(['acme/display-name-prefix:error', 'redirect-uri-https:warning']);
    expect(code).toBe(1);
    const reads = api.requests.map((r) => decodeURIComponent(r.path));
    expect(reads).toEqual([
      '/repos/acme/.github/contents/policies/lp-apps.yml',
      '/repos/acme/.github/contents/policies/base.yml',
    ]);
    expect(api.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
    expect(api.violations).toEqual([]);
  });

  test('can be named directly with --policy', async () => {
    api.contents.set('acme/.github@0123abc:strict-apps.yml', 'extends: strict\n');
    const { report } = await cli([
      '--offline',
      '--format',
      'json',
      '--policy',
      'github:acme/.github/strict-apps.yml@0123abc',
    ]);
    expect(report.policy ?? report.findings.length).toBeTruthy();
    expect(rulesOf(report)).toContain('redirect-uri-https:error');
  });

  test('--print-config and --list-rules read it as a run does, through the API with the token', async () => {
    api.contents.set(
      'acme/.github@v3:policies/lp-apps.yml',
      dedent(`
      extends: strict
      rules:
        redirect-uri-https: { severity: warning, allowLoopback: true }
      custom:
        - id: acme/display-name-prefix
          message: display_name must start with "Acme"
          given: /display_name
          schema: { type: string, pattern: "^Acme" }
      overrides:
        - files: ["legacy/**"]
          rules: { acme/display-name-prefix: off }
    `),
    );
    await write('.github/lp-app-policy.yml', 'extends: github:acme/.github/policies/lp-apps.yml@v3\n');
    const app = await cli(['--print-config', 'apps/a.yaml']);
    expect(app.stderr).toBe('');
    expect(app.report.rules['redirect-uri-https']).toEqual(['warning', { allowLoopback: true }]);
    expect(app.report.rules['acme/display-name-prefix']).toEqual(['error']);
    expect((await cli(['--print-config', 'legacy/a.yaml'])).report.rules['acme/display-name-prefix']).toEqual(['off']);
    const listed = await cli(['--list-rules', '--format', 'json']);
    expect(JSON.parse(listed.stdout).at(-1)).toMatchObject({ id: 'acme/display-name-prefix', docsUrl: null });
    expect((await cli(['--print-config', 'apps/a.yaml'], {})).stderr).toContain(
      'cannot be read without a GitHub token',
    );
    expect(api.violations).toEqual([]);
  });

  test('unreachable is exit 2 naming the reference, never a fallback to a weaker policy', async () => {
    await write('.github/lp-app-policy.yml', 'extends: github:acme/.github/policies/missing.yml@v3\n');
    const { code, stdout, stderr } = await cli(['--offline']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      '.github/lp-app-policy.yml:1:10: github:acme/.github/policies/missing.yml@v3 could not be read: HTTP 404',
    );
    expect(stderr).not.toContain(TOKEN);
  });

  test('a server that does not answer is exit 2 naming the reference', async () => {
    await write('.github/lp-app-policy.yml', 'extends: github:acme/.github/p.yml@v3\n');
    const { code, stderr } = await cli(['--offline'], { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: 'http://127.0.0.1:9' });
    expect(code).toBe(2);
    expect(stderr).toContain('github:acme/.github/p.yml@v3 could not be read');
  });

  test('without a token it is exit 2 saying how to give one', async () => {
    await write('.github/lp-app-policy.yml', 'extends: github:acme/.github/p.yml@v3\n');
    const { code, stderr } = await cli(['--offline'], {});
    expect(code).toBe(2);
    expect(stderr).toContain('github:acme/.github/p.yml@v3 cannot be read without a GitHub token (set GITHUB_TOKEN');
  });

  test.each([
    ['github:acme/.github/p.yml', 'must be pinned to a tag, branch or commit'],
    ['github:acme/p.yml@v1', 'is not of the form github:OWNER/REPO/PATH@REF'],
    ['github:acme/.github/../p.yml@v1', 'is not of the form'],
    ['github:acme/.github/p.json@v1', 'must name a .yml or .yaml file'],
  ])('%s is refused before any request', async (reference, message) => {
    await write('.github/lp-app-policy.yml', `extends: ${reference}\n`);
    const { code, stderr } = await cli(['--offline']);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(api.requests).toEqual([]);
  });

  test('a central policy may not leave its repository or name a baseline', async () => {
    api.contents.set('acme/.github@v3:p.yml', 'extends: ../other.yml\n');
    await write('.github/lp-app-policy.yml', 'extends: github:acme/.github/p.yml@v3\n');
    expect((await cli(['--offline'])).stderr).toContain(
      '"../other.yml" leaves the repository of github:acme/.github/p.yml@v3',
    );
    api.contents.set('acme/.github@v3:p.yml', 'baseline: b.json\n');
    expect((await cli(['--offline'])).stderr).toContain(
      'github:acme/.github/p.yml@v3:1:11: a github: policy cannot name a baseline',
    );
  });
});

test('--policy strict names a built-in policy', async () => {
  const { report } = await cli(['--offline', '--format', 'json', '--policy', 'strict'], {});
  expect(rulesOf(report)).toContain('redirect-uri-https:error');
});

describe('init', () => {
  test('writes a starter policy and workflow, and never overwrites them', async () => {
    const first = await cli(['init'], {});
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(
      'wrote .github/lp-app-policy.yml\nwrote .github/workflows/lp-app-manifest-check.yml\n',
    );
    expect(await fs.readFile(path.join(root, '.github/lp-app-policy.yml'), 'utf8')).toBe(STARTER_POLICY);
    expect(await fs.readFile(path.join(root, '.github/workflows/lp-app-manifest-check.yml'), 'utf8')).toBe(
      STARTER_WORKFLOW,
    );
    // The starter policy is one the checker accepts.
    expect((await cli(['--offline'], {})).code).toBe(1);

    await fs.writeFile(path.join(root, '.github/lp-app-policy.yml'), 'extends: strict\n');
    const second = await cli(['init'], {});
    expect(second.code).toBe(2);
    expect(second.stderr).toContain('.github/lp-app-policy.yml exists; init never overwrites a file');
    expect(await fs.readFile(path.join(root, '.github/lp-app-policy.yml'), 'utf8')).toBe('extends: strict\n');
  });

  test('a symlink in place of the policy is not followed', async () => {
    await fs.mkdir(path.join(root, '.github'));
    await fs.symlink(path.join(root, 'apps/a.yaml'), path.join(root, '.github/lp-app-policy.yml'));
    const { code } = await cli(['init'], {});
    expect(code).toBe(2);
    expect(await fs.readFile(path.join(root, 'apps/a.yaml'), 'utf8')).toContain('client_name: com.acme.a');
  });
});

describe('pre-commit', () => {
  test('--only-manifests checks named files only when they are manifests', async () => {
    await write('package.json', '{"name": "x"}\n');
    await write('config.yaml', 'a: 1\n');
    const plain = await cli(['--offline', '--format', 'json', 'package.json', 'apps/a.yaml'], {});
    expect(plain.report.findings.some((f: { file: string }) => f.file === 'package.json')).toBe(true);
    const hook = await cli(
      ['--offline', '--only-manifests', '--format', 'json', 'package.json', 'config.yaml', 'apps/a.yaml'],
      {},
    );
    expect(new Set(hook.report.findings.map((f: { file: string }) => f.file))).toEqual(new Set(['apps/a.yaml']));
    expect(hook.report.summary.manifests).toBe(1);
  });

  test('the hook definition runs the CLI that way', async () => {
    const { parse } = await import('yaml');
    const hooks = parse(await fs.readFile(path.resolve('.pre-commit-hooks.yaml'), 'utf8')) as Array<{
      id: string;
      entry: string;
      language: string;
      require_serial: boolean;
    }>;
    expect(hooks).toHaveLength(1);
    expect(hooks[0]).toMatchObject({ id: 'lp-app-manifest-check', language: 'node', require_serial: true });
    expect(hooks[0].entry.split(' ')).toEqual(
      expect.arrayContaining(['lp-app-manifest-check', '--only-manifests', '--offline']),
    );
  });
});

describe('progress', () => {
  test('on stderr when it is a terminal, cleared before the report; never otherwise', async () => {
    const tty = await cli(['--offline'], {}, true);
    expect(tty.stderr).toContain('lp-app-manifest-check: files 1/1');
    expect(tty.stderr.endsWith('\r\x1b[2K')).toBe(true);
    expect((await cli(['--offline'], {}, false)).stderr).toBe('');
    expect((await cli(['--offline', '--no-progress'], {}, true)).stderr).toBe('');
    expect((await cli(['--offline', '--progress'], {}, false)).stderr).toContain('files 1/1');
  });
});

test('the bundled CLI (dist/cli/index.js) reads a central policy with GITHUB_TOKEN from GITHUB_API_URL', async () => {
  const { execFile } = await import('node:child_process');
  api.contents.set('acme/.github@v3:p.yml', 'extends: recommended\nrules:\n  redirect-uri-https: notice\n');
  await write('.github/lp-app-policy.yml', 'extends: github:acme/.github/p.yml@v3\n');
  const result = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [path.resolve('dist/cli/index.js'), '--offline', '--format', 'json'],
      { cwd: root, env: { PATH: process.env.PATH, GITHUB_TOKEN: TOKEN, GITHUB_API_URL: api.url } },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number((error as { code?: number }).code) : 0, stdout, stderr }),
    );
  });
  expect(result.stderr).toBe('');
  expect(rulesOf(JSON.parse(result.stdout))).toEqual(['redirect-uri-https:notice']);
  expect(result.code).toBe(0);
  expect(api.requests.map((r) => r.authorization)).toEqual([`token ${TOKEN}`]);
});

describe('a policy cannot read files outside the repository', () => {
  test('extends of a path outside the root is exit 2, and nothing of that file is printed', async () => {
    const outside = await fs.mkdtemp(path.join(os.tmpdir(), 'lp-outside-'));
    await fs.writeFile(path.join(outside, 'creds.yml'), 'aws_secret_access_key: AKIAOUTSIDE\n');
    await write(
      '.github/lp-app-policy.yml',
      `extends: ${path.relative(path.join(root, '.github'), path.join(outside, 'creds.yml'))}\n`,
    );
    const relative = await cli(['--offline'], {});
    expect(relative.code).toBe(2);
    expect(relative.stderr).toContain('is outside the repository');
    expect(relative.stderr).not.toContain('aws_secret_access_key');
    // A policy file that is a symlink out of the repository is not read either.
    await fs.rm(path.join(root, '.github/lp-app-policy.yml'));
    await fs.symlink(path.join(outside, 'creds.yml'), path.join(root, '.github/lp-app-policy.yml'));
    const linked = await cli(['--offline'], {});
    expect(linked.code).toBe(2);
    expect(linked.stderr).not.toContain('aws_secret_access_key');
    await fs.rm(outside, { recursive: true, force: true });
  });
});
