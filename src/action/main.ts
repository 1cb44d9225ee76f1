import * as core from './runner.js';
import { sha256 } from '../core/sha256.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CheckResult, Finding, Severity } from '../core/types.js';
import { check } from '../engine/check.js';
import { exceedsFailOn } from '../core/failOn.js';
import { builtinRules } from '../rules/index.js';
import {
  DEFAULT_POLICY_FILE,
  loadPolicy,
  policyReference,
  PolicyError,
  type LoadedPolicy,
} from '../policy/loadPolicy.js';
import { remotePolicyReader } from '../github/remotePolicy.js';
import { createImageProbe } from '../network/createImageProbe.js';
import { formatters } from '../report/index.js';
import { summarize } from '../report/summary.js';
import { reportContext } from '../engine/reportContext.js';
import { describeApiError, lazyClient, type ClientSource } from '../github/client.js';
import { currentPullRequest, repository, type PullRequest } from '../github/pullRequest.js';
import { InputError, readInputs, type ActionInputs } from './inputs.js';
import { secretValues } from './secrets.js';
import type { ParsedFile } from '../engine/evaluate.js';

/** GitHub shows at most 10 annotations of each type per step. */
const ANNOTATIONS_SHOWN = 10;
/** A job summary is limited to 1 MiB; a comment body to 65,536 characters. */
const SUMMARY_LIMIT = 1024 * 1024 - 1024;
const COMMENT_LIMIT = 65_536;

// What only pull requests, baselines or sarif-file need (the base commit, the comment, changed files) is imported
// where it is used: a run with nothing to check compiles less code (bench/run.mjs, start-up).

/** The Action: inputs in, check, annotations, summary, comment, outputs, pass/fail. */
export async function run(): Promise<void> {
  try {
    await runChecked();
  } catch (error) {
    if (error instanceof InputError || error instanceof PolicyError) core.setFailed(error.message);
    else core.setFailed(`unexpected failure: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function runChecked(): Promise<void> {
  const inputs = readInputs();
  if (inputs.token) core.setSecret(inputs.token);
  const root = path.resolve(process.env.GITHUB_WORKSPACE || process.cwd());
  const pr = currentPullRequest();
  const client = inputs.token
    ? lazyClient(inputs.token, (m) => core.warning(m), process.env.GITHUB_API_URL || undefined)
    : undefined;

  const policy = await loadActionPolicy(inputs, root, pr, client);
  core.info(
    `Policy: ${policy.source}${pr && inputs.policyFrom === 'base' ? ` (from the base commit ${pr.baseSha.slice(0, 12)})` : ''}`,
  );

  let reportFile: ((file: string) => boolean) | undefined;
  if (inputs.onlyChanged) {
    if (!pr) core.warning('only-changed applies to pull requests; checking every manifest');
    else {
      try {
        const { changedFiles } = await import('../github/changedFiles.js');
        const changed = await changedFiles(root, pr, client);
        reportFile = (file) => changed.has(file);
        core.info(`only-changed: ${changed.size} changed file(s) in the pull request`);
      } catch (error) {
        core.warning(
          `only-changed: the changed files could not be listed (${describeApiError(error)}); checking every manifest`,
        );
      }
    }
  }

  const run = await check({
    root,
    paths: inputs.paths,
    exclude: inputs.exclude,
    rules: builtinRules,
    policy,
    network: inputs.offline
      ? undefined
      : createImageProbe({ timeoutMs: 10_000, allowPrivateNetwork: inputs.allowPrivateNetwork }),
    reportFile,
  });
  for (const secret of secretValues(run.files)) core.setSecret(secret);
  if (run.missing.length > 0)
    throw new InputError(`no such file or directory inside the workspace: ${run.missing.join(', ')}`);

  const result = run.result;
  if (policy.baselinePath !== undefined)
    await applyPolicyBaseline(
      result,
      run.files,
      policy.baselinePath,
      policy.baselineRoot ?? root,
      inputs,
      root,
      pr,
      client,
    );
  const summary = summarize(result);
  const failed = exceedsFailOn(result.findings, inputs.failOn);
  const repo = repository();
  const headSha = pr?.headSha ?? repo?.sha;
  const lineUrl =
    repo && headSha
      ? (file: string, line: number) =>
          `${repo.serverUrl}/${repo.owner}/${repo.repo}/blob/${headSha}/${file.split('/').map(encodeUrlSegment).join('/')}#L${line}`
      : undefined;
  const notes = annotationNotes(result.findings, inputs.annotations);
  const rules = [...builtinRules, ...policy.custom];

  if (inputs.annotations) annotate(result.findings);

  const outputDir = path.join(process.env.RUNNER_TEMP || root, 'lp-app-manifest-check');
  // Synchronous, as the runner's file commands are: two thread-pool round trips cost ~2 ms of a ~90 ms start-up.
  mkdirSync(outputDir, { recursive: true });
  const reportPath = path.join(outputDir, 'report.json');
  writeFileSync(reportPath, formatters.json(result, reportContext(rules)));
  if (inputs.sarifFile) {
    const { writeSarifFile } = await import('./sarifFile.js');
    const sarifPath = writeSarifFile(root, inputs.sarifFile, formatters.sarif(result, reportContext(rules)));
    core.setOutput('sarif-file', sarifPath);
  }

  if (process.env.GITHUB_STEP_SUMMARY) {
    const markdown = formatters.markdown(result, { ...reportContext(rules), lineUrl, notes, maxLength: SUMMARY_LIMIT });
    core.appendSummary(markdown);
  }

  if (pr && inputs.comment !== 'never') {
    if (!client) core.warning('no token: the pull request comment is skipped');
    else {
      const { markerLine, upsertStickyComment } = await import('../github/stickyComment.js');
      const marker = markerLine(jobKey(inputs));
      const body = formatters.markdown(result, {
        ...reportContext(rules),
        lineUrl,
        notes,
        header: marker,
        maxLength: COMMENT_LIMIT,
      });
      try {
        const outcome = await upsertStickyComment(await client(), pr, {
          mode: inputs.comment,
          marker,
          body,
          hasFindings: summary.errors + summary.warnings + summary.notices > 0,
          token: inputs.token,
        });
        core.info(
          outcome.action === 'skipped'
            ? `Pull request comment skipped: ${outcome.reason}`
            : `Pull request comment ${outcome.action}: ${outcome.url}`,
        );
      } catch (error) {
        core.warning(
          `The pull request comment could not be written: ${describeApiError(error)}. Annotations, summary and outputs are unaffected.`,
        );
      }
    }
  }

  core.setOutput('result', failed ? 'fail' : 'pass');
  core.setOutput('manifests', summary.manifests);
  core.setOutput('errors', summary.errors);
  core.setOutput('warnings', summary.warnings);
  core.setOutput('notices', summary.notices);
  core.setOutput('report-file', reportPath);
  const counts = `${summary.errors} error(s), ${summary.warnings} warning(s), ${summary.notices} notice(s) in ${summary.manifests} manifest(s)`;
  if (failed) core.setFailed(`${counts}; failing on ${inputs.failOn}`);
  else core.info(counts);
}

/** On pull requests the policy comes from the base commit unless policy-from is head. */
async function loadActionPolicy(
  inputs: ActionInputs,
  root: string,
  pr: PullRequest | undefined,
  client: ClientSource | undefined,
): Promise<LoadedPolicy> {
  const named = inputs.policy ? policyReference(inputs.policy, root) : undefined;
  const readRemote = client ? remotePolicyReader(client) : undefined;
  // A built-in name or a github: reference is the same at the base and the head.
  if (!pr || inputs.policyFrom === 'head' || (named !== undefined && !path.isAbsolute(named))) {
    return loadPolicy({ root, policyPath: named, rules: builtinRules, readRemote });
  }
  const { baseCommitReader, NotAtBase } = await import('../github/basePolicy.js');
  const readText = baseCommitReader(root, pr, client);
  const candidate = named ?? path.join(root, DEFAULT_POLICY_FILE);
  try {
    await readText(candidate);
  } catch (error) {
    // Only a policy that is certainly absent at the base falls back; an unreadable one stops the run (fail closed).
    if (!(error instanceof NotAtBase)) {
      throw new PolicyError(
        `the policy of the base commit could not be read (${(error as Error).message}); fetch the base commit (actions/checkout with fetch-depth: 0) or give the job "contents: read"`,
      );
    }
    if (named) core.warning(`policy ${inputs.policy} is not in the base commit; using the built-in recommended policy`);
    return loadPolicy({ root, rules: builtinRules, lookForDefaultFile: false });
  }
  return loadPolicy({ root, policyPath: candidate, rules: builtinRules, readText, readRemote });
}

function annotate(findings: readonly Finding[]): void {
  const emit: Record<Severity, typeof core.error> = { error: core.error, warning: core.warning, notice: core.notice };
  for (const f of findings) {
    if (f.suppressed) continue;
    emit[f.severity](f.message, {
      title: f.ruleId,
      file: f.file,
      startLine: f.line,
      startColumn: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
    });
  }
}

function annotationNotes(findings: readonly Finding[], annotations: boolean): string[] {
  if (!annotations) return [];
  const notes: string[] = [];
  for (const severity of ['error', 'warning', 'notice'] as const) {
    const count = findings.filter((f) => !f.suppressed && f.severity === severity).length;
    if (count > ANNOTATIONS_SHOWN) {
      notes.push(
        `The runner shows ${ANNOTATIONS_SHOWN} ${severity} annotations per step: ${count - ANNOTATIONS_SHOWN} more ${severity}s are listed only here.`,
      );
    }
  }
  return notes;
}

/** Several jobs (or workflows) may run the check on one pull request: each keeps its own comment. */
/**
 * Which comment is this job's: workflow and job, plus the inputs that choose what is checked when they are not the
 * defaults, so that matrix legs over different folders or policies keep one comment each.
 */
function jobKey(inputs: ActionInputs): string | undefined {
  const workflow = process.env.GITHUB_WORKFLOW;
  const job = process.env.GITHUB_JOB;
  if (!workflow && !job) return undefined;
  const scope = [inputs.paths.join(' '), inputs.exclude.join(' '), inputs.policy].join('\n');
  const suffix = scope === '.\n\n' ? '' : `/${sha256(scope).slice(0, 8)}`;
  return `${workflow ?? ''}/${job ?? ''}${suffix}`;
}

/** A path segment for a markdown link target: `(`, `)` and `'` are encoded too, so a file name cannot end the link. */
function encodeUrlSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * The policy's baseline marks recorded findings as suppressed, as in the CLI. On pull requests it is read from the
 * base commit with the policy, so a pull request cannot add its own findings to it.
 */
async function applyPolicyBaseline(
  result: CheckResult,
  files: readonly ParsedFile[],
  baselinePath: string,
  baselineRoot: string,
  inputs: ActionInputs,
  root: string,
  pr: PullRequest | undefined,
  client: ClientSource | undefined,
): Promise<void> {
  const [{ applyBaseline, parseBaseline, readBaseline }, { getAtPointer }, { baseCommitReader }] = await Promise.all([
    import('../policy/baseline.js'),
    import('../core/pointer.js'),
    import('../github/basePolicy.js'),
  ]);
  const display = path.relative(root, baselinePath).split(path.sep).join('/');
  const fromBase = pr !== undefined && inputs.policyFrom === 'base';
  // From the base commit it is git's or the API's text, not a file read; in the workspace, src/files reads it.
  let text: string | undefined;
  if (fromBase) {
    try {
      text = await baseCommitReader(root, pr, client)(baselinePath);
    } catch (error) {
      throw new PolicyError(`baseline ${display} (base commit) could not be read: ${(error as Error).message}`);
    }
  }
  let baseline;
  try {
    baseline = text !== undefined ? parseBaseline(text, display) : readBaseline(baselineRoot, baselinePath, display);
  } catch (error) {
    throw new PolicyError((error as Error).message);
  }
  const values = new Map(
    files.filter((f) => f.outcome.ok).map((f) => [f.file, f.outcome.ok ? f.outcome.document.value : undefined]),
  );
  const applied = applyBaseline(
    result.findings,
    baseline,
    (file, pointer) => getAtPointer(values.get(file), pointer),
    display,
  );
  result.findings = applied.findings;
  if (applied.stale.length > 0)
    core.info(
      `${applied.stale.length} baseline entr${applied.stale.length === 1 ? 'y no longer matches' : 'ies no longer match'} a finding; rewrite ${display} with --write-baseline`,
    );
}
