import * as core from '@actions/core';
import { sha256 } from '../core/sha256.js';
import { uriPath } from '../core/uriPath.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding, Severity } from '../core/types.js';
import { exceedsFailOn } from '../core/failOn.js';
import { FileAbsent, runCheck, RunError, type PolicyFiles, type ReportScope } from '../engine/run.js';
import { annotationOrder } from '../github/checkRun.js';
import type { PullRequestDiff } from '../github/pullRequestDiff.js';
import { PolicyError } from '../policy/loadPolicy.js';
import { remotePolicyReader } from '../github/remotePolicy.js';
import { createImageProbe } from '../network/createImageProbe.js';
import { formatter } from '../report/index.js';
import { summarize, type Summary } from '../report/summary.js';
import { describeApiError, lazyClient, type ClientSource } from '../github/client.js';
import { ApiBudget } from '../github/apiBudget.js';
import { currentPullRequest, repository, type PullRequest } from '../github/pullRequest.js';
import { InputError, readInputs, type ActionInputs } from './inputs.js';
import { messageOf } from '../core/messageOf.js';

/** GitHub shows at most 10 annotations of each type per step. */
const ANNOTATIONS_SHOWN = 10;
/** A job summary is limited to 1 MiB; a comment body to 65,536 characters. */
const SUMMARY_LIMIT = 1024 * 1024 - 1024;
const COMMENT_LIMIT = 65_536;
/** A check run's output summary is limited to 65,535 characters. */
const CHECK_RUN_LIMIT = 65_535;

// What only pull requests, baselines or sarif-file need (the base commit, the comment, changed files) is imported
// where it is used: a run with nothing to check compiles less code (bench/run.mjs, start-up).

/** The Action: inputs in, check, annotations, summary, comment, outputs, pass/fail. */
export async function run(): Promise<void> {
  try {
    await runChecked();
  } catch (error) {
    // No verdict could be given (a bad input, a policy that cannot be read): exit 2, as the CLI does.
    if (error instanceof InputError || error instanceof PolicyError || error instanceof RunError)
      core.setFailed(error.message);
    else core.setFailed(`unexpected failure: ${messageOf(error)}`);
    process.exitCode = 2;
    // No verdict could be reached: a step that reads the outputs after a failure must not see an empty result.
    try {
      core.setOutput('result', 'fail');
    } catch {
      // The output file itself is what failed; the step has failed all the same.
    }
  }
}

async function runChecked(): Promise<void> {
  const inputs = readInputs();
  if (inputs.token) core.setSecret(inputs.token);
  if (inputs.workflowToken && inputs.workflowToken !== inputs.token) core.setSecret(inputs.workflowToken);
  if (inputs.policyToken) core.setSecret(inputs.policyToken);
  const root = path.resolve(process.env.GITHUB_WORKSPACE || process.cwd());
  const pr = currentPullRequest();
  // One budget for every API call of the run, whichever token makes it.
  const budget = new ApiBudget(inputs.apiTimeoutMs, 'input api-timeout');
  const client = inputs.token
    ? lazyClient(inputs.token, (m) => core.warning(m), process.env.GITHUB_API_URL || undefined, { budget })
    : undefined;
  // Central policies may have a token of their own: reading a private policy repository then needs only contents read
  // there, and the job's token keeps the comment.
  const policyClient = inputs.policyToken
    ? lazyClient(inputs.policyToken, (m) => core.warning(m), process.env.GITHUB_API_URL || undefined, { budget })
    : client;
  const fromBase = pr !== undefined && inputs.policyFrom === 'base';

  // The pull request's diff, asked for once and only when something needs it (only-changed: lines, suggestions, the
  // order of annotations); git when both commits are fetched, else the API.
  let diff: Promise<PullRequestDiff> | undefined;
  const diffOf = (): Promise<PullRequestDiff> =>
    (diff ??= import('../github/pullRequestDiff.js').then(({ pullRequestDiff }) => pullRequestDiff(root, pr!, client)));

  // only-changed: listed after the policy is read, so that a slow API spends the budget on what must fail closed first.
  const changedOnly = async (): Promise<ReportScope | undefined> => {
    if (!pr) {
      core.warning('only-changed applies to pull requests; checking every manifest');
      return undefined;
    }
    try {
      if (inputs.onlyChanged === 'lines') {
        const changed = await diffOf();
        const { onChangedLines } = await import('../github/pullRequestDiff.js');
        core.info(`only-changed: lines: ${changed.files.size} changed file(s) in the pull request`);
        return { file: (file) => changed.files.has(file), finding: onChangedLines(changed) };
      }
      const { changedFiles } = await import('../github/changedFiles.js');
      const changed = await changedFiles(root, pr, client);
      core.info(`only-changed: ${changed.size} changed file(s) in the pull request`);
      return { file: (file) => changed.has(file) };
    } catch (error) {
      core.warning(
        `only-changed: the changed ${inputs.onlyChanged} could not be listed (${describeApiError(error)}); checking every manifest`,
      );
      return undefined;
    }
  };

  const outcome = await runCheck({
    cwd: root,
    root,
    paths: inputs.paths,
    exclude: inputs.exclude,
    policy: inputs.policy,
    policyFiles: fromBase ? await baseCommitFiles(root, pr, client) : undefined,
    readRemote: policyClient ? remotePolicyReader(policyClient) : undefined,
    network: inputs.offline
      ? undefined
      : createImageProbe({ timeoutMs: 10_000, allowPrivateNetwork: inputs.allowPrivateNetwork }),
    reportFiles: inputs.onlyChanged !== 'off' ? changedOnly : undefined,
    allowEmpty: inputs.allowEmpty,
    masks: true,
    warn: (message) => core.warning(message),
  });
  for (const secret of outcome.secrets) core.setSecret(secret);
  core.info(`Policy: ${outcome.policy.source}${fromBase ? ` (from the base commit ${pr.baseSha.slice(0, 12)})` : ''}`);

  const { result, context } = outcome;
  const summary = summarize(result);
  const failed = exceedsFailOn(result.findings, inputs.failOn);
  const repo = repository();
  const headSha = pr?.headSha ?? repo?.sha;
  const lineUrl =
    repo && headSha
      ? (file: string, line: number) =>
          `${repo.serverUrl}/${repo.owner}/${repo.repo}/blob/${headSha}/${uriPath(file)}#L${line}`
      : undefined;
  const key = jobKey(inputs);
  // Findings on the pull request's changed lines are annotated first; without the diff, in report order.
  const changedLine = pr && inputs.annotations ? await changedLineTest(diffOf) : undefined;
  const ordered = inputs.annotations ? annotationOrder(result.findings, changedLine) : [];
  const notes: string[] = [];
  let asCommands = ordered;
  let checkRunFailure: string | undefined;
  if (inputs.checkRun !== 'never') {
    const { checkRunStep } = await import('./checkRunStep.js');
    const step = await checkRunStep({
      inputs,
      client,
      repo,
      headSha,
      name: key ? `lp-app-manifest-check / ${key}` : 'lp-app-manifest-check',
      findings: ordered,
      conclusion: failed ? 'failure' : 'success',
      title: counts(summary),
      summary: (await formatter('markdown'))(result, { ...context, lineUrl, maxLength: CHECK_RUN_LIMIT }),
    });
    checkRunFailure = step.failure;
    if (step.posted) {
      asCommands = step.posted.unsent;
      notes.push(`${step.posted.sent} annotation(s) were posted to the check run "${step.posted.name}".`);
    }
  }
  if (asCommands.length > 0) {
    annotate(asCommands);
    notes.push(`${asCommands.length} annotation(s) were emitted as workflow commands on this step.`);
    notes.push(...annotationNotes(asCommands));
  }
  if (pr && inputs.suggestions) {
    const { suggestionsStep } = await import('./suggestionsStep.js');
    const note = await suggestionsStep({
      inputs,
      root,
      pr,
      client,
      diffOf,
      findings: result.findings,
      secrets: outcome.secrets,
      key,
    });
    if (note) notes.push(note);
  }

  const outputDir = path.join(process.env.RUNNER_TEMP || root, 'lp-app-manifest-check');
  mkdirSync(outputDir, { recursive: true });
  const reportPath = path.join(outputDir, 'report.json');
  writeFileSync(reportPath, (await formatter('json'))(result, context));
  if (inputs.sarifFile) {
    const { writeSarifFile } = await import('./sarifFile.js');
    const sarifPath = writeSarifFile(root, inputs.sarifFile, (await formatter('sarif'))(result, context));
    core.setOutput('sarif-file', sarifPath);
  }

  if (process.env.GITHUB_STEP_SUMMARY) {
    const markdown = (await formatter('markdown'))(result, { ...context, lineUrl, notes, maxLength: SUMMARY_LIMIT });
    await core.summary.addRaw(markdown).write();
  }

  if (pr && inputs.comment !== 'never') {
    if (!client) core.warning('no token: the pull request comment is skipped');
    else {
      const { markerLine, upsertStickyComment } = await import('../github/stickyComment.js');
      const marker = markerLine(key);
      const body = (await formatter('markdown'))(result, {
        ...context,
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
          workflowToken: inputs.workflowToken,
        });
        if (outcome.warning) core.warning(`Pull request comment: ${outcome.warning}`);
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
  if (failed) core.setFailed(`${counts(summary)}; failing on ${inputs.failOn}`);
  else core.info(counts(summary));
  if (checkRunFailure) {
    core.setFailed(checkRunFailure);
    process.exitCode = 2;
  }
}

/** Policy files and the policy's baseline as they are at the pull request's base commit (git, else the API). */
async function baseCommitFiles(root: string, pr: PullRequest, client: ClientSource | undefined): Promise<PolicyFiles> {
  const { baseCommitReader, NotAtBase } = await import('../github/basePolicy.js');
  const read = baseCommitReader(root, pr, client);
  return {
    where: `the base commit ${pr.baseSha.slice(0, 12)}`,
    read: async (file) => {
      try {
        return await read(file);
      } catch (error) {
        if (error instanceof NotAtBase) throw new FileAbsent(error.message);
        throw new Error(
          `${messageOf(error)}; fetch the base commit (actions/checkout with fetch-depth: 0) or give the job "contents: read"`,
        );
      }
    },
  };
}

function counts(summary: Summary): string {
  return `${summary.errors} error(s), ${summary.warnings} warning(s), ${summary.notices} notice(s) in ${summary.manifests} manifest(s)`;
}

/** Whether a finding is on a line the pull request changed; undefined when the diff cannot be had (no order then). */
async function changedLineTest(
  diffOf: () => Promise<PullRequestDiff>,
): Promise<((finding: Finding) => boolean) | undefined> {
  try {
    const diff = await diffOf();
    return (f) => diff.touches(f.file, f.line, f.endLine);
  } catch {
    return undefined;
  }
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

function annotationNotes(findings: readonly Finding[]): string[] {
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

/**
 * Which comment is this job's, as several jobs (or workflows) may check one pull request: workflow and job, plus the
 * inputs that choose what is checked when they are not the defaults, so that matrix legs over different folders or
 * policies keep one comment each.
 */
function jobKey(inputs: ActionInputs): string | undefined {
  const workflow = process.env.GITHUB_WORKFLOW;
  const job = process.env.GITHUB_JOB;
  if (!workflow && !job) return undefined;
  const scope = [inputs.paths.join(' '), inputs.exclude.join(' '), inputs.policy].join('\n');
  const suffix = scope === '.\n\n' ? '' : `/${sha256(scope).slice(0, 8)}`;
  return `${workflow ?? ''}/${job ?? ''}${suffix}`;
}
