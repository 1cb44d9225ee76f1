import { afterEach, beforeEach, expect, test } from '@jest/globals';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { dedent } from '../support/dedent.js';

let root: string;

async function write(file: string, text: string): Promise<void> {
  await fs.mkdir(path.dirname(path.join(root, file)), { recursive: true });
  await fs.writeFile(path.join(root, file), dedent(text));
}

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['--offline', ...argv], {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd: root,
    env: {},
    isTTY: false,
  });
  return { code, stdout, stderr, report: stdout.startsWith('{') ? JSON.parse(stdout) : undefined };
}

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'lp-cli-policy-'));
  await write(
    'apps/a.yaml',
    `
    client_name: com.acme.a
    display_name: Other
    # lp-app-manifest-check-disable-next-line redirect-uri-https -- only used by the local simulator
    redirect_uris: [http://sim.acme.example/cb]
  `,
  );
  await write(
    'legacy/b.json',
    `
    {"client_name": "com.acme.b", "redirect_uris": ["http://old.acme.example/cb"]}
  `,
  );
});
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

test('the policy file alone turns rules off per folder and adds custom rules; suppressions are counted', async () => {
  await write(
    '.github/lp-app-policy.yml',
    `
    extends: recommended
    custom:
      - id: acme/display-name-prefix
        severity: warning
        message: display_name must start with "Acme"
        given: /display_name
        schema: { type: string, pattern: "^Acme" }
    overrides:
      - files: ["legacy/**"]
        rules: { redirect-uri-https: off }
  `,
  );
  const { code, report } = await cli('--format', 'json');
  expect(
    report.findings.map((f: { file: string; ruleId: string; line: number; severity: string; suppressed?: object }) => [
      f.file,
      f.ruleId,
      f.line,
      f.suppressed ? 'suppressed' : f.severity,
    ]),
  ).toEqual([
    ['apps/a.yaml', 'acme/display-name-prefix', 2, 'warning'],
    ['apps/a.yaml', 'redirect-uri-https', 4, 'suppressed'],
  ]);
  expect(report.summary).toEqual({ manifests: 2, errors: 0, warnings: 1, notices: 0, suppressed: 1 });
  expect(code).toBe(0);
});

test('a suppression without a reason suppresses nothing and is itself a finding', async () => {
  await write(
    'apps/a.yaml',
    `
    client_name: com.acme.a
    # lp-app-manifest-check-disable-next-line redirect-uri-https
    redirect_uris: [http://sim.acme.example/cb]
  `,
  );
  const { report } = await cli('--format', 'json', 'apps');
  expect(report.findings.map((f: { ruleId: string; line: number }) => [f.ruleId, f.line])).toEqual([
    ['invalid-suppression', 2],
    ['redirect-uri-https', 3],
  ]);
});

test('--write-baseline records today, --baseline reports only what is new, stale entries are named', async () => {
  const first = await cli('--write-baseline', 'baseline.json', '--format', 'json');
  expect(first.stderr).toContain('wrote 1 finding(s) to the baseline baseline.json');
  const clean = await cli('--baseline', 'baseline.json', '--format', 'json');
  expect(clean.code).toBe(0);
  expect(clean.report.summary).toMatchObject({ errors: 0, suppressed: 2 });

  await write(
    'legacy/b.json',
    `
    {

      "client_name": "com.acme.b", "redirect_uris": ["http://old.acme.example/cb"], "scope": "openid"
    }
  `,
  );
  const moved = await cli('--baseline', 'baseline.json', '--format', 'json');
  expect(
    moved.report.findings
      .filter((f: { suppressed?: object }) => !f.suppressed)
      .map((f: { ruleId: string }) => f.ruleId),
  ).toEqual(['scope-supported']);
  expect(moved.code).toBe(1);

  await write('legacy/b.json', `{"client_name": "com.acme.b"}`);
  const fixed = await cli('--baseline', 'baseline.json');
  expect(fixed.stderr).toContain('1 baseline entry no longer matches');
  expect(fixed.stderr).toContain('legacy/b.json redirect-uri-https /redirect_uris/0');
});

test('a bad policy is exit 2 with the file and line', async () => {
  await write(
    '.github/lp-app-policy.yml',
    `
    rules:
      redirect-uri-http: off
  `,
  );
  const { code, stderr } = await cli();
  expect(code).toBe(2);
  expect(stderr).toBe(
    'lp-app-manifest-check: .github/lp-app-policy.yml:2:3: unknown rule "redirect-uri-http" (did you mean "redirect-uri-https"?)\n',
  );
});
