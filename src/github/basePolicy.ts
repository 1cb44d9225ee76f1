import path from 'node:path';
import type { ClientSource } from './client.js';
import type { PullRequest } from './pullRequest.js';
import { readAtCommit } from './gitAtCommit.js';

/**
 * Reads files as they are at the pull request's base commit, so a pull request cannot loosen the policy it is
 * judged by: from git when the base commit was fetched, else through the contents API. Each file is read once.
 */
export function baseCommitReader(root: string, pr: PullRequest, getClient: ClientSource | undefined): (absolutePath: string) => Promise<string> {
  const read = new Map<string, Promise<string>>();
  return (absolutePath) => {
    let text = read.get(absolutePath);
    if (!text) read.set(absolutePath, (text = readOnce(absolutePath)));
    return text;
  };

  async function readOnce(absolutePath: string): Promise<string> {
    const file = path.relative(root, absolutePath).split(path.sep).join('/');
    if (file.startsWith('..')) throw new Error(`${file} is outside the repository`);
    const local = await readAtCommit(root, pr.baseSha, file);
    if (local !== undefined) return local;
    if (!getClient) throw new Error(`${file} not found at the base commit`);
    const client = await getClient();
    const { data } = await client.rest.repos.getContent({ owner: pr.owner, repo: pr.repo, path: file, ref: pr.baseSha });
    if (Array.isArray(data) || data.type !== 'file' || typeof data.content !== 'string') throw new Error(`${file} is not a file at the base commit`);
    return Buffer.from(data.content, 'base64').toString('utf8');
  }
}
