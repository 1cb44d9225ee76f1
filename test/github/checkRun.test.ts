import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import type { Finding, Severity } from '../../src/core/types.js';
import { ApiBudget } from '../../src/github/apiBudget.js';
import { createGitHubClient } from '../../src/github/client.js';
import { annotationOrder, postCheckRun } from '../../src/github/checkRun.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fakeGitHub.js';

const TOKEN = 'ghs_workflowToken000000000000000';
let api: FakeGitHub;

beforeAll(async () => {
  api = await startFakeGitHub();
});
afterAll(async () => {
  await api.close();
});
beforeEach(() => {
  api.checkRuns.length = 0;
  api.requests.length = 0;
  api.violations.length = 0;
  api.faults.length = 0;
  api.readOnly = false;
});

const client = () =>
  createGitHubClient(TOKEN, () => undefined, api.url, {
    budget: new ApiBudget(20_000),
    limits: { retryWaitMs: 10, retries: 0 },
    throttle: false,
  });

function findings(count: number): Finding[] {
  const severities: Severity[] = ['notice', 'warning', 'error'];
  return Array.from({ length: count }, (_, i) => ({
    ruleId: `rule-${i % 7}`,
    severity: severities[i % 3],
    message: `finding ${i}`,
    file: `apps/${i % 5}.json`,
    pointer: `/p${i}`,
    line: i + 1,
    column: 2,
    endLine: i % 4 === 0 ? i + 2 : i + 1,
    endColumn: 9,
  }));
}

const request = (list: Finding[], conclusion: 'success' | 'failure' = 'failure') => ({
  owner: 'acme',
  repo: 'apps',
  headSha: 'b'.repeat(40),
  name: 'lp-app-manifest-check / manifests/check',
  conclusion,
  title: 'counts',
  summary: '# report',
  findings: annotationOrder(list),
});

describe('the check run', () => {
  test.each([0, 1, 50, 51, 120, 250])(
    '%i findings: every one an annotation, 50 per request, then completed',
    async (n) => {
      const list = findings(n);
      const outcome = await postCheckRun(await client(), request(list));
      expect(outcome).toMatchObject({ posted: true, sent: n, unsent: [] });
      expect(api.checkRuns).toHaveLength(1);
      const [run] = api.checkRuns;
      expect(run).toMatchObject({ status: 'completed', conclusion: 'failure', name: request([]).name });
      expect(run.annotations.map((a) => a.message)).toEqual(annotationOrder(list).map((f) => f.message));
      expect(run.requests).toBe(Math.ceil(n / 50));
      expect(api.requests).toHaveLength(Math.max(1, Math.ceil(n / 50)));
      // Complete from its first request: a run cut short never leaves it in progress for a required check to wait on.
      expect(api.requests[0].body).toMatchObject({ conclusion: 'failure' });
      expect(api.requests.some((r) => (r.body as { status?: string }).status !== undefined)).toBe(false);
      expect(api.violations).toEqual([]);
    },
  );

  test('annotations: levels, and columns only within one line', async () => {
    await postCheckRun(await client(), request(findings(3), 'success'));
    const byMessage = new Map(api.checkRuns[0].annotations.map((a) => [a.message, a]));
    expect(byMessage.get('finding 0')).toEqual({
      path: 'apps/0.json',
      start_line: 1,
      end_line: 2,
      annotation_level: 'notice',
      message: 'finding 0',
      title: 'rule-0',
    });
    expect(byMessage.get('finding 2')).toMatchObject({ annotation_level: 'failure', start_column: 2, end_column: 9 });
    expect(api.checkRuns[0].conclusion).toBe('success');
  });

  test('a token that may not write checks is refused (403), and nothing is sent', async () => {
    api.readOnly = true;
    const outcome = await postCheckRun(await client(), request(findings(3)));
    expect(outcome).toMatchObject({ posted: false, refused: true });
    expect(api.checkRuns).toEqual([]);
  });

  test('another failure to create it is not a refusal', async () => {
    api.faults.push({ method: 'POST', status: 500, message: 'boom' });
    expect(await postCheckRun(await client(), request(findings(3)))).toMatchObject({ posted: false, refused: false });
  });

  test('an update failing part way hands back what was not sent; the run was complete from the start', async () => {
    // The first update (the second batch) fails.
    api.faults.push({ method: 'PATCH', status: 422, message: 'Validation Failed', times: 1 });
    const list = findings(120);
    const outcome = await postCheckRun(await client(), request(list));
    expect(outcome).toMatchObject({ posted: true, sent: 50 });
    if (!outcome.posted) throw new Error('not posted');
    expect(outcome.unsent.map((f) => f.message)).toEqual(
      annotationOrder(list)
        .slice(50)
        .map((f) => f.message),
    );
    expect(outcome.warning).toMatch(/^70 annotation\(s\) could not be added to the check run \(HTTP 422/);
    expect(api.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(api.checkRuns[0].annotations).toHaveLength(50);
  });
});

describe('annotationOrder', () => {
  test('errors, warnings, notices; in each, changed lines first; otherwise report order; suppressed never', () => {
    const list = findings(12);
    list[4].suppressed = { kind: 'baseline', reason: 'x' };
    const changed = (f: Finding) => f.line > 6;
    const ordered = annotationOrder(list, changed);
    expect(ordered.map((f) => `${f.severity} ${changed(f) ? 'changed' : '-'} ${f.line}`)).toEqual([
      'error changed 9',
      'error changed 12',
      'error - 3',
      'error - 6',
      'warning changed 8',
      'warning changed 11',
      'warning - 2',
      'notice changed 7',
      'notice changed 10',
      'notice - 1',
      'notice - 4',
    ]);
    expect(ordered.some((f) => f.suppressed)).toBe(false);
  });
});
