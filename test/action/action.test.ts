import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startFakeGitHub, type FakeGitHub } from '../support/fakeGitHub.js';
import {
  pullRequestEvent as bundledPullRequestEvent,
  runBundledAction,
  WORKFLOW_TOKEN,
  type RunResult,
} from '../support/bundledAction.js';

const TOKEN = WORKFLOW_TOKEN;
const HEADER_SECRET = 'Bearer s3cr3t-webhook-credential-42';
const CLIENT_SECRET = 'committed-client-secret-99';

let api: FakeGitHub;
let workspace: string;
let temp: string;
let baseSha: string;
let headSha: string;

function git(...args: string[]): string {
  return execFileSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...args], {
    cwd: workspace,
    encoding: 'utf8',
  }).trim();
}

async function write(file: string, text: string): Promise<void> {
  await fs.mkdir(path.dirname(path.join(workspace, file)), { recursive: true });
  await fs.writeFile(path.join(workspace, file), text);
}

beforeAll(async () => {
  api = await startFakeGitHub();
});
afterAll(async () => {
  await api.close();
});

beforeEach(async () => {
  temp = await fs.mkdtemp(path.join(os.tmpdir(), 'lp-action-'));
  workspace = path.join(temp, 'workspace');
  await fs.mkdir(workspace);
  api.comments.length = 0;
  api.requests.length = 0;
  api.violations.length = 0;
  api.readOnly = false;
  api.failNext = 0;
  api.faults.length = 0;
  // Base: a strict policy and two manifests.
  git('init', '-q', '-b', 'main');
  await write('.github/lp-app-policy.yml', 'extends: recommended\nrules:\n  client-name-format: error\n');
  await write('apps/a.json', '{\n  "client_name": "com.acme.a",\n  "redirect_uris": ["http://a.acme.example/cb"]\n}\n');
  await write('apps/b.yaml', 'client_name: com.acme.b\nscope: msg.consumer\n');
  git('add', '.');
  git('commit', '-qm', 'base');
  baseSha = git('rev-parse', 'HEAD');
  // Head: the pull request loosens the policy, adds a manifest with secrets and touches b.yaml.
  await write(
    '.github/lp-app-policy.yml',
    'extends: recommended\nrules:\n  redirect-uri-https: off\n  client-name-format: off\n  client-secret-committed: off\n',
  );
  await write(
    'apps/c.json',
    JSON.stringify(
      {
        client_name: 'com.acme.a',
        display_name: 'x::error::forged%0A<b>@octocat</b>',
        client_secret: CLIENT_SECRET,
        capabilities: {
          webhooks: {
            'cqm.ExConversationChangeNotification': {
              endpoint: 'https://h.acme.example/',
              headers: [{ header_name: 'Authorization', header_value: HEADER_SECRET }],
            },
          },
        },
      },
      null,
      2,
    ) + '\n',
  );
  await write('apps/b.yaml', 'client_name: NotReverseDns\nscope: msg.consumer\n');
  git('add', '.');
  git('commit', '-qm', 'head');
  headSha = git('rev-parse', 'HEAD');
});
afterEach(async () => {
  await fs.rm(temp, { recursive: true, force: true });
});

/** Runs the committed dist/index.js as the runner does (test/support/bundledAction.ts), timed. */
async function runAction(
  inputs: Record<string, string> = {},
  event = pullRequestEvent(),
): Promise<RunResult & { ms: number }> {
  const start = performance.now();
  const result = await runBundledAction({
    workspace: { dir: workspace, temp },
    apiUrl: api.url,
    event,
    sha: headSha,
    // These tests read annotations as workflow commands and count the comment's requests: the check run and suggested
    // changes are what the tests under "the pull request shows everything" turn on.
    inputs: { 'check-run': 'never', suggestions: 'false', ...inputs },
  });
  return { ...result, ms: performance.now() - start };
}

function pullRequestEvent(base = baseSha, head = headSha) {
  return bundledPullRequestEvent(base, head);
}

const annotations = (stdout: string) => stdout.split('\n').filter((l) => /^::(error|warning|notice) /.test(l));

describe('on a pull request', () => {
  test('annotations, outputs, summary and one sticky comment, judged by the base branch policy', async () => {
    const first = await runAction();
    expect(first.code).toBe(1);
    const lines = annotations(first.stdout);
    // The base policy still applies: the PR cannot turn these off.
    expect(lines).toContain(
      '::error title=redirect-uri-https,file=apps/a.json,line=3,endLine=3,col=21,endColumn=47::redirect URI uses http:, not https:',
    );
    expect(lines.some((l) => l.startsWith('::error title=client-secret-committed,file=apps/c.json'))).toBe(true);
    expect(lines.some((l) => l.startsWith('::error title=client-name-format,file=apps/b.yaml,line=1'))).toBe(true);
    expect(
      lines.some(
        (l) =>
          l.startsWith('::error title=client-name-unique,file=apps/c.json,line=2') &&
          l.endsWith('already used by apps/a.json'),
      ),
    ).toBe(true);
    expect(first.stdout).toContain('Policy: .github/lp-app-policy.yml (from the base commit');
    expect(first.outputs).toMatchObject({
      result: 'fail',
      manifests: '3',
      errors: String(first.report.summary.errors),
      warnings: '1',
      notices: '0',
    });
    expect(first.summary).toContain(`(https://github.com/acme/apps/blob/${headSha}/apps/a.json#L3)`);
    expect(first.summary).toContain('| ❌ error | [redirect-uri-https]');

    expect(api.comments).toHaveLength(1);
    expect(api.comments[0].body.split('\n')[0]).toBe('<!-- lp-app-manifest-check --><!-- manifests/check -->');
    expect(api.violations).toEqual([]);
    expect(api.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);

    // A second run finds the comment across pages of other comments and updates it in place.
    for (let i = 0; i < 150; i++)
      api.comments.unshift({ id: i + 1, body: `chatter ${i}`, user: { login: 'someone', type: 'User' }, html_url: '' });
    await write(
      'apps/a.json',
      '{\n  "client_name": "com.acme.a",\n  "redirect_uris": ["https://a.acme.example/cb"]\n}\n',
    );
    const second = await runAction();
    expect(api.comments.filter((c) => c.body.startsWith('<!-- lp-app-manifest-check -->'))).toHaveLength(1);
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(api.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
    expect(
      api.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/comments')).length,
    ).toBeGreaterThanOrEqual(3);
    expect(api.comments.at(-1)!.body).not.toContain('redirect-uri-https');
    expect(second.outputs.result).toBe('fail');
    expect(api.violations).toEqual([]);
  });

  test('policy-from head lets the pull request policy apply', async () => {
    const { stdout } = await runAction({ 'policy-from': 'head' });
    expect(annotations(stdout).some((l) => l.includes('title=redirect-uri-https'))).toBe(false);
    expect(annotations(stdout).some((l) => l.includes('title=client-secret-committed'))).toBe(false);
  });

  test('the base policy comes from the contents API when the base commit is not fetched', async () => {
    const missingBase = 'f'.repeat(40);
    api.contents.set(`${missingBase}:.github/lp-app-policy.yml`, 'extends: strict\n');
    const { stdout } = await runAction({}, pullRequestEvent(missingBase, headSha));
    // strict: webhook-header-secret is an error
    expect(annotations(stdout).some((l) => l.startsWith('::error title=webhook-header-secret'))).toBe(true);
  });

  test('a central policy is read with policy-token, and only it; the comment keeps token', async () => {
    const POLICY_TOKEN = 'ghs_policyReaderToken0123456789';
    api.contents.set('acme/.github@v3:p.yml', 'extends: recommended\nrules:\n  redirect-uri-https: notice\n');
    await write('.github/lp-app-policy.yml', 'extends: github:acme/.github/p.yml@v3\n');
    git('commit', '-qam', 'central policy');
    const { stdout } = await runAction(
      { 'policy-token': POLICY_TOKEN },
      pullRequestEvent(git('rev-parse', 'HEAD'), git('rev-parse', 'HEAD')),
    );
    expect(annotations(stdout).some((l) => l.startsWith('::notice title=redirect-uri-https'))).toBe(true);
    const byToken = (token: string) => api.requests.filter((r) => r.authorization === `token ${token}`);
    expect(byToken(POLICY_TOKEN).map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /repos/acme/.github/contents/p.yml',
    ]);
    expect(byToken(TOKEN).some((r) => r.method === 'POST' && r.path.endsWith('/comments'))).toBe(true);
    expect(byToken(TOKEN).some((r) => r.path.startsWith('/repos/acme/.github/'))).toBe(false);
    expect(stdout.split('\n').filter((l) => l.includes(POLICY_TOKEN))).toEqual([`::add-mask::${POLICY_TOKEN}`]);
  });

  test('a base policy that cannot be read stops the run instead of falling back to a weaker one', async () => {
    const missingBase = 'e'.repeat(40);
    api.faults.push({ status: 401, message: 'Bad credentials' });
    const { code, stdout, outputs } = await runAction({}, pullRequestEvent(missingBase, headSha));
    expect(code).toBe(2);
    expect(stdout).toMatch(
      /^::error::the policy of the base commit [0-9a-f]{12} could not be read \(.*HTTP 401: Bad credentials/m,
    );
    // No verdict was reached: a later step reading the result must not see an empty one.
    expect(outputs.result).toBe('fail');
  });

  test("the policy's baseline suppresses the findings it records, as in the CLI", async () => {
    await write('.github/lp-app-policy.yml', 'extends: recommended\nbaseline: lp-app-baseline.json\n');
    const { runCli } = await import('../../src/cli/main.js');
    const written = await runCli(['--offline', '--write-baseline', '.github/lp-app-baseline.json'], {
      stdout: () => undefined,
      stderr: () => undefined,
      cwd: workspace,
      env: {},
      isTTY: false,
    });
    expect(written).toBe(1);
    const { code, outputs, report, stdout } = await runAction({ 'policy-from': 'head' });
    expect(stdout).not.toContain('::error::');
    expect(report.summary.errors).toBe(0);
    expect(report.summary.suppressed).toBeGreaterThan(0);
    expect(outputs.result).toBe('pass');
    expect(code).toBe(0);
  });

  test('a file named like a built-in policy in the pull request does not replace the built-in', async () => {
    await write('strict', 'extends: recommended\nrules:\n  webhook-header-secret: off\n');
    git('add', '.');
    git('commit', '-qm', 'shadow strict');
    const { stdout } = await runAction({ policy: 'strict' }, pullRequestEvent(baseSha, git('rev-parse', 'HEAD')));
    expect(stdout).toContain('Policy: built-in strict');
    expect(annotations(stdout).some((l) => l.startsWith('::error title=webhook-header-secret'))).toBe(true);
  });

  test('sarif-file never follows a symlink out of the workspace', async () => {
    const victim = path.join(temp, 'victim.txt');
    await fs.writeFile(victim, 'precious');
    await fs.symlink(victim, path.join(workspace, 'out.sarif'));
    await fs.mkdir(path.join(temp, 'elsewhere'));
    await fs.symlink(path.join(temp, 'elsewhere'), path.join(workspace, 'reports'));
    const file = await runAction({ 'sarif-file': 'out.sarif' });
    expect(file.stdout).toContain('::error::sarif-file out.sarif: the file is a symlink; not written');
    const directory = await runAction({ 'sarif-file': 'reports/x.sarif' });
    expect(directory.stdout).toContain(
      '::error::sarif-file reports/x.sarif: symlink points outside the root; not written',
    );
    const outside = await runAction({ 'sarif-file': '../x.sarif' });
    expect(outside.stdout).toContain('::error::sarif-file ../x.sarif: outside the root; not written');
    expect(await fs.readFile(victim, 'utf8')).toBe('precious');
    expect(await fs.readdir(path.join(temp, 'elsewhere'))).toEqual([]);
    const ok = await runAction({ 'sarif-file': 'out/results.sarif' });
    expect(JSON.parse(await fs.readFile(ok.outputs['sarif-file'], 'utf8')).version).toBe('2.1.0');
  });

  test('only-changed checks the changed manifests while cross-file rules still see all', async () => {
    const { report } = await runAction({ 'only-changed': 'true' });
    expect(new Set(report.findings.map((f) => f.file))).toEqual(new Set(['apps/b.yaml', 'apps/c.json']));
    expect(report.findings.some((f) => f.ruleId === 'client-name-unique' && f.file === 'apps/c.json')).toBe(true);
  });

  test('a read-only token (fork) is a warning; annotations, summary, outputs and the result are unaffected', async () => {
    api.readOnly = true;
    const { code, stdout, outputs, summary } = await runAction();
    expect(stdout).toMatch(
      /^::warning::The pull request comment could not be written: HTTP 403: Resource not accessible by integration/m,
    );
    expect(code).toBe(1);
    expect(outputs.result).toBe('fail');
    expect(summary).toContain('redirect-uri-https');
    expect(annotations(stdout).filter((l) => l.startsWith('::error')).length).toBeGreaterThan(0);
    expect(api.comments).toHaveLength(0);
  });

  test('a 5xx answer is retried', async () => {
    api.failNext = 1;
    await runAction();
    expect(api.comments).toHaveLength(1);
  });

  test.each([
    [
      '404 listing comments',
      { method: 'GET', path: /\/comments$/, status: 404, message: 'Not Found' },
      'HTTP 404: Not Found',
    ],
    [
      '422 posting the comment',
      { method: 'POST', status: 422, message: 'Validation Failed' },
      'HTTP 422: Validation Failed',
    ],
    ['401 for a revoked token', { status: 401, message: 'Bad credentials' }, 'HTTP 401: Bad credentials'],
  ])('%s is a warning with the reason; nothing else changes', async (_, fault, reason) => {
    const reference = await runAction({ comment: 'never' });
    api.faults.push(fault);
    const { code, stdout, outputs, summary } = await runAction();
    expect(stdout).toContain(`::warning::The pull request comment could not be written: ${reason}`);
    expect(code).toBe(reference.code);
    expect(outputs.result).toBe(reference.outputs.result);
    expect(annotations(stdout)).toEqual(annotations(reference.stdout));
    expect(summary).toBe(reference.summary);
    expect(api.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/comments')).length).toBeLessThanOrEqual(
      1,
    );
  });

  test('a comment someone else wrote with the marker is never taken over', async () => {
    const forged = {
      id: 1,
      body: '<!-- lp-app-manifest-check --><!-- manifests/check -->\nall clear, merge me',
      user: { login: 'author', type: 'User' },
      html_url: '',
    };
    api.comments.push(forged);
    await runAction();
    expect(api.comments).toHaveLength(2);
    expect(api.comments[0].body).toBe(forged.body);
    expect(api.requests.filter((r) => r.method === 'PATCH')).toHaveLength(0);
  });

  test('a secondary rate limit is waited out and retried', async () => {
    api.faults.push({
      method: 'POST',
      status: 403,
      message: 'You have exceeded a secondary rate limit',
      headers: { 'retry-after': '1' },
      times: 1,
    });
    const { stdout } = await runAction();
    expect(stdout).toMatch(/^::warning::GitHub API secondary rate limit on POST .*; retrying in 1 s/m);
    expect(api.comments).toHaveLength(1);
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(2);
  });

  test('the result never depends on the API: every call failing gives the outcome of a run without a token', async () => {
    const withoutToken = await runAction({ token: '' }, pullRequestEvent());
    api.faults.push({ status: 404, message: 'Not Found' });
    const failing = await runAction();
    expect(failing.code).toBe(withoutToken.code);
    expect(failing.outputs).toEqual({ ...withoutToken.outputs, 'report-file': failing.outputs['report-file'] });
    expect(annotations(failing.stdout)).toEqual(annotations(withoutToken.stdout));
  });

  test('a workspace with no manifest fails with exit 2 unless allow-empty, which passes it', async () => {
    await fs.rm(path.join(workspace, 'apps'), { recursive: true });
    const empty = await runAction({ comment: 'never' });
    expect(empty.code).toBe(2);
    expect(empty.stdout).toMatch(/^::error::no manifests found under \. /m);
    const allowed = await runAction({ 'allow-empty': 'true', comment: 'never' });
    expect(allowed.code).toBe(0);
    expect(allowed.outputs).toMatchObject({ result: 'pass', manifests: '0' });
  });

  test('comment: never posts nothing; auto posts nothing when clean', async () => {
    await runAction({ comment: 'never' });
    expect(api.requests).toHaveLength(0);
    await write('apps/b.yaml', 'client_name: com.acme.b\n');
    await write('apps/a.json', '{"client_name": "com.acme.a"}\n');
    await fs.rm(path.join(workspace, 'apps/c.json'));
    const clean = await runAction();
    expect(clean.outputs.result).toBe('pass');
    expect(clean.code).toBe(0);
    expect(api.comments).toHaveLength(0);
  });
});

test('no secret value appears in any output, and manifest text cannot inject commands or markup', async () => {
  const result = await runAction({ 'sarif-file': 'out/results.sarif' });
  const visible = result.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  const everything = [
    visible,
    result.summary,
    JSON.stringify(result.outputs),
    JSON.stringify(result.report),
    ...api.comments.map((c) => c.body),
    await fs.readFile(path.join(workspace, 'out/results.sarif'), 'utf8'),
  ].join('\n');
  for (const secret of [TOKEN, HEADER_SECRET, 's3cr3t-webhook-credential-42', CLIENT_SECRET])
    expect(everything).not.toContain(secret);
  // Registered with the runner's masking too.
  expect(result.stdout).toContain(`::add-mask::${HEADER_SECRET}`);
  expect(result.stdout).toContain(`::add-mask::${CLIENT_SECRET}`);
  // The forged command in display_name is escaped data, never a command of its own.
  expect(result.stdout.split('\n').filter((l) => l.startsWith('::error::forged'))).toEqual([]);
  expect(api.comments[0].body).not.toMatch(/<b>|@octocat/);
});

describe('the comment: only the token’s own account’s is ever edited', () => {
  const OTHER_INSTALLATION = 'ghs_acmeChecksInstallationToken00';
  const PAT = 'ghp_releaseManagerPersonalToken00';
  const MARKER = '<!-- lp-app-manifest-check --><!-- manifests/check -->';
  const foreign = () => [
    { id: 1, body: `${MARKER}\nall clear (another app)`, user: { login: 'other-app[bot]', id: 777, type: 'Bot' } },
    { id: 2, body: `${MARKER}\nall clear (a user)`, user: { login: 'mallory', id: 31337, type: 'User' } },
  ];
  beforeAll(() => {
    api.accounts.set(OTHER_INSTALLATION, { login: 'acme-checks[bot]', id: 9001, type: 'Bot', installation: true });
    api.accounts.set(PAT, { login: 'release-manager', id: 4242, type: 'User', installation: false });
  });

  test.each([
    ['the workflow token', TOKEN, 'github-actions[bot]', []],
    ['another app’s installation token', OTHER_INSTALLATION, 'acme-checks[bot]', ['POST /graphql']],
    ['a personal access token', PAT, 'release-manager', ['GET /user']],
  ])(
    '%s: comments by another app and by a user with the marker are left alone; its own is updated',
    async (_, token, login, lookups) => {
      api.comments.push(...foreign().map((c) => ({ ...c, html_url: '' })));
      const first = await runAction({ token });
      const second = await runAction({ token });
      expect(api.comments.slice(0, 2).map((c) => c.body)).toEqual(foreign().map((c) => c.body));
      expect(api.comments).toHaveLength(3);
      expect(api.comments[2].user.login).toBe(login);
      const patches = api.requests.filter((r) => r.method === 'PATCH');
      expect(patches.map((r) => r.path)).toEqual([`/repos/acme/apps/issues/comments/${api.comments[2].id}`]);
      // The workflow token is known without a call; other tokens are asked once per run.
      const asked = api.requests.filter((r) => r.path === '/user' || r.path === '/graphql');
      expect(asked.map((r) => `${r.method} ${r.path}`)).toEqual([...lookups, ...lookups]);
      for (const run of [first, second]) {
        expect(run.stdout).not.toMatch(/^::warning::Pull request comment/m);
        // Registered with the runner's masking, and printed nowhere else.
        expect(run.stdout).toContain(`::add-mask::${token}`);
        expect(run.stdout.replace(`::add-mask::${token}`, '')).not.toContain(token);
      }
      expect(api.violations).toEqual([]);
    },
  );

  test('a token whose account cannot be established edits nothing, says so, and posts anew', async () => {
    api.comments.push(...foreign().map((c) => ({ ...c, html_url: '' })));
    api.faults.push({ path: /^\/(user|graphql)$/, status: 401, message: 'Bad credentials' });
    const { stdout, outputs } = await runAction({ token: 'ghp_unknownAccountToken000000000' });
    expect(api.requests.filter((r) => r.method === 'PATCH')).toHaveLength(0);
    expect(api.comments).toHaveLength(3);
    expect(stdout).toMatch(
      /^::warning::Pull request comment: could not establish which account the token comments as \(GET \/user: HTTP 401: Bad credentials.*\), so 2 earlier comment\(s\) with this job's marker are left as they are; a new comment was posted instead$/m,
    );
    expect(outputs.result).toBe('fail');
  });
});

describe('a GitHub API that never answers costs the run its api-timeout, no more', () => {
  const BUDGET_S = 2;
  // The step's own work (start-up, checking, writing) on a busy machine, on top of the budget.
  const SLACK_MS = 8000;
  const spent = (request: string) =>
    `${request}: the run's time for the GitHub API (${BUDGET_S} s, input api-timeout) ran out before GitHub answered`;
  const comparable = (run: RunResult) => ({
    code: run.code,
    outputs: { ...run.outputs, 'report-file': 'x' },
    annotations: annotations(run.stdout),
    summary: run.summary,
  });

  test.each([
    ['accepts and never answers', { hang: true }],
    ['drips its answer', { dripMs: 500 }],
  ])(
    'a comment endpoint that %s is a warning; verdict, annotations, summary and outputs as without it',
    async (_, pace) => {
      api.comments.push({
        id: 1,
        body: 'an unrelated comment',
        user: { login: 'u', id: 1, type: 'User' },
        html_url: '',
      });
      const reference = await runAction({ comment: 'never' });
      api.faults.push({ method: 'GET', path: /\/issues\/7\/comments$/, ...pace });
      const run = await runAction({ 'api-timeout': String(BUDGET_S) });
      expect(run.stdout).toContain(
        `::warning::The pull request comment could not be written: ${spent('GET /repos/acme/apps/issues/7/comments')}`,
      );
      expect(comparable(run)).toEqual(comparable(reference));
      expect(run.code).toBe(1);
      expect(run.ms).toBeLessThan(BUDGET_S * 1000 + SLACK_MS);
    },
  );

  test('a check run endpoint that never answers: the annotations go out as workflow commands, the verdict as without it', async () => {
    const reference = await runAction({ comment: 'never' });
    api.faults.push({ path: /\/check-runs$/, hang: true });
    const run = await runAction({ comment: 'never', 'check-run': 'auto', 'api-timeout': String(BUDGET_S) });
    expect(run.stdout).toContain(
      `::warning::The check run could not be created: ${spent('POST /repos/acme/apps/check-runs')}. Annotations are emitted as workflow commands instead.`,
    );
    expect(annotations(run.stdout)).toEqual(annotations(reference.stdout));
    expect(run.code).toBe(reference.code);
    expect(run.outputs).toEqual({ ...reference.outputs, 'report-file': run.outputs['report-file'] });
    expect(run.ms).toBeLessThan(BUDGET_S * 1000 + SLACK_MS);
  });

  test('a central policy that never answers is exit 2 naming it; the result output is fail', async () => {
    api.faults.push({ path: /\/contents\//, hang: true });
    const run = await runAction({ policy: 'github:acme/.github/lp-apps.yml@v1', 'api-timeout': String(BUDGET_S) });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(
      `::error::github:acme/.github/lp-apps.yml@v1 could not be read: ${spent('GET /repos/acme/.github/contents/lp-apps.yml')}`,
    );
    expect(run.outputs.result).toBe('fail');
    expect(run.ms).toBeLessThan(BUDGET_S * 1000 + SLACK_MS);
  });

  test('a base policy read through the API that never answers is exit 2', async () => {
    const missingBase = 'e'.repeat(40);
    api.faults.push({ path: /\/contents\//, hang: true });
    const run = await runAction({ 'api-timeout': String(BUDGET_S) }, pullRequestEvent(missingBase, headSha));
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(
      `::error::the policy of the base commit eeeeeeeeeeee could not be read (.github/lp-app-policy.yml could not be read at the base commit eeeeeeeeeeee: ${spent(`GET /repos/acme/apps/contents/.github/lp-app-policy.yml`)}`,
    );
    expect(run.outputs.result).toBe('fail');
    expect(run.ms).toBeLessThan(BUDGET_S * 1000 + SLACK_MS);
  });

  test('a baseline read through the API that never answers is exit 2', async () => {
    const missingBase = 'd'.repeat(40);
    api.contents.set(
      `${missingBase}:.github/lp-app-policy.yml`,
      'extends: recommended\nbaseline: lp-app-baseline.json\n',
    );
    api.faults.push({ path: /lp-app-baseline\.json$/, hang: true });
    const run = await runAction({ 'api-timeout': String(BUDGET_S) }, pullRequestEvent(missingBase, headSha));
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(
      `::error::baseline .github/lp-app-baseline.json (the base commit dddddddddddd): .github/lp-app-baseline.json could not be read at the base commit dddddddddddd: ${spent('GET /repos/acme/apps/contents/.github/lp-app-baseline.json')}`,
    );
    expect(run.outputs.result).toBe('fail');
    expect(run.ms).toBeLessThan(BUDGET_S * 1000 + SLACK_MS);
  });

  test('only-changed whose file list never comes checks every manifest, with a warning', async () => {
    // The base commit is not fetched, so the file list comes from the API; the policy is a built-in, so only the
    // file list does (a budget spent on it leaves none for a base policy read after it: that one fails closed).
    const missingBase = 'c'.repeat(40);
    const inputs = { comment: 'never', policy: 'recommended' };
    const reference = await runAction(inputs, pullRequestEvent(missingBase, headSha));
    api.faults.push({ path: /\/pulls\/7\/files$/, hang: true });
    const run = await runAction(
      { ...inputs, 'only-changed': 'true', 'api-timeout': String(BUDGET_S) },
      pullRequestEvent(missingBase, headSha),
    );
    expect(run.stdout).toContain(
      `::warning::only-changed: the changed files could not be listed (${spent('GET /repos/acme/apps/pulls/7/files')}); checking every manifest`,
    );
    expect(comparable(run)).toEqual(comparable(reference));
    expect(run.report.findings).toEqual(reference.report.findings);
    // apps/a.json is not changed by the pull request: only-changed would have left its findings out.
    expect(run.report.findings.some((f) => f.file === 'apps/a.json')).toBe(true);
    expect(run.ms).toBeLessThan(BUDGET_S * 1000 + SLACK_MS);
  });

  test.each(['0', '-1', 'soon', '1e3', '3601'])('api-timeout "%s" is exit 2 naming the input', async (value) => {
    const run = await runAction({ 'api-timeout': value });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(
      `::error::input api-timeout must be a number of seconds above 0 and at most 3600, not "${value}"`,
    );
  });
});

describe('the pull request shows everything, where it was changed', () => {
  const everything = { 'check-run': 'auto', suggestions: 'true' };
  const CHECK_NAME = 'lp-app-manifest-check / manifests/check';
  beforeEach(() => {
    api.checkRuns.length = 0;
    api.reviews.length = 0;
    api.reviewComments.length = 0;
    api.prFiles.length = 0;
  });

  /** 30 more manifests with findings, so that the run has well over 50 annotations. */
  async function manyFindings(): Promise<void> {
    for (let i = 0; i < 30; i++)
      await write(
        `apps/many/m${i}.json`,
        JSON.stringify({ client_name: `bad name ${i}`, redirect_uris: [`http://x${i}.acme.example/cb`] }, null, 2) +
          '\n',
      );
    git('add', '.');
    git('commit', '-qm', 'many');
  }

  test('every finding is an annotation of one check run, 50 per request, errors first; the summary says where', async () => {
    await manyFindings();
    const head = git('rev-parse', 'HEAD');
    const run = await runAction(everything, pullRequestEvent(baseSha, head));
    const unsuppressed = run.report.findings.filter((f) => !(f as { suppressed?: unknown }).suppressed);
    expect(unsuppressed.length).toBeGreaterThan(50);
    expect(api.checkRuns).toHaveLength(1);
    const [check] = api.checkRuns;
    expect(check).toMatchObject({ name: CHECK_NAME, head_sha: head, status: 'completed', conclusion: 'failure' });
    expect(check.annotations).toHaveLength(unsuppressed.length);
    expect(check.requests).toBe(Math.ceil(unsuppressed.length / 50));
    const levels = check.annotations.map((a) => a.annotation_level);
    expect(levels).toEqual(
      [...levels].sort(
        (a, b) =>
          ['failure', 'warning', 'notice'].indexOf(String(a)) - ['failure', 'warning', 'notice'].indexOf(String(b)),
      ),
    );
    expect(
      new Set(check.annotations.map((a) => `${String(a.path)}:${String(a.start_line)}:${String(a.title)}`)),
    ).toEqual(new Set(unsuppressed.map((f) => `${f.file}:${(f as unknown as { line: number }).line}:${f.ruleId}`)));
    // Not twice: no workflow command annotations beside the check run.
    expect(annotations(run.stdout)).toEqual([]);
    expect(run.summary).toContain(`${unsuppressed.length} annotation(s) were posted to the check run "${CHECK_NAME}".`);
    expect(run.code).toBe(1);
    expect(api.violations).toEqual([]);

    // fail-on never: the check run's conclusion follows it.
    api.checkRuns.length = 0;
    await runAction({ ...everything, 'fail-on': 'never' }, pullRequestEvent(baseSha, head));
    expect(api.checkRuns[0].conclusion).toBe('success');
  });

  test('without checks write (a fork), workflow commands as before, and the summary says so', async () => {
    await manyFindings();
    api.readOnly = true;
    const run = await runAction(everything, pullRequestEvent(baseSha, git('rev-parse', 'HEAD')));
    expect(api.checkRuns).toEqual([]);
    expect(run.stdout).toMatch(
      /^The check run could not be created: HTTP 403: Resource not accessible by integration/m,
    );
    expect(run.stdout).not.toMatch(/^::(warning|error)::The check run/m);
    const unsuppressed = run.report.findings.length;
    expect(annotations(run.stdout)).toHaveLength(unsuppressed);
    expect(run.summary).toContain(`${unsuppressed} annotation(s) were emitted as workflow commands on this step.`);
    expect(run.summary).toMatch(
      /The runner shows 10 error annotations per step: \d+ more errors are listed only here\./,
    );
    expect(run.code).toBe(1);
  });

  test('check-run: always makes a check run that cannot be created an error (exit 2); the annotations still go out', async () => {
    api.readOnly = true;
    const run = await runAction({ ...everything, 'check-run': 'always' });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/^::error::check-run: always: HTTP 403/m);
    expect(annotations(run.stdout).some((l) => l.startsWith('::error title=redirect-uri-https'))).toBe(true);
    expect(run.outputs.result).toBe('fail');
  });

  test('the check run holds no secret and no live markup: its text is the engine’s redacted findings', async () => {
    const run = await runAction(everything);
    const sent = JSON.stringify({ checkRuns: api.checkRuns, reviews: api.reviews, comments: api.reviewComments });
    expect(api.checkRuns[0].annotations.length).toBe(run.report.findings.length);
    for (const secret of [TOKEN, HEADER_SECRET, 's3cr3t-webhook-credential-42', CLIENT_SECRET])
      expect(sent).not.toContain(secret);
    expect(api.checkRuns[0].output!.summary).not.toMatch(/<b>|@octocat/);
    // Each annotation says what the report says, word for word.
    const messages = new Set(run.report.findings.map((f) => (f as unknown as { message: string }).message));
    for (const annotation of api.checkRuns[0].annotations) expect(messages.has(String(annotation.message))).toBe(true);
  });

  test('check-run: never, and a bad value is exit 2 naming the input', async () => {
    await runAction({ ...everything, 'check-run': 'never' });
    expect(api.checkRuns).toEqual([]);
    const bad = await runAction({ 'check-run': 'sometimes' });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toContain('::error::input check-run must be one of auto, always, never, not "sometimes"');
  });

  describe('only-changed', () => {
    /** a.json gains a grant type the schema refuses on a new line 3; its http redirect moves to line 4, a line it did not change. */
    async function touchA(): Promise<string> {
      await write(
        'apps/a.json',
        '{\n  "client_name": "com.acme.a",\n  "grant_types": ["implicit"],\n  "redirect_uris": ["http://a.acme.example/cb"]\n}\n',
      );
      git('commit', '-qam', 'an implicit grant');
      return git('rev-parse', 'HEAD');
    }
    const rulesOf = (run: RunResult, file: string) =>
      run.report.findings
        .filter((f) => f.file === file)
        .map((f) => `${(f as unknown as { line: number }).line} ${f.ruleId}`)
        .sort();

    test('lines: only the findings on changed lines; files (and true) every finding of a changed file', async () => {
      const head = await touchA();
      const lines = await runAction({ 'only-changed': 'lines', comment: 'never' }, pullRequestEvent(baseSha, head));
      expect(rulesOf(lines, 'apps/a.json')).toEqual(['3 schema']);
      // b.yaml's changed first line keeps its finding; c.json is all new; cross-file rules still saw every manifest.
      expect(lines.report.findings.some((f) => f.file === 'apps/b.yaml' && f.ruleId === 'client-name-format')).toBe(
        true,
      );
      expect(lines.report.findings.some((f) => f.file === 'apps/c.json' && f.ruleId === 'client-name-unique')).toBe(
        true,
      );
      expect(lines.summary).not.toContain('redirect-uri-https');
      expect(lines.outputs.errors).toBe(String(lines.report.summary.errors));
      for (const value of ['files', 'true']) {
        const files = await runAction({ 'only-changed': value, comment: 'never' }, pullRequestEvent(baseSha, head));
        expect(rulesOf(files, 'apps/a.json')).toEqual(['3 schema', '4 redirect-uri-https']);
      }
      const off = await runAction({ 'only-changed': 'false', comment: 'never' }, pullRequestEvent(baseSha, head));
      expect(off.report.findings.length).toBeGreaterThan(lines.report.findings.length);
    });

    test('lines from the files API when the base commit is not fetched: its patches, as git would give them', async () => {
      const head = await touchA();
      const missingBase = '9'.repeat(40);
      api.contents.set(
        `${missingBase}:.github/lp-app-policy.yml`,
        'extends: recommended\nrules:\n  client-name-format: error\n',
      );
      const diff = (file: string) =>
        execFileSync('git', ['diff', `${baseSha}`, head, '--', file], { cwd: workspace, encoding: 'utf8' });
      const patch = (file: string) => diff(file).slice(diff(file).indexOf('@@'));
      api.prFiles.push(
        { filename: 'apps/a.json', patch: patch('apps/a.json') },
        { filename: 'apps/b.yaml', patch: patch('apps/b.yaml') },
        { filename: 'apps/c.json', status: 'added', patch: patch('apps/c.json') },
        { filename: '.github/lp-app-policy.yml', patch: patch('.github/lp-app-policy.yml') },
      );
      const viaApi = await runAction(
        { 'only-changed': 'lines', comment: 'never' },
        pullRequestEvent(missingBase, head),
      );
      expect(api.requests.some((r) => r.path === '/repos/acme/apps/pulls/7/files')).toBe(true);
      expect(rulesOf(viaApi, 'apps/a.json')).toEqual(['3 schema']);
      const viaGit = await runAction({ 'only-changed': 'lines', comment: 'never' }, pullRequestEvent(baseSha, head));
      expect(viaApi.report.findings).toEqual(viaGit.report.findings);
      // A file whose patch GitHub left out (too large) has every line counted as changed.
      api.prFiles[0] = { filename: 'apps/a.json' };
      const noPatch = await runAction(
        { 'only-changed': 'lines', comment: 'never' },
        pullRequestEvent(missingBase, head),
      );
      expect(rulesOf(noPatch, 'apps/a.json')).toEqual(['3 schema', '4 redirect-uri-https']);
      expect(api.violations).toEqual([]);
    });

    test('a bad value is exit 2 naming the input and its values', async () => {
      const run = await runAction({ 'only-changed': 'some' });
      expect(run.code).toBe(2);
      expect(run.stdout).toContain(
        '::error::input only-changed must be one of false, files, lines (true means files), not "some"',
      );
    });
  });

  describe('suggested changes', () => {
    const scope = createHash('sha256').update('manifests/check').digest('hex').slice(0, 12);
    const marked = (id: number, login: string, key: string) => ({
      id,
      pull_request_review_id: 1,
      body: `**schema**: old\n\n\`\`\`suggestion\nx\n\`\`\`\n<!-- lp-app-manifest-check suggestion ${scope} ${key} -->`,
      path: 'apps/b.yaml',
      line: 1,
      start_line: null,
      side: 'RIGHT',
      commit_id: baseSha,
      user: { login, id: 1, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
      html_url: '',
    });

    test('on the next push, our earlier suggestions that no longer apply are deleted; anyone else’s stay', async () => {
      api.reviewComments.push(marked(11, 'github-actions[bot]', 'aaaa'), marked(12, 'mallory', 'bbbb'));
      const run = await runAction({ ...everything, 'check-run': 'never' });
      expect(api.reviewComments.map((c) => c.id)).toEqual([12]);
      expect(api.requests.filter((r) => r.method === 'DELETE').map((r) => r.path)).toEqual([
        '/repos/acme/apps/pulls/comments/11',
      ]);
      expect(run.summary).toContain('1 earlier suggestion(s) that no longer apply deleted.');
      expect(api.reviews).toEqual([]);
      expect(api.violations).toEqual([]);
    });

    test('suggestions: false asks nothing about review comments', async () => {
      api.reviewComments.push(marked(11, 'github-actions[bot]', 'aaaa'));
      await runAction({ ...everything, suggestions: 'false' });
      expect(api.requests.some((r) => r.path.includes('/pulls/7/comments'))).toBe(false);
      expect(api.reviewComments).toHaveLength(1);
    });
  });
});
