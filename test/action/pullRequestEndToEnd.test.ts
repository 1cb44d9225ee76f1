import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { startFakeGitHub, type FakeGitHub, type ReviewComment } from '../support/fakeGitHub.js';
import {
  pullRequestEvent,
  runBundledAction,
  workflowAnnotations,
  Workspace,
  type RunResult,
} from '../support/bundledAction.js';

// The bundled Action (dist/index.js, `npm run bundle` first) on a pull request of a real git repository, against the
// loopback fake GitHub API that checks every request against GitHub's OpenAPI description: suggested changes as one
// review, the check run, and only-changed: lines, as a runner with pull-requests and checks write would see them.

let api: FakeGitHub;
let repo: Workspace;

beforeAll(async () => {
  api = await startFakeGitHub();
});
afterAll(async () => {
  await api.close();
});
beforeEach(async () => {
  for (const list of [api.requests, api.violations, api.faults, api.comments, api.checkRuns, api.reviews])
    list.length = 0;
  api.reviewComments.length = 0;
  api.prFiles.length = 0;
  api.readOnly = false;
  api.failNext = 0;
  repo = await Workspace.create();
});
afterEach(async () => {
  await repo.remove();
});

const run = (base: string, head: string, inputs: Record<string, string> = {}): Promise<RunResult> =>
  runBundledAction({ workspace: repo, apiUrl: api.url, event: pullRequestEvent(base, head), inputs });

const at = (f: { file: string; line: number; ruleId: string }) => `${f.file}:${f.line} ${f.ruleId}`;
const unsuppressed = (r: RunResult) => r.report.findings.filter((f) => !f.suppressed);

/** The text of a review comment's ```suggestion block (the lines it would write), or undefined. */
function suggestionOf(body: string): string | undefined {
  const match = /^(`{3,})suggestion\n([\s\S]*?)\n?\1$/m.exec(body);
  return match?.[2];
}

/** Applies a review comment's suggestion to the workspace file, as "Commit suggestion" does on GitHub. */
async function accept(comment: ReviewComment): Promise<void> {
  const lines = (await repo.read(comment.path)).split('\n');
  const from = (comment.start_line ?? comment.line) - 1;
  lines.splice(from, comment.line - from, ...suggestionOf(comment.body)!.split('\n'));
  await repo.write(comment.path, lines.join('\n'));
}

describe('suggested changes: one review on the lines the pull request changed', () => {
  // Base: two manifests; hooks.yaml already has a miscased event (line 10) the pull request does not touch.
  const HOOKS_BASE = [
    '# The hooks app: comments stay where they are',
    'client_name: com.acme.hooks',
    'enabled: true',
    'redirect_uris:',
    '  - https://hooks.acme.example/cb',
    'capabilities:',
    '  webhooks:',
    '    ms.MessagingEventNotification.ContentEvent:',
    '      endpoint: https://hooks.acme.example/content',
    '    ms.messagingeventnotification.chatstateevent:',
    '      endpoint: https://hooks.acme.example/chat',
    '',
  ].join('\n');
  // Head: a YAML 1.1 boolean (line 3) and a miscased event (line 8), both with a certain fix, and a grant type the
  // schema refuses (line 12), which has none; web.json renames its redirect list to a near miss (line 3).
  const HOOKS_HEAD = HOOKS_BASE.replace('enabled: true', "enabled: yes # the author's YAML 1.1 habit")
    .replace('    ms.MessagingEventNotification.ContentEvent:', '    ms.messagingeventnotification.contentevent:')
    .concat('grant_types: [implicit]\n');
  const WEB_BASE = '{\n  "client_name": "com.acme.web",\n  "redirect_uris": ["https://web.acme.example/cb"]\n}\n';
  const WEB_HEAD = '{\n  "client_name": "com.acme.web",\n  "redirect_uri": "https://web.acme.example/cb"\n}\n';
  const only = { 'check-run': 'never', comment: 'never', suggestions: 'true' };

  test('posted once, kept while they apply, deleted once applied', async () => {
    const base = await repo.commit('base', { 'apps/hooks.yaml': HOOKS_BASE, 'apps/web.json': WEB_BASE });
    const head = await repo.commit('head', { 'apps/hooks.yaml': HOOKS_HEAD, 'apps/web.json': WEB_HEAD });

    const first = await run(base, head, only);
    // Every finding is reported, fixable or not, on a changed line or not.
    expect(unsuppressed(first).map(at).sort()).toEqual([
      'apps/hooks.yaml:10 webhook-event-name',
      'apps/hooks.yaml:12 schema',
      'apps/hooks.yaml:3 schema',
      'apps/hooks.yaml:8 webhook-event-name',
      'apps/web.json:3 schema',
    ]);
    expect(first.code).toBe(1);
    // One review, on the head commit, as a comment (never an approval or a request for changes).
    expect(api.reviews).toHaveLength(1);
    expect(api.reviews[0]).toMatchObject({ event: 'COMMENT', commit_id: head });
    // One suggestion per fixable finding on a changed line, the whole line as the fix writes it: the comment after
    // the value kept, the JSON layout kept. Nothing for the unchanged line 10, nothing for the unfixable line 12.
    const posted = [...api.reviewComments].sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line);
    expect(posted.map((c) => [c.path, c.start_line, c.line, c.side, c.commit_id, suggestionOf(c.body)])).toEqual([
      ['apps/hooks.yaml', null, 3, 'RIGHT', head, "enabled: true # the author's YAML 1.1 habit"],
      ['apps/hooks.yaml', null, 8, 'RIGHT', head, '    ms.MessagingEventNotification.ContentEvent:'],
      ['apps/web.json', null, 3, 'RIGHT', head, '  "redirect_uris": ["https://web.acme.example/cb"]'],
    ]);
    // Each says which finding it fixes, in the report's words.
    for (const comment of posted) {
      const finding = first.report.findings.find((f) => f.file === comment.path && f.line === comment.line)!;
      expect(comment.body.split('\n')[0]).toContain(`**${finding.ruleId}**`);
    }
    expect(first.summary).toContain('3 suggested change(s) posted as a pull request review.');
    expect(api.violations).toEqual([]);

    // The same head again (a re-run): nothing posted twice, nothing deleted.
    const again = await run(base, head, only);
    expect(api.reviews).toHaveLength(1);
    expect(api.reviewComments.map((c) => c.id).sort()).toEqual(posted.map((c) => c.id).sort());
    expect(api.requests.filter((r) => r.method === 'DELETE')).toEqual([]);
    expect(again.summary).toContain(
      '0 suggested change(s) posted as a pull request review; 3 from an earlier run still apply.',
    );

    // The author commits one suggestion: its comment is deleted (what reviewSuggestions documents), the others stay.
    const [enabled, event, web] = posted;
    await accept(enabled);
    expect(await repo.read('apps/hooks.yaml')).toBe(
      HOOKS_HEAD.replace("enabled: yes # the author's", "enabled: true # the author's"),
    );
    const second = await repo.commit('apply suggestion');
    const third = await run(base, second, only);
    expect(unsuppressed(third).map(at)).not.toContain('apps/hooks.yaml:3 schema');
    expect(api.reviews).toHaveLength(1);
    expect(api.requests.filter((r) => r.method === 'DELETE').map((r) => r.path)).toEqual([
      `/repos/acme/apps/pulls/comments/${enabled.id}`,
    ]);
    expect(api.reviewComments.map((c) => c.id).sort()).toEqual([event.id, web.id].sort());
    expect(third.summary).toContain(
      '2 from an earlier run still apply; 1 earlier suggestion(s) that no longer apply deleted.',
    );

    // The rest committed: every finding they fixed is gone, and so are our comments; nothing new is posted.
    await accept(event);
    await accept(web);
    const fixed = await repo.commit('apply the rest');
    const last = await run(base, fixed, only);
    expect(unsuppressed(last).map(at).sort()).toEqual([
      'apps/hooks.yaml:10 webhook-event-name',
      'apps/hooks.yaml:12 schema',
    ]);
    expect(api.reviewComments).toEqual([]);
    expect(api.reviews).toHaveLength(1);
    expect(last.summary).toContain('2 earlier suggestion(s) that no longer apply deleted.');
    expect(api.violations).toEqual([]);
  });

  test('a file with a byte order mark gets the line the fix writes, not one shifted by the mark', async () => {
    // The engine's offsets count the text without the mark; the first line as GitHub shows it keeps it.
    const BOM = '\uFEFF';
    const base = await repo.commit('base', {
      'apps/web.json': `${BOM}{\n  "client_name": "com.acme.web",\n  "enabled": true\n}\n`,
      'apps/app.yaml': `${BOM}enabled: true\nclient_name: com.acme.app\n`,
    });
    const head = await repo.commit('head', {
      'apps/web.json': `${BOM}{\n  "client_name": "com.acme.web",\n  "enabled": "true"\n}\n`,
      'apps/app.yaml': `${BOM}enabled: yes\nclient_name: com.acme.app\n`,
    });
    const first = await run(base, head, only);
    expect(unsuppressed(first).map(at).sort()).toEqual(['apps/app.yaml:1 schema', 'apps/web.json:3 schema']);
    const posted = [...api.reviewComments].sort((a, b) => a.path.localeCompare(b.path));
    expect(posted.map((c) => [c.path, c.line, suggestionOf(c.body)])).toEqual([
      ['apps/app.yaml', 1, `${BOM}enabled: true`],
      ['apps/web.json', 3, '  "enabled": true'],
    ]);
    // Committed, they write what --fix writes: the mark kept, every finding gone.
    for (const comment of posted) await accept(comment);
    expect(await repo.read('apps/web.json')).toBe(`${BOM}{\n  "client_name": "com.acme.web",\n  "enabled": true\n}\n`);
    expect(await repo.read('apps/app.yaml')).toBe(`${BOM}enabled: true\nclient_name: com.acme.app\n`);
    const fixed = await run(base, await repo.commit('apply'), only);
    expect(unsuppressed(fixed)).toEqual([]);
    expect(api.reviewComments).toEqual([]);
    expect(fixed.code).toBe(0);
    expect(api.violations).toEqual([]);
  });
});

describe('suggested changes: the diff from the files API, and the limit per run', () => {
  const only = { 'check-run': 'never', comment: 'never', suggestions: 'true' };
  const comments = () =>
    [...api.reviewComments]
      .sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line)
      .map((c) => [c.path, c.line, suggestionOf(c.body)]);

  test('a shallow checkout (base commit not fetched): the files API gives the diff and the head blobs', async () => {
    const base = await repo.commit('base', {
      'apps/a.yaml': 'client_name: com.acme.a\nenabled: true\nscope: msg.consumer\n',
    });
    const head = await repo.commit('head', {
      'apps/a.yaml': 'client_name: com.acme.a\nenabled: yes\nscope: msg.consumer\n',
    });
    const viaGit = await run(base, head, only);
    const expected = comments();
    expect(expected).toEqual([['apps/a.yaml', 2, 'enabled: true']]);
    api.reviews.length = 0;
    api.reviewComments.length = 0;
    api.requests.length = 0;

    const diff = repo.git('diff', `${base}...${head}`, '--', 'apps/a.yaml');
    const blob = repo.git('rev-parse', `${head}:apps/a.yaml`);
    const entry = { filename: 'apps/a.yaml', patch: diff.slice(diff.indexOf('@@')), sha: blob };
    api.prFiles.push(entry);
    const missingBase = '7'.repeat(40);
    // The policy is a built-in: the base commit's policy file is not asked for.
    const viaApi = await run(missingBase, head, { ...only, policy: 'recommended' });
    expect(api.requests.some((r) => r.path === '/repos/acme/apps/pulls/7/files')).toBe(true);
    expect(comments()).toEqual(expected);
    expect(viaApi.report.findings).toEqual(viaGit.report.findings);

    // The checked-out file is not the head's (a merge with a newer base): nothing is offered, and the summary says why.
    api.reviews.length = 0;
    api.reviewComments.length = 0;
    api.prFiles[0] = { ...entry, sha: '0'.repeat(40) };
    const merged = await run(missingBase, head, { ...only, policy: 'recommended' });
    expect(api.reviews).toEqual([]);
    expect(merged.summary).toContain("1 not offered: the checked-out file is not the pull request's head.");
    expect(api.violations).toEqual([]);
  });

  test('a path with spaces and non-ASCII letters (git quotes it) gets its suggestion on that path', async () => {
    const file = 'apps/Café app/mañana "v2".yaml';
    const base = await repo.commit('base', { [file]: 'client_name: com.acme.cafe\nenabled: true\n' });
    const head = await repo.commit('head', { [file]: 'client_name: com.acme.cafe\nenabled: yes\n' });
    const result = await run(base, head, only);
    expect(unsuppressed(result).map(at)).toEqual([`${file}:2 schema`]);
    expect(comments()).toEqual([[file, 2, 'enabled: true']]);
    expect(api.violations).toEqual([]);
  });

  test('a line holding a credential is never repeated in a suggestion, nor sent anywhere', async () => {
    const SECRET = 'pa55-w0rd-in-uri';
    const HEADER = 'Bearer hdr-s3cr3t-77';
    const base = await repo.commit('base', { 'apps/a.yaml': 'client_name: com.acme.a\n' });
    const head = await repo.commit('head', {
      'apps/a.yaml': [
        'client_name: com.acme.a',
        `redirect_uri: https://app:${SECRET}@a.acme.example/cb`,
        'capabilities:',
        '  webhooks:',
        '    ms.messagingeventnotification.contentevent:',
        '      endpoint: https://hooks.acme.example/content',
        `      headers: [{ header_name: Authorization, header_value: "${HEADER}" }]`,
        'enabled: yes',
        '',
      ].join('\n'),
    });
    const result = await run(base, head, { 'check-run': 'auto', comment: 'always', suggestions: 'true' });
    // The event's and the boolean's lines hold no credential: offered. The redirect's rename would repeat a password.
    expect(comments()).toEqual([
      ['apps/a.yaml', 5, '    ms.MessagingEventNotification.ContentEvent:'],
      ['apps/a.yaml', 8, 'enabled: true'],
    ]);
    const sent = JSON.stringify(api.requests) + result.summary + result.stdout.replace(/^::add-mask::.*$/gm, '');
    for (const secret of [SECRET, HEADER, 'hdr-s3cr3t-77']) expect(sent).not.toContain(secret);
    expect(api.violations).toEqual([]);
  });

  test('at most 50 per run, the rest counted; they follow once the first are applied', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 60; i++)
      files[`apps/m${String(i).padStart(2, '0')}.yaml`] = `client_name: com.acme.m${i}\nenabled: true\n`;
    const base = await repo.commit('base', files);
    const head = await repo.commit(
      'head',
      Object.fromEntries(Object.entries(files).map(([f, t]) => [f, t.replace('enabled: true', 'enabled: on')])),
    );
    const first = await run(base, head, only);
    expect(api.reviews).toHaveLength(1);
    expect(api.reviewComments).toHaveLength(50);
    expect(first.summary).toContain(
      '50 suggested change(s) posted as a pull request review; 10 more not posted (at most 50 per run).',
    );
    const again = await run(base, head, only);
    expect(api.reviews).toHaveLength(1);
    expect(again.summary).toContain('50 from an earlier run still apply; 10 more not posted (at most 50 per run).');
    // The author commits 5 of them: their comments go (each deletion a write, paced 1 s apart as GitHub asks), and 5
    // of the 10 waiting are posted in a second review: 50 stand again, 5 still wait.
    const applied = api.reviewComments.slice(0, 5);
    for (const comment of applied) await accept(comment);
    const next = await repo.commit('apply 5');
    const third = await run(base, next, only);
    expect(api.reviews).toHaveLength(2);
    expect(api.reviewComments).toHaveLength(50);
    expect(api.reviewComments.filter((c) => applied.some((a) => a.path === c.path))).toEqual([]);
    const fresh = api.reviewComments.filter((c) => c.pull_request_review_id === api.reviews[1].id);
    expect(fresh.map((c) => suggestionOf(c.body))).toEqual(Array(5).fill('enabled: true'));
    expect(third.summary).toContain(
      '5 suggested change(s) posted as a pull request review; 45 from an earlier run still apply; 5 earlier suggestion(s) that no longer apply deleted; 5 more not posted (at most 50 per run).',
    );
    expect(api.violations).toEqual([]);
  });
});

describe('the check run', () => {
  const CHECK_NAME = 'lp-app-manifest-check / manifests/check';
  const withCheckRun = { 'check-run': 'auto', comment: 'never', suggestions: 'false' };

  test('errors first, and within each severity the findings on changed lines before the rest', async () => {
    // 30 untouched manifests with an error and a warning each; the pull request adds one error and one warning.
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++)
      files[`apps/old/m${i}.json`] = JSON.stringify(
        { client_name: `Old ${i}`, redirect_uris: [`http://old${i}.acme.example/cb`] },
        null,
        2,
      );
    files['apps/new.yaml'] = 'client_name: com.acme.new\nredirect_uris:\n  - https://new.acme.example/cb\n';
    const base = await repo.commit('base', files);
    const head = await repo.commit('head', {
      'apps/new.yaml': 'client_name: New App\nredirect_uris:\n  - http://new.acme.example/cb\n',
    });
    const result = await run(base, head, withCheckRun);
    expect(api.checkRuns).toHaveLength(1);
    const [check] = api.checkRuns;
    expect(check).toMatchObject({ name: CHECK_NAME, head_sha: head, status: 'completed', conclusion: 'failure' });
    expect(check.annotations).toHaveLength(unsuppressed(result).length);
    expect(check.requests).toBe(Math.ceil(check.annotations.length / 50));
    expect(check.annotations.length).toBeGreaterThan(50);
    const order = check.annotations.map((a) => `${String(a.annotation_level)} ${String(a.path)}`);
    expect(order[0]).toBe('failure apps/new.yaml');
    const firstWarning = order.findIndex((o) => o.startsWith('warning'));
    expect(order[firstWarning]).toBe('warning apps/new.yaml');
    expect(order.slice(0, firstWarning).every((o) => o.startsWith('failure'))).toBe(true);
    expect(order.slice(firstWarning).every((o) => o.startsWith('warning'))).toBe(true);
    expect(workflowAnnotations(result.stdout)).toEqual([]);
    expect(api.violations).toEqual([]);
  });

  test.each([
    // A pull request whose manifests hold a warning (client-name-format) and a notice (server-assigned-field) only.
    ['error', 'success', 0],
    ['warning', 'failure', 1],
    ['notice', 'failure', 1],
    ['never', 'success', 0],
  ])('fail-on %s: the conclusion is %s, as the step result', async (failOn, conclusion, code) => {
    const base = await repo.commit('base', { 'apps/a.yaml': 'client_name: com.acme.a\n' });
    const head = await repo.commit('head', { 'apps/a.yaml': 'client_name: Acme A\nclient_id: abc\n' });
    const result = await run(base, head, { ...withCheckRun, 'fail-on': failOn });
    expect(result.report.summary).toMatchObject({ errors: 0, warnings: 1, notices: 1 });
    expect(api.checkRuns.map((c) => [c.conclusion, c.annotations.map((a) => a.annotation_level)])).toEqual([
      [conclusion, ['warning', 'notice']],
    ]);
    expect(result.code).toBe(code);
    expect(result.outputs.result).toBe(code === 0 ? 'pass' : 'fail');
  });

  test('a job without checks write (403 on check runs only): workflow commands, said so; the review still goes out', async () => {
    const base = await repo.commit('base', { 'apps/a.yaml': 'client_name: com.acme.a\nenabled: true\n' });
    const head = await repo.commit('head', { 'apps/a.yaml': 'client_name: Acme A\nenabled: yes\n' });
    const reference = await run(base, head, { 'check-run': 'never', comment: 'never', suggestions: 'false' });
    api.requests.length = 0;
    api.faults.push({
      method: 'POST',
      path: /\/check-runs$/,
      status: 403,
      message: 'Resource not accessible by integration',
    });
    const result = await run(base, head, { 'check-run': 'auto', comment: 'never', suggestions: 'true' });
    expect(api.checkRuns).toEqual([]);
    expect(result.stdout).toMatch(
      /^The check run could not be created: HTTP 403: Resource not accessible by integration.*workflow commands/m,
    );
    expect(workflowAnnotations(result.stdout)).toEqual(workflowAnnotations(reference.stdout));
    expect(workflowAnnotations(result.stdout)).toHaveLength(2);
    expect(result.summary).toContain('2 annotation(s) were emitted as workflow commands on this step.');
    expect(result.code).toBe(reference.code);
    expect(result.outputs.result).toBe(reference.outputs.result);
    // The pull request's own permission still answers: the fix is offered.
    expect(api.reviewComments.map((c) => [c.path, c.line, suggestionOf(c.body)])).toEqual([
      ['apps/a.yaml', 2, 'enabled: true'],
    ]);
    expect(api.violations).toEqual([]);
  });
});

describe('only-changed: lines', () => {
  const lines = { 'only-changed': 'lines', 'check-run': 'auto', comment: 'never', suggestions: 'true' };

  test('a finding on an unchanged line of a changed file is not reported anywhere; the verdict follows what is', async () => {
    // a.yaml already has an http redirect (line 3); the pull request changes only its display name (line 2).
    const A = 'client_name: com.acme.a\ndisplay_name: A\nredirect_uris:\n  - http://a.acme.example/cb\n';
    const base = await repo.commit('base', { 'apps/a.yaml': A });
    const head = await repo.commit('head', { 'apps/a.yaml': A.replace('display_name: A', 'display_name: Acme A') });
    const everything = await run(base, head, { ...lines, 'only-changed': 'false', 'check-run': 'never' });
    expect(unsuppressed(everything).map(at)).toEqual(['apps/a.yaml:4 redirect-uri-https']);
    expect(everything.code).toBe(1);
    api.reviews.length = 0;
    api.reviewComments.length = 0;
    const result = await run(base, head, lines);
    expect(result.report.findings).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({ result: 'pass', errors: '0' });
    expect(api.checkRuns.map((c) => [c.conclusion, c.annotations.length])).toEqual([['success', 0]]);
    expect(workflowAnnotations(result.stdout)).toEqual([]);
    expect(result.summary).not.toContain('redirect-uri-https');
    // The https suggestion (one, so one click) is not offered on a line the pull request left alone.
    expect(api.reviewComments).toEqual([]);
  });

  test('cross-file rules still see every manifest, also those the pull request does not touch', async () => {
    const base = await repo.commit('base', {
      'apps/a.json': '{\n  "client_name": "com.acme.a",\n  "redirect_uris": ["http://a.acme.example/cb"]\n}\n',
      'apps/z.yaml': 'client_name: com.acme.z\n',
    });
    // The pull request adds c.json with a.json's name; a.json is not touched (its http redirect stays unreported).
    const head = await repo.commit('head', { 'apps/c.json': '{\n  "client_name": "com.acme.a"\n}\n' });
    const result = await run(base, head, lines);
    expect(unsuppressed(result).map((f) => `${at(f)}: ${f.message}`)).toEqual([
      'apps/c.json:2 client-name-unique: client_name "com.acme.a" is already used by apps/a.json',
    ]);
    expect(result.code).toBe(1);
    expect(api.checkRuns[0].annotations.map((a) => `${String(a.path)}:${String(a.start_line)}`)).toEqual([
      'apps/c.json:2',
    ]);
  });

  test('a duplicate the pull request makes is reported, whichever file the rule puts it on', async () => {
    const base = await repo.commit('base', {
      'apps/a.yaml': 'client_name: com.acme.a\n',
      'apps/z.yaml': 'client_name: com.acme.z\n',
    });
    // a.yaml sorts first: the rule's finding is on z.yaml ("already used by apps/a.yaml"), a file the PR left alone.
    const head = await repo.commit('head', { 'apps/a.yaml': 'client_name: com.acme.z\n' });
    for (const onlyChanged of ['false', 'files', 'lines']) {
      const result = await run(base, head, { ...lines, 'only-changed': onlyChanged, 'check-run': 'never' });
      expect([onlyChanged, unsuppressed(result).map((f) => f.ruleId)]).toEqual([onlyChanged, ['client-name-unique']]);
      expect(result.code).toBe(1);
    }
  });
});
