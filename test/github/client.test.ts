import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { ApiBudget, ApiTimeout } from '../../src/github/apiBudget.js';
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import type { ApiLimits } from '../../src/github/apiDeadlines.js';
import { startFakeGitHub, type Fault, type FakeGitHub } from '../support/fakeGitHub.js';

// Deadlines small enough for tests; the bounds asserted below are generous multiples of them, so a slow machine
// cannot fail a test that works, and a request that waits forever cannot pass one.
const LIMITS: ApiLimits = { responseMs: 300, attemptMs: 600, retries: 2, retryWaitMs: 50, rateLimitWaits: 2 };
const SLACK_MS = 1500;

let api: FakeGitHub;
const warnings: string[] = [];

beforeAll(async () => {
  api = await startFakeGitHub();
  // Warm up (Octokit's import, the fake's validators) so the small deadlines below measure only the fault.
  const warm = await createGitHubClient('ghs_testToken', () => undefined, api.url);
  api.contents.set('main:policy.yml', '');
  for (const [, , run] of CALLS) await run(warm).catch(() => undefined);
});
afterAll(async () => {
  await api.close();
});
beforeEach(() => {
  api.requests.length = 0;
  api.faults.length = 0;
  api.failNext = 0;
  api.comments.length = 0;
  api.contents.clear();
  api.contents.set('main:policy.yml', 'extends: strict\n');
  // Answers long enough that dripping them takes longer than the answer deadline.
  api.comments.push({ id: 1, body: 'a comment', user: { login: 'someone', id: 5, type: 'User' }, html_url: '' });
  api.prFiles = ['apps/a.json'];
  warnings.length = 0;
});

function client(
  budget = new ApiBudget(10_000),
  limits: Partial<ApiLimits> = {},
  throttle = true,
): Promise<GitHubClient> {
  return createGitHubClient('ghs_testToken', (m) => warnings.push(m), api.url, {
    budget,
    limits: { ...LIMITS, ...limits },
    throttle,
  });
}

const repo = { owner: 'acme', repo: 'apps' };

/** Every call the Action makes, each as the Action makes it, with the path a fault is matched on. */
const CALLS: Array<[string, RegExp, (c: GitHubClient) => Promise<unknown>]> = [
  [
    'list comments',
    /\/issues\/7\/comments$/,
    (c) => c.paginate(c.rest.issues.listComments, { ...repo, issue_number: 7 }),
  ],
  [
    'create a comment',
    /\/issues\/7\/comments$/,
    (c) => c.rest.issues.createComment({ ...repo, issue_number: 7, body: 'x' }),
  ],
  [
    'update a comment',
    /\/issues\/comments\/1$/,
    (c) => c.rest.issues.updateComment({ ...repo, comment_id: 1, body: 'x' }),
  ],
  ['list changed files', /\/pulls\/7\/files$/, (c) => c.paginate(c.rest.pulls.listFiles, { ...repo, pull_number: 7 })],
  ['read a file', /\/contents\//, (c) => c.rest.repos.getContent({ ...repo, path: 'policy.yml', ref: 'main' })],
  ['the authenticated user', /^\/user$/, (c) => c.rest.users.getAuthenticated()],
  ['GraphQL viewer', /^\/graphql$/, (c) => c.graphql('query { viewer { login databaseId } }')],
];

async function elapsed<T>(work: () => Promise<T>): Promise<{ ms: number; outcome: unknown; failed: boolean }> {
  const start = performance.now();
  try {
    const outcome = await work();
    return { ms: performance.now() - start, outcome, failed: false };
  } catch (error) {
    return { ms: performance.now() - start, outcome: error, failed: true };
  }
}

describe('every call has a deadline', () => {
  const slowFaults: Array<[string, Omit<Fault, 'path'>, RegExp]> = [
    ['accepts and never answers', { hang: true }, /GitHub did not answer within 0\.3 s/],
    ['answers after the response deadline', { delayMs: 5000 }, /GitHub did not answer within 0\.3 s/],
    ['drips its answer past the answer deadline', { dripMs: 100 }, /GitHub's answer did not finish within 0\.6 s/],
  ];
  const cases = CALLS.flatMap(([call, path, run]) =>
    slowFaults.map(([how, fault, message]) => [call, how, path, run, fault, message] as const),
  );
  test.each(cases)('%s: a GitHub that %s is a timeout, not retried', async (_, __, path, run, fault, message) => {
    api.faults.push({ ...fault, path });
    // Without plugin-throttling's pacing of writes (3 s apart, process-wide); the tests below keep it.
    const c = await client(undefined, {}, false);
    const { ms, outcome, failed } = await elapsed(() => run(c));
    expect(failed).toBe(true);
    expect(outcome).toBeInstanceOf(ApiTimeout);
    expect((outcome as Error).message).toMatch(message);
    expect((outcome as Error).message).not.toContain('ghs_testToken');
    const sent = api.requests.filter((r) => path.test(r.path));
    expect(sent).toHaveLength(1);
    expect(ms).toBeLessThan(LIMITS.attemptMs + SLACK_MS);
  });

  test('an answer that is slow but within the deadlines is read whole', async () => {
    api.faults.push({ path: /\/contents\//, dripMs: 2 });
    const c = await client(undefined, { responseMs: 5000, attemptMs: 20_000 });
    const { data } = await c.rest.repos.getContent({ ...repo, path: 'policy.yml', ref: 'main' });
    expect(Buffer.from((data as { content: string }).content, 'base64').toString()).toBe('extends: strict\n');
  });
});

describe('retries are bounded', () => {
  test('a 5xx is tried 1 + retries times, then reported', async () => {
    api.failNext = 100;
    const c = await client();
    await expect(c.rest.users.getAuthenticated()).rejects.toMatchObject({ status: 502 });
    expect(api.requests).toHaveLength(1 + LIMITS.retries);
  });

  test('a rate limit whose wait does not fit in the budget is not waited for', async () => {
    api.faults.push({
      status: 403,
      message: 'You have exceeded a secondary rate limit',
      headers: { 'retry-after': '30' },
    });
    const c = await client(new ApiBudget(2000));
    const { ms, outcome } = await elapsed(() => c.rest.issues.createComment({ ...repo, issue_number: 7, body: 'x' }));
    expect(outcome).toMatchObject({ status: 403 });
    expect(ms).toBeLessThan(SLACK_MS);
    expect(warnings.join('\n')).toMatch(/giving up: waiting 30 s would pass the run's time for the API/);
  });
});

describe('the budget', () => {
  test('a call still waiting when the budget runs out ends then, and no later call is sent', async () => {
    api.faults.push({ path: /\/contents\//, hang: true });
    const budget = new ApiBudget(250, 'input api-timeout');
    const c = await client(budget);
    const { ms, outcome } = await elapsed(() => c.rest.repos.getContent({ ...repo, path: 'policy.yml', ref: 'main' }));
    expect((outcome as Error).message).toBe(
      "GET /repos/acme/apps/contents/policy.yml: the run's time for the GitHub API (0.3 s, input api-timeout) ran out before GitHub answered",
    );
    expect(ms).toBeLessThan(250 + SLACK_MS);
    const sent = api.requests.length;
    await expect(c.rest.users.getAuthenticated()).rejects.toBeInstanceOf(ApiTimeout);
    expect(api.requests).toHaveLength(sent);
  });

  test('retry waits count: a GitHub failing with 5xx stops at the budget, and nothing is sent after it', async () => {
    api.failNext = 100;
    const c = await client(new ApiBudget(400), { retryWaitMs: 300, retries: 5 });
    const { ms, outcome } = await elapsed(() => c.rest.users.getAuthenticated());
    expect(outcome).toBeInstanceOf(ApiTimeout);
    expect(ms).toBeLessThan(400 + SLACK_MS);
    const sent = api.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(api.requests).toHaveLength(sent);
  });

  test('only time with a call in flight counts', async () => {
    api.faults.push({ path: /\/contents\//, delayMs: 150 });
    const budget = new ApiBudget(800);
    const c = await client(budget);
    const start = performance.now();
    for (let i = 0; i < 3; i++) {
      await c.rest.repos.getContent({ ...repo, path: 'policy.yml', ref: 'main' });
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    expect(performance.now() - start).toBeGreaterThan(800);
    expect(budget.remainingMs()).toBeGreaterThan(0);
    expect(budget.remainingMs()).toBeLessThanOrEqual(800 - 3 * 150);
  });

  test('any mix of hanging, slow, failing and good answers ends within the budget', async () => {
    const fault = fc.oneof(
      fc.constant<Fault>({ hang: true }),
      fc.integer({ min: 0, max: 400 }).map<Fault>((delayMs) => ({ delayMs })),
      fc.integer({ min: 1, max: 30 }).map<Fault>((dripMs) => ({ dripMs })),
      fc.constant<Fault>({ status: 502, message: 'Bad Gateway' }),
      fc.constant<Fault>({ status: 404, message: 'Not Found' }),
      fc.constant<Fault | undefined>(undefined),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: 0, max: CALLS.length - 1 }), fault), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 200, max: 700 }),
        async (steps, budgetMs) => {
          api.faults.length = 0;
          api.requests.length = 0;
          const c = await client(new ApiBudget(budgetMs), { retryWaitMs: 100 });
          const start = performance.now();
          for (const [index, f] of steps) {
            const [, path, run] = CALLS[index];
            api.faults.length = 0;
            if (f) api.faults.push({ ...f, path, times: 1 });
            // Each call ends with an answer or an error: never a hang, never an empty answer passed off as data.
            await run(c).then(
              (answer) => expect(answer).toBeDefined(),
              (error: unknown) => expect(error).toBeInstanceOf(Error),
            );
          }
          // The budget bounds the API time; what is left is the fake's and the client's own work.
          expect(performance.now() - start).toBeLessThan(budgetMs + SLACK_MS);
        },
      ),
      { numRuns: 8 },
    );
  });
});
