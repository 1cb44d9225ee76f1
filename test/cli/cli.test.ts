import { describe, expect, test, beforeAll, afterAll } from '@jest/globals';
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { runCli, type CliIo } from '../../src/cli/main.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const run = promisify(execFile);

interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd,
    env,
    isTTY: false,
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

interface JsonFinding {
  ruleId: string;
  severity: string;
  file: string;
  line: number;
  column: number;
  pointer: string;
  message: string;
}

const brief = (f: JsonFinding) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.pointer}`;

describe('the official examples of the source document', () => {
  test('give exactly the plain-http redirect URI, the unresolved placeholders and placeholder hosts', async () => {
    const { code, stdout } = await cli(['examples/official', '--offline', '--format', 'json'], repo);
    const report = JSON.parse(stdout);
    const endpoint = (line: number, event: string) =>
      `examples/official/custom-connector.json:${line}:21 error placeholder-host /capabilities/webhooks/${event}/endpoint`;
    expect(report.findings.map(brief)).toEqual([
      'examples/official/custom-connector.json:10:7 error redirect-uri-https /redirect_uris/0',
      'examples/official/custom-connector.json:10:7 error unresolved-placeholder /redirect_uris/0',
      'examples/official/custom-connector.json:13:15 error placeholder-host /logo_uri',
      'examples/official/custom-connector.json:15:16 error unresolved-placeholder /entry_uri',
      endpoint(19, 'ms.MessagingEventNotification.ContentEvent'),
      endpoint(24, 'ms.MessagingEventNotification.RichContentEvent'),
      endpoint(29, 'ms.MessagingEventNotification.AcceptStatusEvent'),
      endpoint(33, 'ms.MessagingEventNotification.ChatStateEvent'),
      endpoint(36, 'cqm.ExConversationChangeNotification'),
      'examples/official/web-application.json:6:16 error unresolved-placeholder /entry_uri',
      'examples/official/web-application.json:12:5 error redirect-uri-https /redirect_uris/0',
      'examples/official/web-application.json:12:5 error unresolved-placeholder /redirect_uris/0',
    ]);
    expect(report.manifests).toEqual([
      { file: 'examples/official/custom-connector.json', format: 'json' },
      { file: 'examples/official/web-application.json', format: 'json' },
    ]);
    expect(report.skipped).toEqual([
      { ruleId: 'logo-dimensions', reason: 'offline' },
      { ruleId: 'logo-fetch', reason: 'offline' },
    ]);
    expect(code).toBe(1);
  });

  test('the good examples are clean', async () => {
    const { code, stdout } = await cli(['examples/good', '--offline', '--format', 'json'], repo);
    expect(JSON.parse(stdout).findings).toEqual([]);
    expect(code).toBe(0);
  });
});

describe('exit codes and usage errors', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lp-cli-'));
    await fs.writeFile(
      path.join(dir, 'warn.json'),
      JSON.stringify({ client_name: 'NotReverseDns', scope: 'msg.consumer' }, null, 2),
    );
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  test('a warning fails only with --fail-on warning', async () => {
    expect((await cli(['--offline'], dir)).code).toBe(0);
    expect((await cli(['--offline', '--fail-on', 'warning'], dir)).code).toBe(1);
    expect((await cli(['--offline', '--fail-on', 'never', '--format', 'json'], dir)).code).toBe(0);
  });

  test.each([
    [
      ['--format', 'xml'],
      /--format must be one of text, json, sarif, markdown, github, junit, checkstyle, gitlab, compact, not "xml"/,
    ],
    [['--fail-on', 'fatal'], /--fail-on must be one of error, warning, notice, never/],
    [['--network-timeout', 'soon'], /--network-timeout must be a positive whole number/],
    [['--bogus'], /unknown option --bogus/],
    [['no-such-file.json'], /no such file or directory inside the root: no-such-file.json/],
    [['--policy', 'missing-policy.yml'], /missing-policy\.yml/],
  ])('%j is exit 2 with a one-line reason and no stack trace', async (argv, message) => {
    const { code, stderr } = await cli(argv, dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  test('--output writes the report to a file', async () => {
    const out = path.join(dir, 'report.sarif');
    const { stdout } = await cli(['--offline', '--format', 'sarif', '--output', out], dir);
    expect(stdout).toBe('');
    expect(JSON.parse(await fs.readFile(out, 'utf8')).version).toBe('2.1.0');
  });

  test('text colour only when asked for, and NO_COLOR wins', async () => {
    expect((await cli(['--offline'], dir)).stdout).not.toMatch(/\u001b\[/);
    expect((await cli(['--offline'], dir, { FORCE_COLOR: '1' })).stdout).toMatch(/\u001b\[/);
    expect((await cli(['--offline'], dir, { FORCE_COLOR: '1', NO_COLOR: '1' })).stdout).not.toMatch(/\u001b\[/);
  });
});

describe('the bundled CLI (dist/cli/index.js) as a user runs it', () => {
  test('checks the examples and exits 1 on their errors', async () => {
    const error = await run(process.execPath, [path.join(repo, 'dist/cli/index.js'), 'examples', '--offline'], {
      cwd: repo,
      env: { PATH: process.env.PATH, NO_COLOR: '1' },
    }).then(
      () => undefined,
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(error?.code).toBe(1);
    expect(error?.stdout).toContain('examples/problems/insecure-connector.json');
    expect(error?.stdout).toContain('client-secret-committed');
    expect(error?.stdout).not.toContain('s3cr3t-do-not-commit');
    expect(error?.stdout).not.toContain('eyJhbGciOiJIUzI1NiJ9');
    expect(error?.stderr).toBe('');
  });

  test('a repository of 600 manifests gives from the bundle the report a run from the sources gives', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lp-cli-many-'));
    try {
      const manifest = await fs.readFile(path.join(repo, 'examples/good/acme-order-bot.json'), 'utf8');
      for (let i = 0; i < 600; i++) {
        const file = path.join(dir, `apps/team-${i % 7}`, `app-${i}.${i % 2 ? 'json' : 'yaml'}`);
        await fs.mkdir(path.dirname(file), { recursive: true });
        // Every tenth is invalid, and names collide in pairs, so there are findings of each stage to place.
        const value = {
          ...JSON.parse(manifest),
          client_name: `com.acme.app-${i - (i % 30 === 1 ? 1 : 0)}`,
          ...(i % 10 === 3 ? { scope: 7 } : {}),
        };
        await fs.writeFile(
          file,
          i % 2
            ? JSON.stringify(value, null, 2)
            : Object.entries(value)
                .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
                .join('\n'),
        );
      }
      const argv = ['--offline', '--format', 'json'];
      const bundled = await run(process.execPath, [path.join(repo, 'dist/cli/index.js'), ...argv], {
        cwd: dir,
        env: { PATH: process.env.PATH },
      }).then(
        () => undefined,
        (e: { code: number; stdout: string; stderr: string }) => e,
      );
      const fromSources = await cli(argv, dir);
      expect(bundled?.code).toBe(1);
      expect(bundled?.stderr).toBe('');
      const report = JSON.parse(bundled!.stdout);
      expect(report.manifests).toHaveLength(600);
      expect(new Set(report.findings.map((f: JsonFinding) => f.ruleId))).toEqual(
        new Set(['schema', 'client-name-unique']),
      );
      expect(report).toEqual(JSON.parse(fromSources.stdout));
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  test('--version prints the package version', async () => {
    const { stdout } = await run(process.execPath, [path.join(repo, 'dist/cli/index.js'), '--version']);
    const pkg = JSON.parse(await fs.readFile(path.join(repo, 'package.json'), 'utf8'));
    expect(stdout.trim()).toBe(pkg.version);
  });
});
