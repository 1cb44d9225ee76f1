import * as core from '@actions/core';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { check } from '../engine/check.js';
import { exceedsFailOn, type FailOn } from '../engine/failOn.js';
import { builtinRules } from '../rules/index.js';
import { loadPolicy, PolicyError } from '../policy/loadPolicy.js';
import { createImageProbe } from '../network/createImageProbe.js';
import { formatters } from '../report/index.js';
import { summarize } from '../report/summary.js';
import { reportContext } from '../report/context.js';

const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'notice', 'never'];

/** The Action: inputs in, check, annotations, outputs, pass/fail. */
export async function run(): Promise<void> {
  try {
    const root = process.env.GITHUB_WORKSPACE || process.cwd();
    const failOn = core.getInput('fail-on') || 'error';
    if (!(FAIL_ON as readonly string[]).includes(failOn)) {
      core.setFailed(`input fail-on must be one of ${FAIL_ON.join(', ')}, not "${failOn}"`);
      return;
    }
    const policyInput = core.getInput('policy');
    const policy = await loadPolicy({
      root,
      policyPath: policyInput ? path.resolve(root, policyInput) : undefined,
      rules: builtinRules,
    });
    const offline = core.getBooleanInput('offline');
    const run = await check({
      root,
      paths: splitList(core.getInput('paths') || '.'),
      exclude: splitList(core.getInput('exclude')),
      rules: builtinRules,
      policy,
      network: offline
        ? undefined
        : createImageProbe({ timeoutMs: 10_000, allowPrivateNetwork: core.getBooleanInput('allow-private-network') }),
    });
    if (run.missing.length > 0) {
      core.setFailed(`no such file or directory inside the workspace: ${run.missing.join(', ')}`);
      return;
    }
    const context = reportContext([...builtinRules, ...policy.custom], { failOn: failOn as FailOn });
    if (core.getBooleanInput('annotations')) process.stdout.write(formatters.github(run.result, context));

    const reportFile = path.join(process.env.RUNNER_TEMP || root, 'lp-app-manifest-check.json');
    await fs.writeFile(reportFile, formatters.json(run.result, context));
    const sarifInput = core.getInput('sarif-file');
    if (sarifInput) {
      const sarifFile = path.resolve(root, sarifInput);
      await fs.writeFile(sarifFile, formatters.sarif(run.result, context));
      core.setOutput('sarif-file', sarifFile);
    }
    const summary = summarize(run.result);
    const failed = exceedsFailOn(run.result.findings, failOn as FailOn);
    core.setOutput('result', failed ? 'fail' : 'pass');
    core.setOutput('manifests', summary.manifests);
    core.setOutput('errors', summary.errors);
    core.setOutput('warnings', summary.warnings);
    core.setOutput('notices', summary.notices);
    core.setOutput('report-file', reportFile);
    if (failed) core.setFailed(`${summary.errors} error(s), ${summary.warnings} warning(s) in ${summary.manifests} manifest(s)`);
  } catch (error) {
    core.setFailed(error instanceof PolicyError ? error.message : `unexpected failure: ${(error as Error).message}`);
  }
}

function splitList(text: string): string[] {
  return text
    .split(/[\n\s]+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
