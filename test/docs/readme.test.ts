import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
// @ts-expect-error: a plain .mjs script without types, run by `npm run readme` and here
import { renderReadme } from '../../scripts/readme-tables.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

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

  test('the first lines give the two fresh-clone commands', () => {
    const lines = read('README.md').split('\n').slice(0, 6).join('\n');
    expect(lines).toContain('npm ci && node dist/cli/index.js examples');
    expect(lines).toContain('npm ci && npm test');
    expect(read('.ci/run')).toContain('npm test');
  });
});

describe('the reusable workflow', () => {
  const action = parse(read('action.yml')) as {
    inputs: Record<string, { default?: string }>;
    outputs: Record<string, unknown>;
  };
  const workflow = parse(read('.github/workflows/lp-app-manifest-check.yml')) as {
    on: { workflow_call: { inputs: Record<string, { default?: unknown }>; outputs: Record<string, unknown> } };
    jobs: { check: { steps: Array<{ uses?: string; with?: Record<string, string> }> } };
  };
  const call = workflow.on.workflow_call;
  const step = workflow.jobs.check.steps.find((s) =>
    s.uses?.startsWith('lp-app-manifest-check/lp-app-manifest-check@'),
  )!;

  test('passes every input of the Action through, with the same defaults (the tokens are the caller’s)', () => {
    // workflow-token is hidden: left at its default, it is the token of the job that runs the Action.
    const names = Object.keys(action.inputs).filter((n) => n !== 'token' && n !== 'workflow-token');
    expect(Object.keys(call.inputs)).toEqual(names);
    for (const name of names) {
      expect(String(call.inputs[name].default)).toBe(action.inputs[name].default);
      expect(step.with?.[name]).toBe(`\${{ inputs.${name} }}`);
    }
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
