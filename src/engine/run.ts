import { lstatSync, statSync } from 'node:fs';
import path from 'node:path';
import type { CheckResult, Finding, NetworkServices, Rule } from '../core/types.js';
import { isInside, leavesRoot, toReportPath } from '../core/rootPath.js';
import { builtinRules } from '../rules/index.js';
import { DEFAULT_POLICY_FILE, loadPolicy, PolicyError, policyReference } from '../policy/loadPolicy.js';
import type { LoadedPolicy } from '../policy/types.js';
import type { ReadRemotePolicy } from '../policy/remotePolicy.js';
import { isBuiltinPolicy } from '../policy/builtinPolicies.js';
import { isRemoteReference } from '../policy/remotePolicy.js';
import type { Baseline } from '../policy/baseline.js';
import { check } from './check.js';
import { reportContext } from './reportContext.js';
import type { ReportContext } from '../report/types.js';
import { messageOf } from '../core/messageOf.js';
import type { ReadOutcome } from '../files/readInside.js';

/**
 * The one pipeline of both front ends: options in, a finished result out. Policy (local, built-in, central, base
 * commit), discovery, parsing, evaluation, inline suppressions and baselines, the secrets to mask and the report
 * context all happen here; `cli/` and `action/` only translate their inputs into RunOptions and the outcome into
 * their outputs.
 */

/** A usage or policy problem: the run cannot give a verdict (exit 2). The message names the file or the input. */
export class RunError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RunError';
  }
}

/** The file is certainly not there (not merely unreadable): only then may a default fall back. */
export class FileAbsent extends Error {}

/**
 * Where policy files and the policy's baseline are read from: the working tree, or a pull request's base commit so
 * that a pull request cannot loosen the rules it is judged by.
 */
export interface PolicyFiles {
  /** The text of a file (absolute path); throws FileAbsent when the file is certainly absent. */
  read(absolutePath: string): Promise<string>;
  /** For messages: "the base commit 1a2b3c4d5e6f". */
  where: string;
}

export interface RunOptions {
  /** Where the front end runs: positional paths, --policy and --baseline resolve from here. */
  cwd: string;
  /** --root (resolved from cwd) or GITHUB_WORKSPACE; absent: the top of the git work tree holding cwd, else cwd. */
  root?: string;
  /** Files, directories or globs; empty: the current directory, with the whole root as context for cross-file rules. */
  paths: readonly string[];
  exclude?: readonly string[];
  /** --policy or the policy input: a file, a built-in name or a github: reference. */
  policy?: string;
  /** Default: the working tree. */
  policyFiles?: PolicyFiles;
  /** Reads github:OWNER/REPO/PATH@REF policies; absent, such a policy is an error naming it. */
  readRemote?: ReadRemotePolicy;
  /** --baseline FILE; absent: the policy's own baseline, if it names one. */
  baseline?: string;
  /** --write-baseline FILE: record today's findings there (no baseline is applied). */
  writeBaseline?: string;
  /** Absent: offline, the network rules are listed as skipped. */
  network?: NetworkServices;
  /**
   * only-changed: the files (and, for `lines`, the findings) that are reported (root-relative; every manifest is still
   * context), asked for once the policy is read; undefined reports every file.
   */
  reportFiles?: () => Promise<ReportScope | undefined>;
  /** A run that finds no manifest passes instead of failing with "no manifests found". */
  allowEmpty?: boolean;
  /** Explicit files are checked only when they are manifests (pre-commit passes every staged file). */
  onlyManifests?: boolean;
  onProgress?: (done: number, total: number) => void;
  /**
   * Check one manifest read from here (stdin) instead of `paths`: `name` (resolved from cwd, inside the root, need not
   * exist) decides its format and policy overrides and is what reports name. The repository's other manifests are
   * context for the cross-file rules, as in a run from a subdirectory.
   */
  stdin?: { name: string; read: (maxBytes: number) => Promise<ReadOutcome> };
  /** Root-relative files read from here instead of the disk: the fix loop's passes over text not yet written (fix.ts). */
  contents?: ReadonlyMap<string, string>;
  /** Collect the credentials of the files for the runner's log masking (RunOutcome.secrets): the Action does. */
  masks?: boolean;
  /** Things the user should know that do not change the verdict (a fallback, stale baseline entries). */
  warn: (message: string) => void;
}

/** What only-changed reports: findings of these files only, and of them only those `finding` keeps, when given. */
export interface ReportScope {
  file(file: string): boolean;
  /**
   * Applied once every manifest has been evaluated, baselines and suppressions included, so that cross-file rules saw
   * every manifest and a baseline entry of a line left out is not taken for stale. A cross-file finding is kept when
   * this keeps it at any of its places (the other manifest's client_name, for a duplicate).
   */
  finding?: (finding: Finding) => boolean;
}

export interface RunOutcome {
  root: string;
  policy: LoadedPolicy;
  result: CheckResult;
  /** Tool, rules (built-in and custom) and their documentation links, for every format. */
  context: ReportContext;
  /**
   * Credentials found in the files, with RunOptions.masks (else none): the Action registers them with the runner's
   * log masking. Never shown.
   */
  secrets: string[];
  /** The baseline written, when writeBaseline was given. */
  wroteBaseline?: { file: string; entries: number };
}

export async function runCheck(options: RunOptions): Promise<RunOutcome> {
  const { root, policy } = await resolvePolicy(options);
  const baseline = options.writeBaseline === undefined ? await readRunBaseline(options, root, policy) : undefined;

  // With no paths, the current directory is searched; the rest of the repository is read too, as context, so that
  // the cross-file rules (client-name-unique) see every manifest of the root wherever the run starts.
  const here = toReportPath(root, path.resolve(options.cwd));
  const fromSubdirectory = options.paths.length === 0 && here !== '' && !leavesRoot(here);
  const stdin = options.stdin && {
    file: rootFile(root, options.cwd, options.stdin.name, '--stdin-filename'),
    read: options.stdin.read,
  };
  if (stdin && options.paths.length > 0) throw new RunError('stdin is checked alone: give no paths beside it');
  const inScope = stdin
    ? (file: string) => file === stdin.file
    : fromSubdirectory
      ? (file: string) => file.startsWith(here + '/')
      : undefined;
  const searched = stdin
    ? [`stdin (as ${stdin.file})`]
    : options.paths.length > 0
      ? [...options.paths]
      : [fromSubdirectory ? here : '.'];

  const scope = await options.reportFiles?.();
  const run = await check({
    root,
    cwd: options.cwd,
    stdin,
    paths: stdin || fromSubdirectory || options.paths.length === 0 ? [] : options.paths,
    exclude: options.exclude,
    rules: builtinRules,
    policy,
    network: options.network,
    reportFile: scope ? (file) => scope.file(file) : undefined,
    inScope,
    baseline,
    sniffExplicit: options.onlyManifests,
    onProgress: options.onProgress,
    contents: options.contents,
    masks: options.masks,
  });
  if (run.missing.length > 0)
    throw new RunError(`no such file or directory inside the root: ${run.missing.join(', ')}`);
  if (run.unmatched.length > 0) throw new RunError(`no JSON or YAML file matches ${run.unmatched.join(', ')}`);
  if (run.result.manifests.length === 0 && !options.allowEmpty) {
    const passedOver = stdin && run.result.skipped.find((s) => s.file === stdin.file);
    if (passedOver)
      throw new RunError(
        `stdin (as ${stdin.file}) is not checked: ${passedOver.reason}; to let such a run pass, use --allow-empty`,
      );
    // A file that was named or found but not read (inside node_modules/, a symlink out, a FIFO…) says why here too:
    // "none found" alone would hide that the file the user meant was passed over.
    const skipped = run.result.skipped;
    const notRead =
      skipped.length === 0
        ? ''
        : `; not read: ${skipped
            .slice(0, 3)
            .map((s) => `${s.file} (${s.reason})`)
            .join(', ')}${skipped.length > 3 ? ` and ${skipped.length - 3} more` : ''}`;
    throw new RunError(
      `no manifests found under ${searched.join(', ')} (a manifest is a JSON or YAML file with a top-level client_name key)${notRead}; to let a run that finds none pass, use --allow-empty (the Action's allow-empty input)`,
    );
  }
  const stale = run.staleBaseline;
  if (stale.length > 0) {
    options.warn(
      `${stale.length} baseline entr${stale.length === 1 ? 'y no longer matches' : 'ies no longer match'} a finding (fixed, or the value changed); rewrite the baseline with --write-baseline:\n` +
        stale.map((e) => `  ${e.file} ${e.ruleId} ${e.pointer || '/'}`).join('\n'),
    );
  }

  let wroteBaseline: RunOutcome['wroteBaseline'];
  if (options.writeBaseline !== undefined) {
    const { createBaseline, writeBaseline } = await import('../policy/baseline.js');
    const written = createBaseline(run.result.findings, run.valueAt);
    try {
      writeBaseline(root, path.resolve(options.cwd, options.writeBaseline), options.writeBaseline, written);
    } catch (error) {
      throw new RunError(messageOf(error));
    }
    wroteBaseline = { file: options.writeBaseline, entries: written.entries.length };
  }

  const rules = rulesOf(policy);
  const keep = scope?.finding;
  const kept = (f: Finding) => keep!(f) || run.relatedOf(f).some((place) => keep!({ ...f, ...place }));
  return {
    root,
    policy,
    result: keep ? { ...run.result, findings: run.result.findings.filter(kept) } : run.result,
    context: reportContext(rules),
    secrets: run.secrets,
    wroteBaseline,
  };
}

export type PolicyOptions = Pick<RunOptions, 'cwd' | 'root' | 'policy' | 'policyFiles' | 'readRemote' | 'warn'>;

/** The root and the policy exactly as a run finds them (--print-config and --list-rules show what a run would apply). */
export async function resolvePolicy(options: PolicyOptions): Promise<{ root: string; policy: LoadedPolicy }> {
  const root = resolveRoot(options.cwd, options.root);
  return { root, policy: await loadRunPolicy(options, root) };
}

/** Every rule a run under `policy` knows: the built-in ones, then the policy's custom rules. */
export function rulesOf(policy: LoadedPolicy): readonly Rule[] {
  return [...builtinRules, ...policy.custom];
}

/**
 * A file named on the command line (resolved from cwd) as the root-relative name policies and reports use; it need
 * not exist, but it must lie inside the root, where a policy's overrides and a report's paths can name it.
 */
export function rootFile(root: string, cwd: string, given: string, flag: string): string {
  const absolute = path.resolve(cwd, given);
  if (absolute === root || !isInside(root, absolute))
    throw new RunError(`${flag} ${given} is not a file inside the root ${root}`);
  return toReportPath(root, absolute);
}

/** --root, else the top of the git work tree holding cwd, else cwd (SPEC §4). */
export function resolveRoot(cwd: string, given?: string): string {
  if (given !== undefined) {
    const root = path.resolve(cwd, given);
    if (!statSync(root, { throwIfNoEntry: false })?.isDirectory())
      throw new RunError(`--root ${given} is not a directory`);
    return root;
  }
  // The top of the work tree is the nearest directory above with a .git entry (a directory, or a file for worktrees and
  // submodules), as git finds it; looked up without starting git, which the CLI's start-up would pay for.
  for (let directory = path.resolve(cwd); ; directory = path.dirname(directory)) {
    if (lstatSync(path.join(directory, '.git'), { throwIfNoEntry: false })) return directory;
    if (path.dirname(directory) === directory) return path.resolve(cwd);
  }
}

/**
 * The policy named (a built-in, a github: reference, or a file resolved from cwd), else the root's
 * .github/lp-app-policy.yml, else the built-in recommended policy; files are read from `policyFiles`.
 */
async function loadRunPolicy(options: PolicyOptions, root: string): Promise<LoadedPolicy> {
  const named =
    options.policy === undefined || options.policy === '' ? undefined : policyReference(options.policy, options.cwd);
  if (named !== undefined && (isBuiltinPolicy(named) || isRemoteReference(named))) {
    return loadPolicy({ root, policyPath: named, rules: builtinRules, readRemote: options.readRemote });
  }
  const recommended = () => loadPolicy({ root, rules: builtinRules, lookForDefaultFile: false });
  const candidate = named ?? path.join(root, DEFAULT_POLICY_FILE);
  const shown = named !== undefined ? options.policy! : DEFAULT_POLICY_FILE;
  const base = options.policyFiles;
  if (!base) {
    // In the working tree a file is absent only when not even a (dangling) symlink is there; anything else is read by
    // the policy loader, which refuses what lies outside the repository.
    if (!lstatSync(candidate, { throwIfNoEntry: false })) {
      if (named === undefined) return recommended();
      throw new PolicyError(`policy file ${shown}: not found`);
    }
    return loadPolicy({ root, policyPath: candidate, rules: builtinRules, readRemote: options.readRemote });
  }
  try {
    await base.read(candidate);
  } catch (error) {
    if (!(error instanceof FileAbsent)) {
      throw new PolicyError(`the policy of ${base.where} could not be read (${messageOf(error)})`);
    }
    if (named !== undefined)
      options.warn(`policy ${shown} is not in ${base.where}; using the built-in recommended policy`);
    return recommended();
  }
  return loadPolicy({
    root,
    policyPath: candidate,
    rules: builtinRules,
    readText: (file) => base.read(file),
    readRemote: options.readRemote,
  });
}

/**
 * --baseline FILE (inside the repository), else the policy's baseline: from the base commit when the policy came from
 * there, else from the working tree inside the directory the policy allows (src/files reads it: real path inside,
 * a regular file, size-capped).
 */
async function readRunBaseline(
  options: RunOptions,
  root: string,
  policy: LoadedPolicy,
): Promise<{ baseline: Baseline; source: string } | undefined> {
  const explicit = options.baseline !== undefined ? path.resolve(options.cwd, options.baseline) : undefined;
  const file = explicit ?? policy.baselinePath;
  if (file === undefined) return undefined;
  const { parseBaseline, readBaseline } = await import('../policy/baseline.js');
  const display = explicit ? options.baseline! : toReportPath(root, file);
  const base = explicit ? undefined : options.policyFiles;
  try {
    if (!base)
      return {
        baseline: readBaseline(explicit ? root : (policy.baselineRoot ?? root), file, display),
        source: display,
      };
    let text: string;
    try {
      text = await base.read(file);
    } catch (error) {
      const reason = error instanceof FileAbsent ? 'not found' : messageOf(error);
      throw new Error(`baseline ${display} (${base.where}): ${reason}`);
    }
    return { baseline: parseBaseline(text, display), source: display };
  } catch (error) {
    throw new PolicyError(messageOf(error));
  }
}
