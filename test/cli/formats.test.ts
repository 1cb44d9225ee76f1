import { describe, expect, test } from '@jest/globals';
import { Ajv } from 'ajv';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { runCli } from '../../src/cli/main.js';
import { FORMATS } from '../../src/report/index.js';
import { readReportFixture } from '../support/reportResult.js';
import { canonical, xmlErrors, xpath } from '../support/xmllint.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const run = promisify(execFile);

async function cli(format: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['examples/official', '--offline', '--format', format], {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd: repo,
    env: {},
    isTTY: false,
  });
  return { code, stdout, stderr };
}

/** How many unsuppressed findings each format shows, read the way its consumer reads it. */
const shown: Record<string, (out: string) => Promise<number>> = {
  junit: async (out) => {
    expect(await xmlErrors(out, readReportFixture('junit.xsd'))).toEqual([]);
    // A line per finding in its rule's case: errors and warnings in the failure, notices in the output.
    const bodies = [...(await canonical(out)).matchAll(/<(failure|system-out)[^>]*>([^<]*)</g)].map((m) => m[2]);
    return bodies.flatMap((body) => body.split('\n')).filter((line) => / (error|warning|notice) /.test(line)).length;
  },
  checkstyle: async (out) => {
    expect(await xmlErrors(out, readReportFixture('checkstyle.xsd'))).toEqual([]);
    return Number(await xpath(out, 'count(//error)'));
  },
  gitlab: async (out) => {
    const validate = new Ajv({ strictRequired: false }).compile(
      JSON.parse(readReportFixture('gitlab-code-quality.schema.json')),
    );
    const issues = JSON.parse(out);
    expect(validate(issues)).toBe(true);
    return issues.length;
  },
  compact: async (out) =>
    out.split('\n').filter((l) => /^[^ ].*:\d+:\d+: (error|warning|notice) .* \[[^\]]+\]$/.test(l)).length,
};

describe('every --format through the CLI, on the official examples', () => {
  test.each(FORMATS.filter((f) => f in shown))(
    '--format %s shows every finding the JSON report has',
    async (format) => {
      const json = await cli('json');
      const findings = JSON.parse(json.stdout).findings.filter((f: { suppressed?: unknown }) => !f.suppressed);
      expect(findings.length).toBeGreaterThan(3);
      const { code, stdout, stderr } = await cli(format);
      expect({ code, stderr }).toEqual({ code: json.code, stderr: json.stderr });
      expect(await shown[format](stdout)).toBe(findings.length);
    },
  );

  test('every format is accepted and writes something', async () => {
    for (const format of FORMATS) {
      const { code, stdout } = await cli(format);
      expect([format, code]).toEqual([format, 1]);
      expect(stdout.length).toBeGreaterThan(0);
    }
  });
});

test('the bundled CLI writes the new formats (their modules are bundled as chunks it loads when asked)', async () => {
  for (const format of ['junit', 'checkstyle', 'gitlab', 'compact']) {
    const outcome = await run(
      process.execPath,
      [path.join(repo, 'dist/cli/index.js'), 'examples/official', '--offline', '--format', format],
      { cwd: repo, env: { PATH: process.env.PATH } },
    ).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toMatch(/redirect-uri-https/);
  }
});
