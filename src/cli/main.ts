import { parseArgs, type ParseArgsConfig } from 'node:util';
import path from 'node:path';
import type { NetworkServices } from '../core/types.js';
import {
  resolvePolicy,
  resolveRoot,
  rootFile,
  rulesOf,
  runCheck,
  RunError,
  type RunOptions,
  type RunOutcome,
} from '../engine/run.js';
import { PolicyError } from '../policy/loadPolicy.js';
import { Progress } from './progress.js';
import { createImageProbe } from '../network/createImageProbe.js';
import { FORMATS, formatter } from '../report/index.js';
import { exceedsFailOn, type FailOn } from '../core/failOn.js';
import { toolVersion } from '../core/tool.js';
import { fileRoot } from '../files/fileRoot.js';
import { writeNamedFile } from '../files/writeInside.js';
import { messageOf } from '../core/messageOf.js';
import { nearestName } from '../core/nearestName.js';
import { reportContext } from '../engine/reportContext.js';
import type { CheckResult } from '../core/types.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** stdout is a terminal: colour is allowed. */
  isTTY: boolean;
  /** stderr is a terminal: progress is shown by default. */
  stderrIsTTY?: boolean;
  /** What `-` reads (process.stdin); absent, `-` is a usage error. */
  stdin?: AsyncIterable<Uint8Array | string>;
  /** Injected for tests (a probe trusting a test CA); default: the guarded real fetcher. */
  createNetwork?: (options: { timeoutMs: number; allowPrivateNetwork: boolean }) => NetworkServices;
}

type Format = (typeof FORMATS)[number];
const FAIL_ON = ['error', 'warning', 'notice', 'never'] as const;

export const USAGE = `Usage: lp-app-manifest-check [PATH|DIR|GLOB ...] [options]
       lp-app-manifest-check - --stdin-filename NAME [options]
       lp-app-manifest-check --print-config FILE | --list-rules [options]
       lp-app-manifest-check init

Finds LivePerson Conversational Cloud application manifests and checks them against the manifest schema and a policy.

Options:
  --policy FILE|NAME|REF     policy file, built-in policy (recommended, strict) or github:OWNER/REPO/PATH@REF
                             (default: .github/lp-app-policy.yml under the root if present, else built-in "recommended")
  --format FORMAT            ${FORMATS.join(' | ')}
                             (default: text)
  --output FILE              write the report to FILE instead of stdout
  --fail-on LEVEL            error | warning | notice | never (default: error)
  --quiet                    report errors only: warnings and notices are neither shown nor counted
  --max-warnings N           exit 1 when more than N warnings are reported (default: -1, no limit)
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
                             report other than text or markdown goes to stdout), then report what would remain
  --only-manifests           files named as arguments are checked only if they are manifests (for pre-commit hooks)
  --allow-empty              pass when no manifest is found (default: "no manifests found" is exit 2)
  --stdin-filename NAME      with - as the path: check stdin as the file NAME, which decides its format and policy
                             overrides and is what reports name (it need not exist; it must lie inside the root)
  --print-config FILE        print the rules, severities and options a run applies to FILE (JSON) and exit
  --list-rules               list every rule (id, default severity, fixable, docs URL) and exit; --format text|json
  --color, --no-color        colour the text report (default: when stdout is a terminal; NO_COLOR, FORCE_COLOR)
  --progress, --no-progress  progress on stderr (default: when stderr is a terminal)
  -h, --help                 show this help
  -v, --version              show the version

init writes a starter .github/lp-app-policy.yml and .github/workflows/lp-app-manifest-check.yml; it never
overwrites a file.

github: policies are read through the GitHub API with GITHUB_TOKEN (GITHUB_API_URL for GitHub Enterprise Server).

Exit status: 0 nothing at or above --fail-on, 1 something is, 2 usage or policy error or no manifest found.`;

/** Every option, one a line; `--help` (USAGE) documents each and a test holds the two to one list. */
const OPTIONS = {
  policy: { type: 'string' },
  format: { type: 'string', default: 'text' },
  output: { type: 'string' },
  'fail-on': { type: 'string', default: 'error' },
  quiet: { type: 'boolean', default: false },
  'max-warnings': { type: 'string' },
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
  'stdin-filename': { type: 'string' },
  'print-config': { type: 'string' },
  'list-rules': { type: 'boolean', default: false },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  progress: { type: 'boolean' },
  'no-progress': { type: 'boolean' },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const satisfies ParseArgsConfig['options'];

/** The options --help names, for the test that holds USAGE to OPTIONS. */
export const OPTION_NAMES: readonly string[] = Object.keys(OPTIONS);

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
    const reason = messageOf(error);
    io.stderr(`lp-app-manifest-check: unexpected failure: ${reason}\n`);
    return 2;
  }
}

async function runChecked(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, tokens: true, options: OPTIONS });
  } catch (error) {
    const { unknownOption } = await import('./unknownOption.js');
    throw new UsageError(unknownOption(argv, OPTIONS) ?? messageOf(error));
  }
  const { values, positionals, tokens } = parsed;
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
  const format: Format = oneOf('--format', values.format, FORMATS);
  const warn = (message: string) => io.stderr(`lp-app-manifest-check: ${message}\n`);
  const token = io.env.GITHUB_TOKEN;
  const readRemote = async () =>
    token ? await githubPolicyReader(token, warn, io.env.GITHUB_API_URL || 'https://api.github.com') : undefined;

  if (values['print-config'] !== undefined || values['list-rules']) {
    if (values['print-config'] !== undefined && values['list-rules'])
      throw new UsageError('--print-config FILE and --list-rules are two questions: ask one at a time');
    if (positionals.length > 0)
      throw new UsageError(`${values['list-rules'] ? '--list-rules' : '--print-config FILE'} takes no paths`);
    const { root, policy } = await resolvePolicy({
      cwd: io.cwd,
      root: values.root,
      policy: values.policy,
      readRemote: await readRemote(),
      warn,
    });
    // Each loaded when asked: a run's start-up does not pay for them.
    if (values['list-rules']) {
      const listFormat = oneOf('--format (with --list-rules)', format, ['text', 'json'] as const);
      const { listRules, rulesTable } = await import('./listRules.js');
      const rules = rulesOf(policy);
      const listed = listRules(
        rules.map((r) => r.meta),
        reportContext(rules).docsUrl,
      );
      io.stdout(listFormat === 'json' ? JSON.stringify(listed, null, 2) + '\n' : rulesTable(listed));
    } else {
      const { printConfig } = await import('./printConfig.js');
      const file = rootFile(root, io.cwd, values['print-config']!, '--print-config');
      io.stdout(JSON.stringify(printConfig(policy, file), null, 2) + '\n');
    }
    return 0;
  }

  const failOn: FailOn = oneOf('--fail-on', values['fail-on'], FAIL_ON);
  const timeoutMs = Number(values['network-timeout']);
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) {
    throw new UsageError(
      `--network-timeout must be a positive whole number of milliseconds, not "${values['network-timeout']}"`,
    );
  }
  const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings']);
  if (maxWarnings !== undefined && !(/^(-1|\d+)$/.test(values['max-warnings']!) && Number.isSafeInteger(maxWarnings))) {
    throw new UsageError(
      `--max-warnings must be a whole number of warnings (-1 for no limit), not "${values['max-warnings']}"`,
    );
  }
  const stdin = stdinSource(positionals, values['stdin-filename'], io);
  if (stdin && values['write-baseline'] !== undefined)
    throw new UsageError('--write-baseline records a whole run, not - (stdin): run it over the repository');
  const showProgress = values['no-progress'] ? false : (values.progress ?? io.stderrIsTTY === true);
  const progress = showProgress ? new Progress(io.stderr) : undefined;
  const createNetwork = io.createNetwork ?? createImageProbe;
  const probe = values.offline
    ? undefined
    : createNetwork({ timeoutMs, allowPrivateNetwork: values['allow-private-network'] });
  const network = probe && progress ? progress.watch(probe) : probe;

  const fixing = values.fix || values['fix-dry-run'];
  if (values.fix && values['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run cannot be combined');
  if (fixing && values['write-baseline'] !== undefined)
    throw new UsageError(`${values.fix ? '--fix' : '--fix-dry-run'} and --write-baseline cannot be combined`);
  if (fixing && stdin)
    throw new UsageError(
      `${values.fix ? '--fix' : '--fix-dry-run'} works on files, not - (stdin): name the file instead`,
    );
  const runOptions: RunOptions = {
    cwd: io.cwd,
    root: values.root,
    paths: stdin ? [] : positionals,
    stdin,
    exclude: values.exclude,
    policy: values.policy,
    readRemote: await readRemote(),
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

  // --quiet: warnings and notices are neither reported nor counted (ESLint's --quiet).
  const result: CheckResult = values.quiet
    ? { ...outcome.result, findings: outcome.result.findings.filter((f) => f.severity === 'error') }
    : outcome.result;
  const toStdout = values.output === undefined;
  const context = {
    ...outcome.context,
    color: format === 'text' && colorWanted(io, colorFlag(tokens), toStdout),
    failOn,
  };
  const report = (await formatter(format))(result, context);
  if (!toStdout) {
    // Synchronously: an asynchronous write left the process idle at the end of a large run, waiting for the thread pool.
    // A report written inside the repository goes through the safe writer; elsewhere it is the user's own choice.
    const written = writeNamedFile(fileRoot(outcome.root), path.resolve(io.cwd, values.output!), report);
    if (!written.ok) throw new UsageError(`--output ${values.output}: ${written.reason}`);
  } else {
    io.stdout(report);
  }
  const warnings = result.findings.filter((f) => f.severity === 'warning' && !f.suppressed).length;
  const tooManyWarnings = maxWarnings !== undefined && maxWarnings >= 0 && warnings > maxWarnings;
  if (tooManyWarnings) warn(`too many warnings: ${warnings}, more than --max-warnings ${maxWarnings}`);
  return exceedsFailOn(result.findings, failOn) || tooManyWarnings ? 1 : 0;
}

/** `-` as the one path: the manifest arrives on stdin under the name --stdin-filename gives it. */
function stdinSource(positionals: readonly string[], name: string | undefined, io: CliIo): RunOptions['stdin'] {
  const dashes = positionals.filter((p) => p === '-').length;
  if (dashes === 0) {
    if (name !== undefined) throw new UsageError('--stdin-filename names what - reads: give - as the path');
    return undefined;
  }
  if (positionals.length > 1) throw new UsageError('- (stdin) is checked alone: give no other paths beside it');
  if (name === undefined || name === '')
    throw new UsageError(
      '- (stdin) needs --stdin-filename NAME: the name decides the format and the policy overrides, and reports name it',
    );
  const stream = io.stdin;
  if (!stream) throw new UsageError('- (stdin): there is no standard input to read');
  return { name, read: async (maxBytes) => (await import('../files/readStream.js')).readStream(stream, maxBytes) };
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
  const nearest = value === undefined ? undefined : nearestName(value, allowed);
  throw new UsageError(
    `${flag} must be one of ${allowed.join(', ')}, not "${value}"${nearest ? `; did you mean ${nearest}?` : ''}`,
  );
}

/** --color / --no-color as given last; undefined when neither is. */
function colorFlag(tokens: ReadonlyArray<{ kind: string; name?: string }>): boolean | undefined {
  let flag: boolean | undefined;
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (token.name === 'color') flag = true;
    else if (token.name === 'no-color') flag = false;
  }
  return flag;
}

/**
 * --color / --no-color win; else https://no-color.org and the FORCE_COLOR convention, then colour only on a terminal.
 * The environment speaks for the terminal only: a report written with --output is coloured only when asked.
 */
function colorWanted(io: CliIo, flag: boolean | undefined, toStdout: boolean): boolean {
  if (flag !== undefined) return flag;
  if (!toStdout) return false;
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
