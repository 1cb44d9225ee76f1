import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import * as core from '@actions/core';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as runner from '../../src/action/runner.js';

/** What a function writes to stdout, as the runner reads it. */
function stdoutOf(run: () => void): string {
  let text = '';
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string) => {
    text += chunk;
    return true;
  }) as typeof process.stdout.write;
  try {
    run();
  } finally {
    process.stdout.write = write;
  }
  return text;
}

const hostile = [
  'plain message',
  'line one\nline two\r\nthree',
  '::error::forged%0A',
  '100% sure, really: yes',
  '',
  'ünïcödé — ✓',
];

// Ours writes to descriptor 1 directly; here it writes through process.stdout.write, which stdoutOf captures.
runner.setCommandWriter((text) => void process.stdout.write(text));

let temp: string;
const saved = { ...process.env };
beforeEach(async () => {
  temp = await fs.mkdtemp(path.join(os.tmpdir(), 'lp-runner-'));
});
afterEach(async () => {
  process.env = { ...saved };
  process.exitCode = undefined;
  await fs.rm(temp, { recursive: true, force: true });
});

describe('the workflow-command protocol is written byte for byte as @actions/core writes it', () => {
  test.each(hostile)('annotations, logs and masks of %j', (text) => {
    const properties = {
      title: `rule:${text}`,
      file: `dir,a/${text}.json`,
      startLine: 3,
      endLine: 4,
      startColumn: 5,
      endColumn: 9,
    };
    for (const name of ['error', 'warning', 'notice'] as const) {
      expect(stdoutOf(() => runner[name](text, properties))).toBe(stdoutOf(() => core[name](text, properties)));
      expect(stdoutOf(() => runner[name](text))).toBe(stdoutOf(() => core[name](text)));
    }
    expect(stdoutOf(() => runner.setSecret(text))).toBe(stdoutOf(() => core.setSecret(text)));
    expect(stdoutOf(() => runner.info(text))).toBe(stdoutOf(() => core.info(text)));
  });

  test('setFailed sets exit code 1 and writes an error', () => {
    const ours = stdoutOf(() => runner.setFailed('no: 50%'));
    expect(process.exitCode).toBe(1);
    process.exitCode = undefined;
    expect(ours).toBe(stdoutOf(() => core.setFailed('no: 50%')));
    expect(process.exitCode).toBe(1);
  });

  test('inputs are read as the runner passes them', () => {
    process.env['INPUT_FAIL-ON'] = '  warning \n';
    process.env['INPUT_MY_INPUT'] = 'x';
    expect(runner.getInput('fail-on')).toBe(core.getInput('fail-on'));
    expect(runner.getInput('my input')).toBe(core.getInput('my input'));
    expect(runner.getInput('absent')).toBe(core.getInput('absent'));
  });

  test.each(hostile)('outputs in GITHUB_OUTPUT of %j', async (text) => {
    const file = path.join(temp, 'output');
    await fs.writeFile(file, '');
    process.env.GITHUB_OUTPUT = file;
    runner.setOutput('report-file', text);
    core.setOutput('report-file', text);
    const [ours, theirs] = (await fs.readFile(file, 'utf8'))
      .replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIMITER')
      .split(/(?<=DELIMITER\n)(?=report-file)/);
    expect(ours).toBe(theirs);
  });

  test('the step summary is appended as core.summary writes it', async () => {
    const file = path.join(temp, 'summary');
    await fs.writeFile(file, 'before\n');
    process.env.GITHUB_STEP_SUMMARY = file;
    runner.appendSummary('## a\n');
    await core.summary.addRaw('## a\n').write();
    expect(await fs.readFile(file, 'utf8')).toBe('before\n## a\n## a\n');
  });
});
