import { firstLine } from '../core/firstLine.js';
import type { GitHubClient } from './client.js';
import type { PullRequest } from './pullRequest.js';
import { tokenIdentity, writtenBy } from './commentIdentity.js';

export const MARKER = '<!-- lp-app-manifest-check -->';

/** The first line of the comment: the marker, plus the workflow/job key so that several jobs keep one comment each. */
export function markerLine(key: string | undefined): string {
  return key ? `${MARKER}<!-- ${key.replace(/--/g, '-').replace(/[<>]/g, '')} -->` : MARKER;
}

export type CommentMode = 'auto' | 'always' | 'never';

export type CommentOutcome = (
  { action: 'created' | 'updated'; url: string } | { action: 'skipped'; reason: string }
) & {
  /** Set when the token's account could not be established: nothing was edited, and this says what was done. */
  warning?: string;
};

/**
 * One sticky comment per pull request (and job): found across every page of comments by its first line and its
 * author, and updated in place. `auto` posts only when there are findings but always updates an existing comment
 * (also to all clear). Only a comment the token's own account wrote is ever edited: anyone can post a comment that
 * starts with the marker, and a token that may edit comments may edit theirs too. When the account cannot be
 * established, no comment is edited: a new one is posted (or, with nothing to report, none).
 */
export async function upsertStickyComment(
  client: GitHubClient,
  pr: PullRequest,
  options: {
    mode: CommentMode;
    marker: string;
    body: string;
    hasFindings: boolean;
    token: string;
    /** The workflow's own token (`${{ github.token }}`), to know without a call that `token` is it. */
    workflowToken: string;
  },
): Promise<CommentOutcome> {
  if (options.mode === 'never') return { action: 'skipped', reason: 'comment: never' };
  const identity = await tokenIdentity(client, options.token, options.workflowToken);
  const comments = await client.paginate(client.rest.issues.listComments, {
    owner: pr.owner,
    repo: pr.repo,
    issue_number: pr.number,
    per_page: 100,
  });
  const marked = comments.filter((c) => firstLine(c.body ?? '').trim() === options.marker);
  const existing = marked.find((c) => writtenBy(identity, c.user));
  if (existing) {
    const { data } = await client.rest.issues.updateComment({
      owner: pr.owner,
      repo: pr.repo,
      comment_id: existing.id,
      body: options.body,
    });
    return { action: 'updated', url: data.html_url };
  }
  // Only worth a warning when there is a comment we may have failed to recognise as ours.
  const unknown =
    identity.known || marked.length === 0
      ? undefined
      : `could not establish which account the token comments as (${identity.reason}), so ${marked.length} earlier comment(s) with this job's marker are left as they are`;
  if (options.mode === 'auto' && !options.hasFindings) {
    return {
      action: 'skipped',
      reason: 'no findings and no earlier comment',
      ...(unknown ? { warning: `${unknown}; nothing is posted while there are no findings` } : {}),
    };
  }
  const { data } = await client.rest.issues.createComment({
    owner: pr.owner,
    repo: pr.repo,
    issue_number: pr.number,
    body: options.body,
  });
  return {
    action: 'created',
    url: data.html_url,
    ...(unknown ? { warning: `${unknown}; a new comment was posted instead` } : {}),
  };
}
