import { describe, expect, test } from '@jest/globals';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parse } from 'yaml';
// @ts-expect-error: a plain .mjs script without types, run by `npm run readme` and here
import { renderReadme } from '../../scripts/readme-tables.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const run = promisify(execFile);

describe('README', () => {
  test('the inputs and outputs tables are exactly what action.yml says (npm run readme)', () => {
    const readme = read('README.md');
    expect(renderReadme(readme, read('action.yml'))).toBe(readme);
  });

  test('a changed action.yml makes the tables differ', () => {
    const readme = read('README.md');
    const changed = read('action.yml').replace('Emit an annotation for each finding.', 'Something else.');
    expect(renderReadme(readme, changed)).not.toBe(readme);
  });

  test('the first block gives the two fresh-clone commands: set-up (npm ci) once, the first needing none', () => {
    const first = /```sh\n([\s\S]*?)```/.exec(read('README.md'))!;
    expect(first.index).toBeLessThan(40);
    const lines = first[1].trimEnd().split('\n');
    expect(lines.map((l) => l.split('#')[0].trim())).toEqual(['node dist/cli/index.js examples', 'npm ci && npm test']);
    expect(lines[0]).toMatch(/# exit status 1 is expected: .*broken on purpose; examples\/good passes$/);
    expect(read('.ci/run')).toContain('npm test');
  });

  test.each([
    ['examples', 1],
    ['examples/good', 0],
  ])(
    'node dist/cli/index.js %s exits with %i, as the README says (no install: dist/ is self-contained)',
    async (dir, code) => {
      const outcome = await run(process.execPath, [path.join(root, 'dist/cli/index.js'), dir, '--offline'], {
        cwd: root,
        env: { PATH: process.env.PATH },
      }).then(
        () => ({ code: 0, stderr: '' }),
        (error: { code: number; stderr: string }) => error,
      );
      expect(outcome).toMatchObject({ code, stderr: '' });
      expect(read('README.md')).toMatch(new RegExp(`node dist/cli/index\\.js ${dir}(?![\\w/])`));
    },
  );
});

describe('the reusable workflow', () => {
  const action = parse(read('action.yml')) as {
    inputs: Record<string, { default?: string }>;
    outputs: Record<string, unknown>;
  };
  const workflow = parse(read('.github/workflows/lp-app-manifest-check.yml')) as {
    on: {
      workflow_call: {
        inputs: Record<string, { default?: unknown }>;
        secrets: Record<string, unknown>;
        outputs: Record<string, unknown>;
      };
    };
    jobs: { check: { steps: Array<{ id?: string; uses?: string; with?: Record<string, string> }> } };
  };
  const call = workflow.on.workflow_call;
  // The Action as this repository's own commit checked out into the workspace (`uses: ./…`).
  const step = workflow.jobs.check.steps.find((s) => s.uses?.startsWith('./'))!;
  /** Inputs the workflow sets itself: the job's token, and the policy token from its GitHub App or secret. */
  const suppliedByTheWorkflow: Record<string, string | undefined> = {
    token: undefined,
    // Hidden: left at its default, it is the token of the job that runs the Action.
    'workflow-token': undefined,
    'policy-token': '${{ steps.policy-app.outputs.token || secrets.policy-token }}',
  };
  const workflowOnlyInputs = ['policy-app-client-id', 'only-changed-lines'];
  /**
   * Inputs the workflow maps: `only-changed` stays the boolean it was in 1.0 (a caller's `true` must keep working, and
   * a boolean cannot be passed to a string input), and `only-changed-lines` asks for the Action's `lines`.
   */
  const mapped: Record<string, string> = {
    'only-changed': "${{ inputs.only-changed-lines && 'lines' || inputs.only-changed && 'files' || 'false' }}",
  };

  test('passes every other input of the Action through, with the same defaults', () => {
    const names = Object.keys(action.inputs).filter((n) => !(n in suppliedByTheWorkflow));
    expect(Object.keys(call.inputs).filter((n) => !workflowOnlyInputs.includes(n))).toEqual(names);
    expect(Object.keys(step.with!).filter((n) => !(n in suppliedByTheWorkflow))).toEqual(names);
    for (const name of names) {
      expect(String(call.inputs[name].default)).toBe(action.inputs[name].default);
      expect(step.with?.[name]).toBe(mapped[name] ?? `\${{ inputs.${name} }}`);
    }
    expect(call.inputs['only-changed']).toMatchObject({ type: 'boolean', default: false });
    expect(call.inputs['only-changed-lines']).toMatchObject({ type: 'boolean', default: false });
  });

  test('the Action keeps the job token; central policies are read with the App token or the policy-token secret', () => {
    for (const [name, value] of Object.entries(suppliedByTheWorkflow)) {
      expect(action.inputs).toHaveProperty(name);
      expect(step.with?.[name]).toBe(value);
    }
    expect(Object.keys(call.secrets)).toEqual(['policy-app-private-key', 'policy-token']);
    const app = workflow.jobs.check.steps.find((s) => s.id === 'policy-app')!;
    expect(app.uses).toMatch(/^actions\/create-github-app-token@[0-9a-f]{40}$/);
    expect(app.with).toEqual({
      'client-id': '${{ inputs.policy-app-client-id }}',
      'private-key': '${{ secrets.policy-app-private-key }}',
      owner: '${{ github.repository_owner }}',
      'permission-contents': 'read',
    });
  });

  test('exposes the count outputs', () => {
    for (const name of ['result', 'manifests', 'errors', 'warnings', 'notices'])
      expect(call.outputs).toHaveProperty(name);
  });
});

test('the README shows the CLI usage exactly as --help prints it', async () => {
  const { USAGE } = await import('../../src/cli/main.js');
  expect(read('README.md')).toContain('```\n' + USAGE + '\n```');
});
