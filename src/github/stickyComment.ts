import type { GitHubClient } from './client.js';
import type { PullRequest } from './pullRequest.js';

export const MARKER = '<!-- lp-app-manifest-check -->';

/** The first line of the comment: the marker, plus the workflow/job key so that several jobs keep one comment each. */
export function markerLine(key: string | undefined): string {
  return key ? `${MARKER}<!-- ${key.replace(/--/g, '-').replace(/[<>]/g, '')} -->` : MARKER;
}

export type CommentMode = 'auto' | 'always' | 'never';

export type CommentOutcome = { action: 'created' | 'updated'; url: string } | { action: 'skipped'; reason: string };

/**
 * One sticky comment per pull request (and job): found across every page of comments by its first line and updated
 * in place. `auto` posts only when there are findings but always updates an existing comment (also to all clear).
 */
export async function upsertStickyComment(
  client: GitHubClient,
  pr: PullRequest,
  options: { mode: CommentMode; marker: string; body: string; hasFindings: boolean },
): Promise<CommentOutcome> {
  if (options.mode === 'never') return { action: 'skipped', reason: 'comment: never' };
  const comments = await client.paginate(client.rest.issues.listComments, { owner: pr.owner, repo: pr.repo, issue_number: pr.number, per_page: 100 });
  const ours = comments.filter((c) => (c.body ?? '').split('\n')[0].trim() === options.marker);
  const existing = ours.find((c) => c.user?.type === 'Bot') ?? ours[0];
  if (existing) {
    const { data } = await client.rest.issues.updateComment({ owner: pr.owner, repo: pr.repo, comment_id: existing.id, body: options.body });
    return { action: 'updated', url: data.html_url };
  }
  if (options.mode === 'auto' && !options.hasFindings) return { action: 'skipped', reason: 'no findings and no earlier comment' };
  const { data } = await client.rest.issues.createComment({ owner: pr.owner, repo: pr.repo, issue_number: pr.number, body: options.body });
  return { action: 'created', url: data.html_url };
}
