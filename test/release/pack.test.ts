import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFile } from 'node:child_process';
import { promises as fs, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { STARTER_POLICY, STARTER_WORKFLOW, STARTER_WORKFLOW_FILE } from '../../src/cli/init.js';
import { runCli } from '../../src/cli/main.js';

// The npm package as a user gets it: `npm pack` of this checkout (dist/ as committed: .ci/run checks it equals the
// source), installed into an empty project with no registry, and run through npx.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

let temp: string;
let project: string;
let env: NodeJS.ProcessEnv;
let packed: string[];

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve) =>
    execFile(command, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    ),
  );
}

const npx = (args: string[]) => run('npx', ['--offline', '--no', '--', 'lp-app-manifest-check', ...args], project);

beforeAll(async () => {
  temp = await fs.mkdtemp(path.join(os.tmpdir(), 'lp-pack-'));
  project = path.join(temp, 'project');
  await fs.mkdir(project);
  await fs.mkdir(path.join(temp, 'home'));
  // Nothing of the npm that runs the tests (npm_config_* of `npm test`, the user's .npmrc and cache) reaches these
  // commands; an empty cache, --offline and a registry on a closed port mean nothing can be fetched.
  env = {
    PATH: process.env.PATH,
    HOME: path.join(temp, 'home'),
    npm_config_cache: path.join(temp, 'empty-cache'),
    npm_config_registry: 'http://127.0.0.1:9/',
    npm_config_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  const pack = await run('npm', ['pack', '--json', '--pack-destination', temp], root);
  expect(pack.code).toBe(0);
  const [{ filename, files }] = JSON.parse(pack.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  packed = files.map((f) => f.path).sort();
  await run('git', ['init', '-q'], project);
  const install = await run('npm', ['install', path.join(temp, filename)], project);
  expect(install).toMatchObject({ code: 0 });
}, 120_000);

afterAll(async () => {
  await fs.rm(temp, { recursive: true, force: true });
});

describe('the npm package', () => {
  test('holds exactly what the CLI needs: dist/cli, the built-in policies, the schemas, README and LICENSE', () => {
    const under = (dir: string): string[] =>
      readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? under(`${dir}/${e.name}`) : [`${dir}/${e.name}`],
      );
    const expected = ['package.json', 'README.md', 'LICENSE', ...under('dist/cli'), ...under('policies')];
    expect(packed).toEqual([...expected, ...under('schemas')].sort());
  });

  test('installs without the registry, with no dependencies', async () => {
    const installed = JSON.parse(await fs.readFile(path.join(project, 'package-lock.json'), 'utf8'));
    expect(Object.keys(installed.packages).sort()).toEqual(['', 'node_modules/lp-app-manifest-check']);
  });

  test('npx lp-app-manifest-check --version prints the version of package.json', async () => {
    expect(await npx(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  test('init writes the starter policy and workflow of the sources', async () => {
    const { code, stderr } = await npx(['init']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(await fs.readFile(path.join(project, '.github/lp-app-policy.yml'), 'utf8')).toBe(STARTER_POLICY);
    expect(await fs.readFile(path.join(project, STARTER_WORKFLOW_FILE), 'utf8')).toBe(STARTER_WORKFLOW);
  });

  test('checks the examples with the policy init wrote, exactly as the sources do', async () => {
    await fs.cp(path.join(root, 'examples'), path.join(project, 'examples'), { recursive: true });
    const argv = ['examples', '--offline', '--format', 'json'];
    const packaged = await npx(argv);
    let fromSources = '';
    await runCli(argv, {
      stdout: (t) => void (fromSources += t),
      stderr: () => {},
      cwd: project,
      env: {},
      isTTY: false,
    });
    expect(packaged).toMatchObject({ code: 1, stderr: '' });
    const report = JSON.parse(packaged.stdout);
    expect(report.manifests).toHaveLength(6);
    expect(report.summary.errors).toBeGreaterThan(0);
    expect(report).toEqual(JSON.parse(fromSources));
    expect(await npx(['examples/good', '--offline'])).toMatchObject({ code: 0, stderr: '' });
  });
});
