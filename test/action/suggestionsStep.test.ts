import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Finding, TextEdit } from '../../src/core/types.js';
import { suggestionsStep } from '../../src/action/suggestionsStep.js';
import type { ActionInputs } from '../../src/action/inputs.js';
import { ApiBudget } from '../../src/github/apiBudget.js';
import { lazyClient } from '../../src/github/client.js';
import { pullRequestDiff } from '../../src/github/pullRequestDiff.js';
import type { PullRequest } from '../../src/github/pullRequest.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fakeGitHub.js';

// The Action's step from findings that carry edits (as the engine's fixable rules give them) to the review: the diff
// from a real git repository, the file read from the workspace through src/files, the review posted to the fake API.

const TOKEN = 'ghs_workflowToken000000000000000';
const BASE = 'client_name: com.acme.a\nenabled: true\nscope: msg.consumer\n';
const HEAD = 'client_name: com.acme.a\nenabled: yes\nscope: msg.consumer\nsecret: s3cr3t-value-123 # here\n';

let api: FakeGitHub;
let workspace: string;
let pr: PullRequest;

function git(...args: string[]): string {
  return execFileSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...args], {
    cwd: workspace,
    encoding: 'utf8',
  }).trim();
}

beforeAll(async () => {
  api = await startFakeGitHub();
});
afterAll(async () => {
  await api.close();
});
beforeEach(async () => {
  api.reviewComments.length = 0;
  api.reviews.length = 0;
  api.requests.length = 0;
  api.violations.length = 0;
  workspace = await fs.mkdtemp(path.join(os.tmpdir(), 'lp-suggest-'));
  git('init', '-q', '-b', 'main');
  await fs.mkdir(path.join(workspace, 'apps'));
  await fs.writeFile(path.join(workspace, 'apps/a.yaml'), BASE);
  git('add', '.');
  git('commit', '-qm', 'base');
  const baseSha = git('rev-parse', 'HEAD');
  await fs.writeFile(path.join(workspace, 'apps/a.yaml'), HEAD);
  git('commit', '-qam', 'head');
  pr = { owner: 'acme', repo: 'apps', number: 7, baseSha, headSha: git('rev-parse', 'HEAD') };
});
afterEach(async () => {
  await fs.rm(workspace, { recursive: true, force: true });
});

/** A finding whose fix replaces `from` on `line` of HEAD with `to`. */
function fixing(line: number, from: string, to: string): Finding {
  const starts = [0];
  for (let i = 0; i < HEAD.length; i++) if (HEAD[i] === '\n') starts.push(i + 1);
  const start = HEAD.indexOf(from, starts[line - 1]);
  const edit: TextEdit = { start, end: start + from.length, text: to, line, column: 1, endLine: line, endColumn: 1 };
  return {
    ruleId: 'schema',
    severity: 'error',
    message: 'must be a boolean',
    file: 'apps/a.yaml',
    pointer: '/x',
    line,
    column: 1,
    endLine: line,
    endColumn: 10,
    fix: { edits: [edit] },
  };
}

async function step(findings: Finding[], secrets: string[] = []) {
  const client = lazyClient(TOKEN, () => undefined, api.url, { budget: new ApiBudget(20_000), throttle: false });
  return suggestionsStep({
    inputs: { token: TOKEN, workflowToken: TOKEN } as ActionInputs,
    root: workspace,
    pr,
    client,
    diffOf: () => pullRequestDiff(workspace, pr, client),
    findings,
    secrets,
    key: 'manifests/check',
  });
}

describe('suggestionsStep', () => {
  test('a fix on a changed line is posted as a suggestion of the whole line; one on an unchanged line is not', async () => {
    const note = await step([fixing(2, 'yes', 'true'), fixing(1, 'com.acme.a', 'com.acme.b')]);
    expect(api.reviewComments).toHaveLength(1);
    expect(api.reviewComments[0]).toMatchObject({ path: 'apps/a.yaml', line: 2, commit_id: pr.headSha });
    expect(api.reviewComments[0].body).toContain('```suggestion\nenabled: true\n```');
    expect(note).toBe('1 suggested change(s) posted as a pull request review.');
    expect(api.violations).toEqual([]);
    // Asked again on the next run with the same findings: nothing new.
    expect(await step([fixing(2, 'yes', 'true')])).toBe(
      '0 suggested change(s) posted as a pull request review; 1 from an earlier run still apply.',
    );
    expect(api.reviews).toHaveLength(1);
  });

  test('a workspace file that is not the head commit’s gets no suggestion (its lines may not be the diff’s)', async () => {
    await fs.writeFile(path.join(workspace, 'apps/a.yaml'), '# merged with a newer base\n' + HEAD);
    const note = await step([fixing(2, 'yes', 'true')]);
    expect(api.reviewComments).toEqual([]);
    expect(note).toBe("1 not offered: the checked-out file is not the pull request's head.");
  });

  test('lines holding a credential the run found are never repeated in a suggestion', async () => {
    const note = await step([fixing(4, '# here', '# there')], ['s3cr3t-value-123']);
    expect(api.reviewComments).toEqual([]);
    expect(JSON.stringify(api.requests)).not.toContain('s3cr3t-value-123');
    expect(note).toBe('1 not offered: the lines hold a credential.');
  });
});
