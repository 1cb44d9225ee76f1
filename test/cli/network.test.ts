import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { createImageProbe } from '../../src/network/createImageProbe.js';
import { startLogoServer, testCa, type LogoServer } from '../support/logoServer.js';

let server: LogoServer;
let root: string;
beforeAll(async () => {
  server = await startLogoServer();
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'lp-cli-net-'));
  await fs.writeFile(
    path.join(root, 'app.json'),
    JSON.stringify({ client_name: 'com.a.b', logo_uri: `${server.origin}/img/logo-64.png` }, null, 2),
  );
  // The loopback server stands for a public logo host: uri-public-host would report its address on every run.
  await fs.mkdir(path.join(root, '.github'));
  await fs.writeFile(
    path.join(root, '.github/lp-app-policy.yml'),
    'extends: recommended\nrules:\n  uri-public-host: off\n',
  );
});
afterAll(async () => {
  await server.close();
  await fs.rm(root, { recursive: true, force: true });
});

async function cli(argv: string[], createNetwork?: Parameters<typeof runCli>[1]['createNetwork']) {
  let stdout = '';
  const code = await runCli([...argv, '--format', 'json'], {
    stdout: (t) => void (stdout += t),
    stderr: () => undefined,
    cwd: root,
    env: {},
    isTTY: false,
    createNetwork,
  });
  return { code, report: JSON.parse(stdout) };
}

test('by default the real fetcher refuses the loopback logo: a logo-fetch warning, no connection', async () => {
  const before = server.connections;
  const { report } = await cli(['--network-timeout', '2000']);
  expect(report.findings.map((f: { ruleId: string; message: string }) => `${f.ruleId}: ${f.message}`)).toEqual([
    'logo-fetch: logo could not be checked: refused: a loopback address (127.0.0.1)',
  ]);
  expect(server.connections).toBe(before);
});

test('--allow-private-network and --network-timeout reach the fetcher', async () => {
  const seen: unknown[] = [];
  const { code, report } = await cli(['--allow-private-network', '--network-timeout', '1500'], (options) => {
    seen.push(options);
    return createImageProbe({ ...options, ca: testCa });
  });
  expect(seen).toEqual([{ timeoutMs: 1500, allowPrivateNetwork: true }]);
  expect(report.findings.map((f: { ruleId: string; message: string }) => `${f.ruleId}: ${f.message}`)).toEqual([
    'logo-dimensions: logo is 64×64 px (png); it must be 70×70 px',
  ]);
  expect(code).toBe(1);
});

test('the bundled CLI (dist/cli/index.js) measures a logo over HTTPS, trusting the CA the environment names', async () => {
  const { execFile } = await import('node:child_process');
  const caFile = path.join(root, 'ca.crt');
  await fs.writeFile(caFile, testCa);
  const result = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [path.resolve('dist/cli/index.js'), '--allow-private-network', '--format', 'json'],
      { cwd: root, env: { PATH: process.env.PATH, NODE_EXTRA_CA_CERTS: caFile } },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number((error as { code?: number }).code) : 0, stdout, stderr }),
    );
  });
  expect(result.stderr).toBe('');
  expect(
    JSON.parse(result.stdout).findings.map((f: { ruleId: string; message: string }) => `${f.ruleId}: ${f.message}`),
  ).toEqual(['logo-dimensions: logo is 64×64 px (png); it must be 70×70 px']);
  expect(result.code).toBe(1);
});
