import { ApiTimeout } from './apiBudget.js';
import { describeApiError, type GitHubClient } from './client.js';

/** The account the workflow's own token (GITHUB_TOKEN) writes comments as, on github.com and GitHub Enterprise Server. */
export const WORKFLOW_BOT = 'github-actions[bot]';

/** Who a token writes comments as: a login, and the account's id when the API told it. */
export type Identity = { known: true; login: string; id?: number } | { known: false; reason: string };

export interface CommentAuthor {
  login?: string;
  id?: number;
}

/**
 * Who the token writes comments as, so that only comments by that account are ever edited.
 * - The workflow's own token (equal to the hidden workflow-token input, `${{ github.token }}`): github-actions[bot],
 *   without a call.
 * - A user's token (personal access token, OAuth or user-to-server token): `GET /user`.
 * - An installation token of another GitHub App (`ghs_`), which `GET /user` refuses: GraphQL `viewer`, which answers
 *   the app's bot account (`slug[bot]`) for installation tokens and the user for user tokens alike.
 * When neither answers, the identity is unknown and the caller must not edit anything.
 */
export async function tokenIdentity(client: GitHubClient, token: string, workflowToken: string): Promise<Identity> {
  if (workflowToken !== '' && token === workflowToken) return { known: true, login: WORKFLOW_BOT };
  const failures: string[] = [];
  if (!token.startsWith('ghs_')) {
    try {
      const { data } = await client.rest.users.getAuthenticated();
      if (typeof data.login === 'string' && data.login !== '') return { known: true, login: data.login, id: data.id };
      failures.push('GET /user: no login in the answer');
    } catch (error) {
      if (error instanceof ApiTimeout) return { known: false, reason: error.message };
      failures.push(`GET /user: ${describeApiError(error)}`);
    }
  }
  try {
    const answer = await client.graphql<{ viewer?: { login?: unknown; databaseId?: unknown } }>(
      'query { viewer { login databaseId } }',
    );
    const login = answer.viewer?.login;
    const id = answer.viewer?.databaseId;
    if (typeof login === 'string' && login !== '')
      return { known: true, login, ...(typeof id === 'number' ? { id } : {}) };
    failures.push('GraphQL viewer: no login in the answer');
  } catch (error) {
    failures.push(`GraphQL viewer: ${error instanceof ApiTimeout ? error.message : describeApiError(error)}`);
  }
  return { known: false, reason: failures.join('; ') };
}

/** Whether a comment was written by the identity: same login, and same account id when both are known. */
export function writtenBy(identity: Identity, author: CommentAuthor | null | undefined): boolean {
  if (!identity.known || !author || author.login !== identity.login) return false;
  return identity.id === undefined || author.id === undefined || author.id === identity.id;
}
