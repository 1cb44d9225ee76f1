import path from 'node:path';
import { leavesRoot } from '../core/rootPath.js';
import { describeApiError, type ClientSource } from './client.js';
import type { PullRequest } from './pullRequest.js';
import { hasCommit, readAtCommit } from './gitAtCommit.js';
import { messageOf } from '../core/messageOf.js';

/** The file is certainly not in the base commit (git says so, or the API answers 404): only then may a caller fall back. */
export class NotAtBase extends Error {}

/**
 * Reads files as they are at the pull request's base commit, so a pull request cannot loosen the policy it is
 * judged by: from git when the base commit was fetched, else through the contents API. Each file is read once.
 * Anything but a confirmed absence (no token, a 5xx, a rate limit, no network) is an error, never "no policy".
 */
export function baseCommitReader(
  root: string,
  pr: PullRequest,
  getClient: ClientSource | undefined,
): (absolutePath: string) => Promise<string> {
  const read = new Map<string, Promise<string>>();
  let local: Promise<boolean> | undefined;
  return (absolutePath) => {
    let text = read.get(absolutePath);
    if (!text) read.set(absolutePath, (text = readOnce(absolutePath)));
    return text;
  };

  async function readOnce(absolutePath: string): Promise<string> {
    const file = path.relative(root, absolutePath).split(path.sep).join('/');
    if (leavesRoot(file)) throw new Error(`${file} is outside the repository`);
    if (await (local ??= hasCommit(root, pr.baseSha))) {
      let text: string | undefined;
      try {
        text = await readAtCommit(root, pr.baseSha, file);
      } catch (error) {
        throw new Error(`${file} could not be read at the base commit ${pr.baseSha.slice(0, 12)}: ${messageOf(error)}`);
      }
      if (text === undefined) throw new NotAtBase(`${file} is not in the base commit`);
      return text;
    }
    const base = pr.baseSha.slice(0, 12);
    if (!getClient)
      throw new Error(
        `the base commit ${base} is not in the checkout and there is no token to read ${file} through the API`,
      );
    const client = await getClient();
    let data;
    try {
      ({ data } = await client.rest.repos.getContent({ owner: pr.owner, repo: pr.repo, path: file, ref: pr.baseSha }));
    } catch (error) {
      if ((error as { status?: number }).status === 404) throw new NotAtBase(`${file} is not in the base commit`);
      throw new Error(`${file} could not be read at the base commit ${base}: ${describeApiError(error)}`);
    }
    // A directory or a symlink where the file should be is not an absence: the run stops rather than fall back.
    if (Array.isArray(data) || data.type !== 'file' || typeof data.content !== 'string')
      throw new Error(`${file} is not a file in the base commit ${base}`);
    return Buffer.from(data.content, 'base64').toString('utf8');
  }
}
