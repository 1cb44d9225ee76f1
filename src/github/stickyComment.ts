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
  options: { mode: CommentMode; marker: string; body: string; hasFindings: boolean; token: string },
): Promise<CommentOutcome> {
  if (options.mode === 'never') return { action: 'skipped', reason: 'comment: never' };
  const comments = await client.paginate(client.rest.issues.listComments, {
    owner: pr.owner,
    repo: pr.repo,
    issue_number: pr.number,
    per_page: 100,
  });
  // Only a comment this token wrote is ours: anyone can post a comment that starts with the marker, and a token
  // that may edit comments may edit theirs too.
  const author = await authorOf(client, options.token);
  const ours = comments.filter((c) => (c.body ?? '').split('\n')[0].trim() === options.marker && author(c.user));
  const existing = ours[0];
  if (existing) {
    const { data } = await client.rest.issues.updateComment({
      owner: pr.owner,
      repo: pr.repo,
      comment_id: existing.id,
      body: options.body,
    });
    return { action: 'updated', url: data.html_url };
  }
  if (options.mode === 'auto' && !options.hasFindings)
    return { action: 'skipped', reason: 'no findings and no earlier comment' };
  const { data } = await client.rest.issues.createComment({
    owner: pr.owner,
    repo: pr.repo,
    issue_number: pr.number,
    body: options.body,
  });
  return { action: 'created', url: data.html_url };
}

/**
 * Who the token comments as. An installation token (`ghs_`, which GITHUB_TOKEN is) comments as the app's bot user;
 * any other token as the user the API says it belongs to (or, if that cannot be asked, only bots are trusted).
 */
async function authorOf(
  client: GitHubClient,
  token: string,
): Promise<(user: { login?: string; type?: string } | null | undefined) => boolean> {
  const isBot = (user: { type?: string } | null | undefined) => user?.type === 'Bot';
  if (token.startsWith('ghs_')) return isBot;
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return (user) => user?.login === data.login;
  } catch {
    return isBot;
  }
}
