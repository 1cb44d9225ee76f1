import * as core from '@actions/core';
import type { Finding } from '../core/types.js';
import type { ClientSource } from '../github/client.js';
import type { ActionInputs } from './inputs.js';

export interface CheckRunStep {
  inputs: ActionInputs;
  client: ClientSource | undefined;
  repo: { owner: string; repo: string } | undefined;
  headSha: string | undefined;
  name: string;
  findings: readonly Finding[];
  conclusion: 'success' | 'failure';
  title: string;
  summary: string;
}

export interface CheckRunPosted {
  name: string;
  sent: number;
  /** To annotate as workflow commands instead. */
  unsent: Finding[];
}

/**
 * check-run: auto posts the check run when the token may (a 403 on creating it is a fork's or a job's missing
 * `checks: write`: the annotations go to workflow commands with a line saying so); always makes any failure to create it
 * an error of the step (`failure`); a check run that could not be created leaves every annotation to workflow commands.
 */
export async function checkRunStep(step: CheckRunStep): Promise<{ posted?: CheckRunPosted; failure?: string }> {
  const always = step.inputs.checkRun === 'always';
  const fallBack = (reason: string, quiet: boolean) => {
    const message = `The check run could not be created: ${reason}. Annotations are emitted as workflow commands instead.`;
    if (always) {
      core.error(message);
      return { failure: `check-run: always: ${reason}` };
    }
    if (quiet) core.info(message);
    else core.warning(message);
    return {};
  };
  if (!step.client) return fallBack('no token', true);
  if (!step.repo || !step.headSha) return fallBack('the repository or commit of the run is unknown', true);
  const { postCheckRun } = await import('../github/checkRun.js');
  const outcome = await postCheckRun(await step.client(), {
    owner: step.repo.owner,
    repo: step.repo.repo,
    headSha: step.headSha,
    name: step.name,
    conclusion: step.conclusion,
    title: step.title,
    summary: step.summary,
    findings: step.findings,
  });
  if (!outcome.posted)
    return fallBack(
      outcome.refused
        ? `${outcome.reason} (give the job "checks: write"; a fork's token cannot have it)`
        : outcome.reason,
      outcome.refused,
    );
  if (outcome.warning) core.warning(`Check run: ${outcome.warning}; they are emitted as workflow commands instead`);
  core.info(`Check run ${step.name}: ${outcome.sent} annotation(s), ${outcome.url}`);
  return { posted: { name: step.name, sent: outcome.sent, unsent: outcome.unsent } };
}
