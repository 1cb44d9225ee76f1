import * as core from '@actions/core';
import type { Finding } from '../core/types.js';
import { sha256 } from '../core/sha256.js';
import { describeApiError, type ClientSource } from '../github/client.js';
import type { PullRequest } from '../github/pullRequest.js';
import type { PullRequestDiff } from '../github/pullRequestDiff.js';
import type { SuggestionChoice } from '../github/suggestedChange.js';
import { fileRoot } from '../files/fileRoot.js';
import { readInside } from '../files/readInside.js';
import type { ActionInputs } from './inputs.js';

/**
 * A manifest the engine checked is within its parse limit (1 MiB by default, raised by no Action input); the cap only
 * keeps a file that grew since from being read whole.
 */
const MAX_BYTES = 64 * 1024 * 1024;

/**
 * suggestions: the fixes (and single suggestions) on the pull request's changed lines as one review of suggested
 * changes. Returns the line for the summary; every failure is a warning, never a change of the verdict.
 */
export async function suggestionsStep(step: {
  inputs: ActionInputs;
  root: string;
  pr: PullRequest;
  client: ClientSource | undefined;
  diffOf: () => Promise<PullRequestDiff>;
  findings: readonly Finding[];
  secrets: readonly string[];
  key: string | undefined;
}): Promise<string | undefined> {
  if (!step.client) {
    core.info('no token: fixes are not offered as suggested changes');
    return undefined;
  }
  const { chooseSuggestions, offeredEdits } = await import('../github/suggestedChange.js');
  let choice: SuggestionChoice = {
    changes: [],
    withheld: { notChanged: 0, notInWorkspace: 0, credential: 0, overlapping: 0 },
  };
  // Without a fix to offer there is no diff to read; earlier suggestions of ours are still looked for, to delete them.
  if (step.findings.some((f) => !f.suppressed && offeredEdits(f))) {
    let diff: PullRequestDiff;
    try {
      diff = await step.diffOf();
    } catch (error) {
      core.warning(`Suggested changes: the pull request's diff could not be read (${describeApiError(error)})`);
      return undefined;
    }
    const root = fileRoot(step.root);
    choice = chooseSuggestions(step.findings, {
      touches: (file, line, endLine) => diff.touches(file, line, endLine),
      inHunk: (file, line, endLine) => diff.inHunk(file, line, endLine),
      blob: (file) => diff.files.get(file)?.blob,
      read: (file) => {
        const read = readInside(root, file, MAX_BYTES);
        return read.ok ? read.bytes : undefined;
      },
      secrets: step.secrets,
    });
  }
  const withheld = choice.withheld;
  const notes: string[] = [];
  const { postSuggestions, SUGGESTIONS_PER_RUN } = await import('../github/reviewSuggestions.js');
  try {
    const outcome = await postSuggestions(await step.client(), step.pr, {
      changes: choice.changes,
      scope: sha256(step.key ?? '').slice(0, 12),
      token: step.inputs.token,
      workflowToken: step.inputs.workflowToken,
    });
    if (outcome.warning) core.warning(`Suggested changes: ${outcome.warning}`);
    if (outcome.posted + outcome.kept + outcome.over > 0)
      notes.push(`${outcome.posted} suggested change(s) posted as a pull request review`);
    if (outcome.kept > 0) notes.push(`${outcome.kept} from an earlier run still apply`);
    if (outcome.deleted > 0) notes.push(`${outcome.deleted} earlier suggestion(s) that no longer apply deleted`);
    if (outcome.over > 0) notes.push(`${outcome.over} more not posted (at most ${SUGGESTIONS_PER_RUN} per run)`);
  } catch (error) {
    core.warning(`Suggested changes could not be posted: ${describeApiError(error)}`);
  }
  if (withheld.credential > 0) notes.push(`${withheld.credential} not offered: the lines hold a credential`);
  if (withheld.notInWorkspace > 0)
    notes.push(`${withheld.notInWorkspace} not offered: the checked-out file is not the pull request's head`);
  if (withheld.notChanged > 0) notes.push(`${withheld.notChanged} not offered: the change reaches beyond the diff`);
  if (withheld.overlapping > 0)
    notes.push(
      `${withheld.overlapping} not offered yet: their edits overlap another suggestion's (offered once it is applied)`,
    );
  return notes.length > 0 ? `${notes.join('; ')}.` : undefined;
}
