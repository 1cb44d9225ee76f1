import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import type { Finding } from '../../src/core/types.js';
import { ApiBudget } from '../../src/github/apiBudget.js';
import { createGitHubClient } from '../../src/github/client.js';
import { postSuggestions, suggestionMarker } from '../../src/github/reviewSuggestions.js';
import { suggestedChange, type SuggestedChange } from '../../src/github/suggestedChange.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fakeGitHub.js';

const TOKEN = 'ghs_workflowToken000000000000000';
const PAT = 'ghp_personalAccessToken00000000000';
const pr = { owner: 'acme', repo: 'apps', number: 7, baseSha: 'a'.repeat(40), headSha: 'b'.repeat(40) };
const SCOPE = '0123456789ab';
let api: FakeGitHub;

beforeAll(async () => {
  api = await startFakeGitHub();
  api.accounts.set(PAT, { login: 'release-manager', id: 4242, type: 'User', installation: false });
});
afterAll(async () => {
  await api.close();
});
beforeEach(() => {
  api.reviewComments.length = 0;
  api.reviews.length = 0;
  api.requests.length = 0;
  api.violations.length = 0;
  api.faults.length = 0;
  api.readOnly = false;
});

const client = (token = TOKEN) =>
  createGitHubClient(token, () => undefined, api.url, {
    budget: new ApiBudget(20_000),
    limits: { retryWaitMs: 10, retries: 0 },
    throttle: false,
  });

/** A file of `lines` lines `key_N: yes`; change i turns line i's `yes` into `true`. */
function changes(lines: number[], total = 200): SuggestedChange[] {
  const text = Array.from({ length: total }, (_, i) => `key_${i + 1}: yes`).join('\n') + '\n';
  let offset = 0;
  const starts = text.split('\n').map((l) => ((offset += l.length + 1), offset - l.length - 1));
  return lines.map((line) => {
    const start = starts[line - 1] + `key_${line}: `.length;
    const finding: Finding = {
      ruleId: 'schema',
      severity: 'error',
      message: 'must be a boolean @octocat <b>',
      file: 'apps/a.yaml',
      pointer: `/key_${line}`,
      line,
      column: 1,
      endLine: line,
      endColumn: 4,
      fix: { edits: [{ start, end: start + 3, text: 'true', line, column: 1, endLine: line, endColumn: 4 }] },
    };
    return suggestedChange(finding, text)!;
  });
}

async function post(list: SuggestedChange[], token = TOKEN, limit?: number) {
  return postSuggestions(await client(token), pr, { changes: list, scope: SCOPE, token, workflowToken: TOKEN, limit });
}

describe('suggested changes as one review', () => {
  test('posted as one COMMENT review with a suggestion block each; a second run with the same posts nothing', async () => {
    const first = await post(changes([3, 8, 9]));
    expect(first).toEqual({ posted: 3, kept: 0, deleted: 0, over: 0 });
    expect(api.reviews).toHaveLength(1);
    expect(api.reviews[0]).toMatchObject({ event: 'COMMENT', commit_id: pr.headSha });
    const [comment] = api.reviewComments;
    expect(comment).toMatchObject({ path: 'apps/a.yaml', line: 3, start_line: null, side: 'RIGHT' });
    expect(comment.body).toContain('\n```suggestion\nkey_3: true\n```\n');
    // The message is inert markdown: no mention, no HTML.
    expect(comment.body).not.toMatch(/@octocat|<b>/);
    expect(comment.body.split('\n').at(-1)).toMatch(
      /^<!-- lp-app-manifest-check suggestion 0123456789ab [0-9a-f]+ -->$/,
    );

    const second = await post(changes([3, 8, 9]));
    expect(second).toEqual({ posted: 0, kept: 3, deleted: 0, over: 0 });
    expect(api.reviews).toHaveLength(1);
    expect(api.reviewComments).toHaveLength(3);
    expect(api.violations).toEqual([]);
  });

  test('on the next push, ours that no longer apply are deleted, the rest stay, the new are posted', async () => {
    await post(changes([3, 8]));
    const kept = api.reviewComments.find((c) => c.line === 8)!.id;
    const outcome = await post(changes([8, 20]));
    expect(outcome).toEqual({ posted: 1, kept: 1, deleted: 1, over: 0 });
    expect(api.reviewComments.map((c) => c.line).sort((a, b) => a - b)).toEqual([8, 20]);
    expect(api.reviewComments.some((c) => c.id === kept)).toBe(true);
    // Nothing left to suggest: every earlier one of ours goes.
    expect(await post([])).toEqual({ posted: 0, kept: 0, deleted: 2, over: 0 });
    expect(api.reviewComments).toEqual([]);
  });

  test('the review goes out before the deletions: a budget spent on cleaning up never costs this run its suggestions', async () => {
    await post(changes([3, 8]));
    // Deleting never ends (the budget runs out on it): the new suggestion was posted first, and both are counted.
    api.faults.push({ method: 'DELETE', hang: true });
    const tight = createGitHubClient(TOKEN, () => undefined, api.url, {
      budget: new ApiBudget(1_000),
      limits: { retryWaitMs: 10, retries: 0 },
      throttle: false,
    });
    const outcome = await postSuggestions(await tight, pr, {
      changes: changes([20]),
      scope: SCOPE,
      token: TOKEN,
      workflowToken: TOKEN,
    });
    expect(outcome).toMatchObject({ posted: 1, kept: 0, deleted: 0 });
    expect(outcome.warning).toMatch(/^an earlier suggestion that no longer applies could not be deleted \(/);
    expect(api.requests.map((r) => r.method).slice(-2)).toEqual(['POST', 'DELETE']);
    expect(api.reviewComments.map((c) => c.line).sort((a, b) => a - b)).toEqual([3, 8, 20]);
  });

  test('a comment of someone else with our marker is neither deleted nor taken as ours', async () => {
    const [change] = changes([3]);
    api.reviewComments.push({
      id: 1,
      pull_request_review_id: 1,
      body: `forged\n${suggestionMarker(SCOPE, change.key)}`,
      path: 'apps/a.yaml',
      line: 3,
      start_line: null,
      side: 'RIGHT',
      commit_id: pr.headSha,
      user: { login: 'mallory', id: 31337, type: 'User' },
      html_url: '',
    });
    expect(await post([])).toEqual({ posted: 0, kept: 0, deleted: 0, over: 0 });
    expect(await post([change])).toEqual({ posted: 1, kept: 0, deleted: 0, over: 0 });
    expect(api.reviewComments.map((c) => c.user.login)).toEqual(['mallory', 'github-actions[bot]']);
  });

  test('another job’s suggestions (another scope) are left alone', async () => {
    await postSuggestions(await client(), pr, {
      changes: changes([3]),
      scope: 'ffffffffffff',
      token: TOKEN,
      workflowToken: TOKEN,
    });
    expect(await post([])).toMatchObject({ deleted: 0 });
    expect(api.reviewComments).toHaveLength(1);
  });

  test('at most the limit per run, the rest counted; duplicates once', async () => {
    const list = changes(Array.from({ length: 60 }, (_, i) => i + 1));
    const outcome = await post([...list, list[0]]);
    expect(outcome).toEqual({ posted: 50, kept: 0, deleted: 0, over: 10 });
    expect(api.reviewComments).toHaveLength(50);
    expect(api.reviewComments.map((c) => c.line)).toEqual(list.slice(0, 50).map((c) => c.endLine));
  });

  test('a suggestion over several lines is placed from start_line to line', async () => {
    const [a] = changes([4]);
    const wide = { ...a, startLine: 3, endLine: 4, key: 'abc123' };
    await post([wide]);
    expect(api.reviewComments[0]).toMatchObject({ start_line: 3, line: 4 });
    expect(api.violations).toEqual([]);
  });

  test('a read-only token (fork): a warning, nothing else', async () => {
    api.readOnly = true;
    const outcome = await post(changes([3]));
    expect(outcome).toMatchObject({ posted: 0 });
    expect(outcome.warning).toMatch(/^the review with 1 suggestion\(s\) could not be posted \(HTTP 403/);
  });

  test('a token whose account is unknown deletes nothing and posts nothing a marked comment holds', async () => {
    await post(changes([3, 8]), PAT);
    api.faults.push({ path: /^\/(user|graphql)$/, status: 401, message: 'Bad credentials' });
    const outcome = await post(changes([3, 20]), PAT);
    expect(outcome).toMatchObject({ posted: 1, kept: 1, deleted: 0 });
    expect(outcome.warning).toMatch(/could not establish which account/);
    expect(api.reviewComments.map((c) => c.line).sort((a, b) => a - b)).toEqual([3, 8, 20]);
  });
});
