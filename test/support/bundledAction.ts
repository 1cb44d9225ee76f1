import { execFile, execFileSync } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

// The bundled Action (dist/index.js) run as a child process with a runner's environment, in a real git repository:
// the harness of test/action/action.test.ts for tests that bring their own repository and fake GitHub API.

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const action = parseYaml(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
};

/** What GITHUB_TOKEN is in these runs (the fake API takes any token as the workflow's account). */
export const WORKFLOW_TOKEN = 'ghs_fakeTokenForTests0123456789';

export interface ReportedFinding {
  file: string;
  ruleId: string;
  severity: string;
  message: string;
  line: number;
  endLine: number;
  suppressed?: unknown;
  fix?: unknown;
  suggestions?: unknown[];
}

export interface RunResult {
  code: number;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  report: { findings: ReportedFinding[]; summary: Record<string, number> };
}

/** A temporary git repository as the runner's workspace, with the files the Action's step writes beside it. */
export class Workspace {
  private constructor(
    readonly temp: string,
    readonly dir: string,
  ) {}

  static async create(): Promise<Workspace> {
    const temp = await fs.mkdtemp(path.join(os.tmpdir(), 'lp-action-e2e-'));
    const dir = path.join(temp, 'workspace');
    await fs.mkdir(dir);
    const workspace = new Workspace(temp, dir);
    workspace.git('init', '-q', '-b', 'main');
    return workspace;
  }

  git(...args: string[]): string {
    return execFileSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...args], {
      cwd: this.dir,
      encoding: 'utf8',
    }).trim();
  }

  async write(file: string, text: string | Uint8Array): Promise<void> {
    await fs.mkdir(path.dirname(path.join(this.dir, file)), { recursive: true });
    await fs.writeFile(path.join(this.dir, file), text);
  }

  read(file: string): Promise<string> {
    return fs.readFile(path.join(this.dir, file), 'utf8');
  }

  /** Writes the files, commits everything and returns the commit's sha. */
  async commit(message: string, files: Record<string, string | Uint8Array> = {}): Promise<string> {
    for (const [file, text] of Object.entries(files)) await this.write(file, text);
    this.git('add', '-A');
    this.git('commit', '-qm', message);
    return this.git('rev-parse', 'HEAD');
  }

  remove(): Promise<void> {
    return fs.rm(this.temp, { recursive: true, force: true });
  }
}

/** A pull_request event (synchronize) of pull request 7 of acme/apps. */
export function pullRequestEvent(base: string, head: string) {
  return {
    action: 'synchronize',
    number: 7,
    pull_request: { number: 7, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'feature' } },
    repository: { name: 'apps', owner: { login: 'acme' } },
  };
}

/**
 * Runs dist/index.js as the runner does: inputs as INPUT_* with action.yml's defaults (offline, as nothing outside
 * this machine is reached), `inputs` over them, GITHUB_API_URL at the fake API.
 */
export async function runBundledAction(options: {
  workspace: Pick<Workspace, 'dir' | 'temp'>;
  apiUrl: string;
  event: ReturnType<typeof pullRequestEvent>;
  inputs?: Record<string, string>;
  /** GITHUB_SHA, when it is not the event's head. */
  sha?: string;
}): Promise<RunResult> {
  const { workspace, event } = options;
  const run = await fs.mkdtemp(path.join(workspace.temp, 'run-'));
  const eventPath = path.join(run, 'event.json');
  const outputPath = path.join(run, 'output.txt');
  const summaryPath = path.join(run, 'summary.md');
  const runnerTemp = path.join(run, 'runner-temp');
  await fs.mkdir(runnerTemp);
  await fs.writeFile(eventPath, JSON.stringify(event));
  await fs.writeFile(outputPath, '');
  await fs.writeFile(summaryPath, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: workspace.temp,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace.dir,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_REPOSITORY: 'acme/apps',
    GITHUB_SHA: options.sha ?? event.pull_request.head.sha,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKFLOW: 'manifests',
    GITHUB_JOB: 'check',
    RUNNER_TEMP: runnerTemp,
  };
  for (const [name, input] of Object.entries(action.inputs))
    env[`INPUT_${name.toUpperCase()}`] =
      input.default === '${{ github.token }}' ? WORKFLOW_TOKEN : (input.default ?? '');
  env['INPUT_OFFLINE'] = 'true';
  for (const [name, value] of Object.entries(options.inputs ?? {})) env[`INPUT_${name.toUpperCase()}`] = value;

  const { code, stdout } = await new Promise<{ code: number; stdout: string }>((resolve) => {
    execFile(
      process.execPath,
      [path.join(repoRoot, 'dist/index.js')],
      { cwd: workspace.dir, env, maxBuffer: 64 * 1024 * 1024 },
      (error, out) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout: out }),
    );
  });
  const outputs: Record<string, string> = {};
  for (const match of (await fs.readFile(outputPath, 'utf8')).matchAll(
    /^([\w-]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm,
  ))
    outputs[match[1]] = match[3];
  const summary = await fs.readFile(summaryPath, 'utf8');
  const report = outputs['report-file'] ? JSON.parse(await fs.readFile(outputs['report-file'], 'utf8')) : undefined;
  return { code, stdout, outputs, summary, report };
}

/** The workflow-command annotations a run printed. */
export const workflowAnnotations = (stdout: string): string[] =>
  stdout.split('\n').filter((l) => /^::(error|warning|notice) /.test(l));
