import { parseArgs } from 'node:util';
import path from 'node:path';
import type { NetworkServices } from '../core/types.js';
import { resolveRoot, runCheck, RunError, type RunOptions, type RunOutcome } from '../engine/run.js';
import { PolicyError } from '../policy/loadPolicy.js';
import { Progress } from './progress.js';
import { createImageProbe } from '../network/createImageProbe.js';
import { FORMATS, formatter } from '../report/index.js';
import { exceedsFailOn, type FailOn } from '../core/failOn.js';
import { toolVersion } from '../core/tool.js';
import { fileRoot } from '../files/fileRoot.js';
import { writeNamedFile } from '../files/writeInside.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** stdout is a terminal: colour is allowed. */
  isTTY: boolean;
  /** stderr is a terminal: progress is shown by default. */
  stderrIsTTY?: boolean;
  /** Injected for tests (a probe trusting a test CA); default: the guarded real fetcher. */
  createNetwork?: (options: { timeoutMs: number; allowPrivateNetwork: boolean }) => NetworkServices;
}

type Format = (typeof FORMATS)[number];
const FAIL_ON = ['error', 'warning', 'notice', 'never'] as const;

export const USAGE = `Usage: lp-app-manifest-check [PATH|DIR|GLOB ...] [options]
       lp-app-manifest-check init

Finds LivePerson Conversational Cloud application manifests and checks them against the manifest schema and a policy.

Options:
  --policy FILE|NAME|REF     policy file, built-in policy (recommended, strict) or github:OWNER/REPO/PATH@REF
                             (default: .github/lp-app-policy.yml under the root if present, else built-in "recommended")
  --format FORMAT            text | json | sarif | markdown | github (default: text)
  --output FILE              write the report to FILE instead of stdout
  --fail-on LEVEL            error | warning | notice | never (default: error)
  --offline                  no network: the logo rules are skipped and listed as skipped
  --allow-private-network    let network rules reach loopback, private and link-local addresses
  --network-timeout MS       per request (default: 10000)
  --exclude GLOB             do not check files matching GLOB (repeatable)
  --root DIR                 repository root; report paths are relative to it (default: the top of the git
                             work tree, else the current directory)
  --baseline FILE            report findings recorded in FILE as suppressed (default: the policy's baseline)
  --write-baseline FILE      record today's findings in FILE, for adoption in an existing repository
  --fix                      apply the fixes that are certain to be right to the files (inside the root), re-checking
                             until none applies (at most 10 passes), then report what remains
  --fix-dry-run              as --fix, but write nothing: print the changes as a unified diff (on stderr when a
                             json, sarif or github report goes to stdout), then report what would remain
  --only-manifests           files named as arguments are checked only if they are manifests (for pre-commit hooks)
  --allow-empty              pass when no manifest is found (default: "no manifests found" is exit 2)
  --progress, --no-progress  progress on stderr (default: when stderr is a terminal)
  -h, --help                 show this help
  -v, --version              show the version

init writes a starter .github/lp-app-policy.yml and .github/workflows/lp-app-manifest-check.yml; it never
overwrites a file.

github: policies are read through the GitHub API with GITHUB_TOKEN (GITHUB_API_URL for GitHub Enterprise Server).

Exit status: 0 nothing at or above --fail-on, 1 something is, 2 usage or policy error or no manifest found.`;

class UsageError extends Error {}

/** The whole CLI as a function of its arguments and I/O; returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await runChecked(argv, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof PolicyError || error instanceof RunError) {
      io.stderr(`lp-app-manifest-check: ${error.message}\n`);
      if (error instanceof UsageError) io.stderr('Run with --help for usage.\n');
      return 2;
    }
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr(`lp-app-manifest-check: unexpected failure: ${reason}\n`);
    return 2;
  }
}

async function runChecked(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        policy: { type: 'string' },
        format: { type: 'string', default: 'text' },
        output: { type: 'string' },
        'fail-on': { type: 'string', default: 'error' },
        offline: { type: 'boolean', default: false },
        'allow-private-network': { type: 'boolean', default: false },
        'network-timeout': { type: 'string', default: '10000' },
        exclude: { type: 'string', multiple: true, default: [] },
        root: { type: 'string' },
        baseline: { type: 'string' },
        'write-baseline': { type: 'string' },
        fix: { type: 'boolean', default: false },
        'fix-dry-run': { type: 'boolean', default: false },
        'only-manifests': { type: 'boolean', default: false },
        'allow-empty': { type: 'boolean', default: false },
        progress: { type: 'boolean' },
        'no-progress': { type: 'boolean' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE + '\n');
    return 0;
  }
  if (values.version) {
    io.stdout(toolVersion + '\n');
    return 0;
  }
  if (positionals[0] === 'init') {
    if (positionals.length > 1)
      throw new UsageError('init takes no paths; to check a directory named init, write ./init');
    return runInit(resolveRoot(io.cwd, values.root), io);
  }
  const format = oneOf('--format', values.format, FORMATS) as Format;
  const failOn = oneOf('--fail-on', values['fail-on'], FAIL_ON) as FailOn;
  const timeoutMs = Number(values['network-timeout']);
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) {
    throw new UsageError(
      `--network-timeout must be a positive whole number of milliseconds, not "${values['network-timeout']}"`,
    );
  }
  const token = io.env.GITHUB_TOKEN;
  const showProgress = values['no-progress'] ? false : (values.progress ?? io.stderrIsTTY === true);
  const progress = showProgress ? new Progress(io.stderr) : undefined;
  const createNetwork = io.createNetwork ?? createImageProbe;
  const probe = values.offline
    ? undefined
    : createNetwork({ timeoutMs, allowPrivateNetwork: values['allow-private-network'] });
  const network = probe && progress ? progress.watch(probe) : probe;
  const warn = (message: string) => io.stderr(`lp-app-manifest-check: ${message}\n`);

  const fixing = values.fix || values['fix-dry-run'];
  if (values.fix && values['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run cannot be combined');
  if (fixing && values['write-baseline'] !== undefined)
    throw new UsageError(`${values.fix ? '--fix' : '--fix-dry-run'} and --write-baseline cannot be combined`);
  const runOptions: RunOptions = {
    cwd: io.cwd,
    root: values.root,
    paths: positionals,
    exclude: values.exclude,
    policy: values.policy,
    readRemote: token
      ? await githubPolicyReader(token, warn, io.env.GITHUB_API_URL || 'https://api.github.com')
      : undefined,
    baseline: values.baseline,
    writeBaseline: values['write-baseline'],
    network,
    allowEmpty: values['allow-empty'],
    onlyManifests: values['only-manifests'],
    onProgress: progress ? (done, total) => progress.filesRead(done, total) : undefined,
    warn,
  };
  let outcome: RunOutcome;
  if (fixing) {
    const { runFix } = await import('../engine/fix.js');
    const fixed = await runFix(runOptions, { write: values.fix }).finally(() => progress?.end());
    outcome = fixed.outcome;
    const machine = format !== 'text' && format !== 'markdown' && values.output === undefined;
    if (values['fix-dry-run']) for (const { diff } of fixed.files) (machine ? io.stderr : io.stdout)(diff);
    for (const { file, reason } of fixed.refused) warn(`${file}: ${reason}; its fixes were not written`);
    const count = fixed.files.reduce((sum, f) => sum + f.fixes, 0);
    warn(
      `${values.fix ? 'fixed' : 'would fix'} ${count} finding${count === 1 ? '' : 's'} in ${fixed.files.length} file${fixed.files.length === 1 ? '' : 's'}`,
    );
  } else {
    outcome = await runCheck(runOptions).finally(() => progress?.end());
  }
  if (outcome.wroteBaseline) {
    warn(`wrote ${outcome.wroteBaseline.entries} finding(s) to the baseline ${outcome.wroteBaseline.file}`);
  }

  const context = {
    ...outcome.context,
    color: format === 'text' && values.output === undefined && colorWanted(io),
    failOn,
  };
  const report = (await formatter(format))(outcome.result, context);
  if (values.output !== undefined) {
    // Synchronously: an asynchronous write left the process idle at the end of a large run, waiting for the thread pool.
    // A report written inside the repository goes through the safe writer; elsewhere it is the user's own choice.
    const written = writeNamedFile(fileRoot(outcome.root), path.resolve(io.cwd, values.output), report);
    if (!written.ok) throw new UsageError(`--output ${values.output}: ${written.reason}`);
  } else {
    io.stdout(report);
  }
  return exceedsFailOn(outcome.result.findings, failOn) ? 1 : 0;
}

async function runInit(root: string, io: CliIo): Promise<number> {
  const { init } = await import('./init.js');
  const { written, kept, refused } = init(root);
  for (const file of written) io.stdout(`wrote ${file}\n`);
  for (const file of kept) io.stderr(`lp-app-manifest-check: ${file} exists; init never overwrites a file\n`);
  for (const { file, reason } of refused) io.stderr(`lp-app-manifest-check: ${file}: ${reason}\n`);
  if (written.length > 0) io.stdout('Commit them, then open a pull request to see the check run.\n');
  return kept.length + refused.length > 0 ? 2 : 0;
}

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T {
  if (value !== undefined && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, not "${value}"`);
}

/** https://no-color.org and the FORCE_COLOR convention; otherwise colour only on a terminal. */
function colorWanted(io: CliIo): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.isTTY;
}

/** github: policies through the API with GITHUB_TOKEN; loaded only when there is a token (a commit hook has none). */
async function githubPolicyReader(token: string, warn: (message: string) => void, baseUrl: string) {
  // One after the other: both import apiBudget.js, and Jest's module linker fails on concurrent imports of one module.
  const { lazyClient } = await import('../github/client.js');
  const { remotePolicyReader } = await import('../github/remotePolicy.js');
  return remotePolicyReader(lazyClient(token, warn, baseUrl));
}
