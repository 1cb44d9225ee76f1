import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { ApiBudget } from '../../src/github/apiBudget.js';
import { createGitHubClient } from '../../src/github/client.js';
import { tokenIdentity, writtenBy, WORKFLOW_BOT, type Identity } from '../../src/github/commentIdentity.js';
import { MARKER, upsertStickyComment } from '../../src/github/stickyComment.js';
import { startFakeGitHub, WORKFLOW_ACCOUNT, type Account, type FakeGitHub } from '../support/fakeGitHub.js';

const WORKFLOW_TOKEN = 'ghs_workflowToken000000000000000';
const OTHER_APP_TOKEN = 'ghs_otherInstallationToken0000000';
const PAT = 'ghp_personalAccessToken00000000000';
const ACCOUNTS: Record<string, Account> = {
  [OTHER_APP_TOKEN]: { login: 'acme-checks[bot]', id: 9001, type: 'Bot', installation: true },
  [PAT]: { login: 'release-manager', id: 4242, type: 'User', installation: false },
};
const pr = { owner: 'acme', repo: 'apps', number: 7, baseSha: 'a'.repeat(40), headSha: 'b'.repeat(40) };

let api: FakeGitHub;
const warnings: string[] = [];

beforeAll(async () => {
  api = await startFakeGitHub();
  for (const [token, account] of Object.entries(ACCOUNTS)) api.accounts.set(token, account);
});
afterAll(async () => {
  await api.close();
});
beforeEach(() => {
  api.comments.length = 0;
  api.requests.length = 0;
  api.faults.length = 0;
  warnings.length = 0;
});

async function upsert(token: string, hasFindings = true) {
  const client = await createGitHubClient(token, (m) => warnings.push(m), api.url, {
    budget: new ApiBudget(20_000),
    limits: { retryWaitMs: 10 },
    // Rate limits are not what this file is about, and plugin-throttling spaces comment writes 3 s apart.
    throttle: false,
  });
  return upsertStickyComment(client, pr, {
    mode: 'auto',
    marker: MARKER,
    body: `${MARKER}\nfindings`,
    hasFindings,
    token,
    workflowToken: WORKFLOW_TOKEN,
  });
}

const comment = (id: number, user: Comment['user']) => ({
  id,
  body: `${MARKER}\nby ${user.login}`,
  user,
  html_url: '',
});
type Comment = FakeGitHub['comments'][number];

const AUTHORS: Array<[string, Comment['user']]> = [
  ['the workflow bot', { login: WORKFLOW_ACCOUNT.login, id: WORKFLOW_ACCOUNT.id, type: 'Bot' }],
  ['another app', { login: 'other-app[bot]', id: 777, type: 'Bot' }],
  ['the installation token’s app', { login: 'acme-checks[bot]', id: 9001, type: 'Bot' }],
  ['a user', { login: 'mallory', id: 31337, type: 'User' }],
  ['the token’s user', { login: 'release-manager', id: 4242, type: 'User' }],
  ['a user renamed to the token’s user’s login', { login: 'release-manager', id: 5555, type: 'User' }],
];
const TOKENS: Array<[string, string, string]> = [
  ['the workflow token', WORKFLOW_TOKEN, 'the workflow bot'],
  ['another app’s installation token', OTHER_APP_TOKEN, 'the installation token’s app'],
  ['a personal access token', PAT, 'the token’s user'],
];

describe('only a comment by the token’s own account is edited', () => {
  const cases = TOKENS.flatMap(([tokenName, token, own]) =>
    AUTHORS.map(([author, user]) => [tokenName, author, token, user, author === own] as const),
  );
  test.each(cases)('%s, a marked comment by %s', async (_, __, token, user, edited) => {
    api.comments.push(comment(1, user));
    const outcome = await upsert(token);
    expect(api.requests.filter((r) => r.method === 'PATCH')).toHaveLength(edited ? 1 : 0);
    expect(api.comments[0].body).toBe(edited ? `${MARKER}\nfindings` : `${MARKER}\nby ${user.login}`);
    expect(outcome.action).toBe(edited ? 'updated' : 'created');
    if (!edited)
      expect(api.comments[1].user.login).toBe(
        token === PAT ? 'release-manager' : token === OTHER_APP_TOKEN ? 'acme-checks[bot]' : WORKFLOW_BOT,
      );
    expect(outcome.warning).toBeUndefined();
    expect(api.violations).toEqual([]);
  });

  test('the second run edits the comment the first one posted, among foreign ones', async () => {
    for (const [, token] of TOKENS) {
      api.comments.length = 0;
      api.comments.push(comment(1, AUTHORS[1][1]), comment(2, AUTHORS[3][1]));
      expect((await upsert(token)).action).toBe('created');
      expect((await upsert(token)).action).toBe('updated');
      expect(api.comments).toHaveLength(3);
      expect(api.comments.slice(0, 2).map((c) => c.body)).toEqual([
        `${MARKER}\nby other-app[bot]`,
        `${MARKER}\nby mallory`,
      ]);
    }
  });
});

describe('which account a token is', () => {
  test('the workflow token needs no call', async () => {
    const client = await createGitHubClient(WORKFLOW_TOKEN, () => undefined, api.url);
    expect(await tokenIdentity(client, WORKFLOW_TOKEN, WORKFLOW_TOKEN)).toEqual({ known: true, login: WORKFLOW_BOT });
    expect(api.requests).toEqual([]);
  });

  test('an installation token is asked through GraphQL (GET /user refuses it)', async () => {
    const client = await createGitHubClient(OTHER_APP_TOKEN, () => undefined, api.url);
    expect(await tokenIdentity(client, OTHER_APP_TOKEN, WORKFLOW_TOKEN)).toEqual({
      known: true,
      login: 'acme-checks[bot]',
      id: 9001,
    });
    expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /graphql']);
  });

  test('a user token is asked with GET /user', async () => {
    const client = await createGitHubClient(PAT, () => undefined, api.url);
    expect(await tokenIdentity(client, PAT, WORKFLOW_TOKEN)).toEqual({
      known: true,
      login: 'release-manager',
      id: 4242,
    });
    expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /user']);
  });

  test('an empty workflow-token never makes an empty token the workflow’s', async () => {
    const client = await createGitHubClient(PAT, () => undefined, api.url);
    expect(await tokenIdentity(client, PAT, '')).toMatchObject({ login: 'release-manager' });
  });

  test.each([
    [{ login: 'x', id: 1 }, { login: 'x', id: 1 }, true],
    [{ login: 'x', id: 1 }, { login: 'x', id: 2 }, false],
    [{ login: 'x' }, { login: 'x', id: 2 }, true],
    [{ login: 'x', id: 1 }, { login: 'y', id: 1 }, false],
    [{ login: 'x' }, undefined, false],
  ])('writtenBy(%j, %j) is %s', (identity, author, expected) => {
    expect(writtenBy({ known: true, ...identity }, author)).toBe(expected);
  });

  test('an unknown identity matches nobody', () => {
    const unknown: Identity = { known: false, reason: 'x' };
    for (const [, user] of AUTHORS) expect(writtenBy(unknown, user)).toBe(false);
  });
});

describe('when the account cannot be established, nothing is edited', () => {
  test.each([
    ['both lookups refused', [{ path: /^\/(user|graphql)$/, status: 401, message: 'Bad credentials' }]],
    ['GraphQL failing', [{ path: /^\/graphql$/, status: 502, message: 'Bad Gateway' }]],
  ])('%s: a new comment is posted, with a warning', async (_, faults) => {
    api.faults.push(...faults);
    api.comments.push(comment(1, AUTHORS[2][1]));
    const outcome = await upsert(OTHER_APP_TOKEN);
    expect(api.requests.filter((r) => r.method === 'PATCH')).toHaveLength(0);
    expect(outcome.action).toBe('created');
    expect(outcome.warning).toMatch(
      /^could not establish which account the token comments as \(.*HTTP (401|502).*\), so 1 earlier comment\(s\) with this job's marker are left as they are; a new comment was posted instead$/,
    );
  });

  test('with nothing to report, nothing is posted either', async () => {
    api.faults.push({ path: /^\/graphql$/, status: 401, message: 'Bad credentials' });
    api.comments.push(comment(1, AUTHORS[2][1]));
    const outcome = await upsert(OTHER_APP_TOKEN, false);
    expect(outcome).toMatchObject({ action: 'skipped' });
    expect(outcome.warning).toMatch(/nothing is posted while there are no findings$/);
    expect(api.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql')).toHaveLength(0);
  });
});
