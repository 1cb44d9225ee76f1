import { inertMarkdown } from '../report/markdown.js';
import { describeApiError, type GitHubClient } from './client.js';
import { tokenIdentity, writtenBy } from './commentIdentity.js';
import type { PullRequest } from './pullRequest.js';
import { fenceFor, type SuggestedChange } from './suggestedChange.js';

/** At most this many suggestions stand on a pull request per job: more would bury the review; the rest are counted. */
export const SUGGESTIONS_PER_RUN = 50;

const MARKER_PREFIX = '<!-- lp-app-manifest-check suggestion ';

/** The hidden last line of each of our review comments: the job's scope and the suggestion's key. */
export function suggestionMarker(scope: string, key: string): string {
  return `${MARKER_PREFIX}${scope} ${key} -->`;
}

/** The key of a review comment of ours for this scope, read from its marker; undefined for anyone else's. */
function markedKey(body: string | undefined, scope: string): string | undefined {
  const match = new RegExp(`${MARKER_PREFIX}${scope} ([0-9a-f]+) -->\\s*$`).exec(body ?? '');
  return match?.[1];
}

export function suggestionBody(change: SuggestedChange, scope: string): string {
  const fence = fenceFor(change.text);
  const what = change.description ? ` (${inertMarkdown(change.description)})` : '';
  const lines = [change.finding, ...(change.others ?? [])].map(
    (f, i) => `**${f.ruleId}**: ${inertMarkdown(f.message)}${i === 0 ? what : ''}`,
  );
  return [
    ...lines,
    '',
    `${fence}suggestion`,
    // Always a line, even an empty one: a block with no line at all would delete the lines instead.
    change.text,
    fence,
    suggestionMarker(scope, change.key),
  ].join('\n');
}

export interface SuggestionOutcome {
  /** Posted by this run, in one review. */
  posted: number;
  /** Already on the pull request from an earlier run, left as they were. */
  kept: number;
  /** Earlier suggestions of ours that no longer apply, deleted. */
  deleted: number;
  /** Beyond SUGGESTIONS_PER_RUN: counted, not posted. */
  over: number;
  /** Something could not be done (the review, a deletion, the token's account); the rest was. */
  warning?: string;
}

/**
 * The suggestions of this run as review comments of one review (event COMMENT): those already standing from an earlier
 * run (same file, lines and text, by the token's own account) are left alone, the rest are posted, and then ours that
 * no longer apply are deleted. Only comments the token's account wrote are deleted or counted as standing: anyone can
 * write a comment with our marker. When the account cannot be established nothing is deleted, and no suggestion that
 * any marked comment already holds is posted again.
 */
export async function postSuggestions(
  client: GitHubClient,
  pr: PullRequest,
  options: {
    changes: readonly SuggestedChange[];
    /** The job's scope (several jobs may suggest on one pull request). */
    scope: string;
    token: string;
    workflowToken: string;
    limit?: number;
  },
): Promise<SuggestionOutcome> {
  const limit = options.limit ?? SUGGESTIONS_PER_RUN;
  const unique = new Map<string, SuggestedChange>();
  for (const change of options.changes) if (!unique.has(change.key)) unique.set(change.key, change);
  const wanted = [...unique.values()].slice(0, limit);
  const over = unique.size - wanted.length;
  const wantedKeys = new Set(wanted.map((c) => c.key));

  const identity = await tokenIdentity(client, options.token, options.workflowToken);
  const comments = await client.paginate(client.rest.pulls.listReviewComments, {
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.number,
    per_page: 100,
  });
  const standing = new Set<string>();
  const stale: number[] = [];
  let marked = 0;
  for (const comment of comments) {
    const key = markedKey(comment.body, options.scope);
    if (key === undefined) continue;
    marked++;
    if (identity.known && !writtenBy(identity, comment.user)) continue;
    if (wantedKeys.has(key) && !standing.has(key)) standing.add(key);
    else if (identity.known) stale.push(comment.id);
  }
  const warnings: string[] = [];
  if (!identity.known && marked > 0)
    warnings.push(
      `could not establish which account the token comments as (${identity.reason}), so ${marked} earlier suggestion(s) are left as they are`,
    );

  const fresh = wanted.filter((c) => !standing.has(c.key));
  let posted = 0;
  if (fresh.length > 0) {
    try {
      await client.rest.pulls.createReview({
        owner: pr.owner,
        repo: pr.repo,
        pull_number: pr.number,
        commit_id: pr.headSha,
        event: 'COMMENT',
        body: `lp-app-manifest-check suggests ${fresh.length} change(s) to the manifests of this pull request; each applies with one click.`,
        comments: fresh.map((change) => ({
          path: change.file,
          body: suggestionBody(change, options.scope),
          line: change.endLine,
          side: 'RIGHT',
          ...(change.startLine < change.endLine ? { start_line: change.startLine, start_side: 'RIGHT' } : {}),
        })),
      });
      posted = fresh.length;
    } catch (error) {
      warnings.push(`the review with ${fresh.length} suggestion(s) could not be posted (${describeApiError(error)})`);
    }
  }
  // Deleting is cleanup, one paced write per comment (GitHub asks a second between writes): it comes after the review,
  // so that an API budget spent on it never costs the suggestions of this run.
  let deleted = 0;
  for (const id of stale) {
    try {
      await client.rest.pulls.deleteReviewComment({ owner: pr.owner, repo: pr.repo, comment_id: id });
      deleted++;
    } catch (error) {
      warnings.push(`an earlier suggestion that no longer applies could not be deleted (${describeApiError(error)})`);
      break;
    }
  }

  return {
    posted,
    kept: wanted.length - fresh.length,
    deleted,
    over,
    ...(warnings.length > 0 ? { warning: warnings.join('; ') } : {}),
  };
}
