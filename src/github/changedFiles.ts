import type { ClientSource } from './client.js';
import type { PullRequest } from './pullRequest.js';
import { changedBetween } from './gitAtCommit.js';

/** Files the pull request changes: git when both commits are fetched, else the pulls files API (all pages). */
export async function changedFiles(
  root: string,
  pr: PullRequest,
  getClient: ClientSource | undefined,
): Promise<Set<string>> {
  const local = await changedBetween(root, pr.baseSha, pr.headSha);
  if (local) return new Set(local);
  if (!getClient) throw new Error('the base commit is not fetched and there is no token for the API');
  const client = await getClient();
  const files = await client.paginate(client.rest.pulls.listFiles, {
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.number,
    per_page: 100,
  });
  return new Set(files.map((f) => f.filename));
}
