import type { ReadRemotePolicy } from '../policy/remotePolicy.js';
import { describeApiError, type ClientSource } from './client.js';

/**
 * Reads a central policy through the contents API. The reason of a failure is the status and GitHub's message
 * (404 also for a repository the token cannot see), never the token.
 */
export function remotePolicyReader(getClient: ClientSource): ReadRemotePolicy {
  return async ({ owner, repo, path, ref }) => {
    let data;
    const client = await getClient();
    try {
      ({ data } = await client.rest.repos.getContent({ owner, repo, path, ref }));
    } catch (error) {
      const status = (error as { status?: number }).status;
      const hint =
        status === 404
          ? ' (no such file at that ref, or the token cannot read that repository)'
          : status === 401
            ? ' (the token was refused)'
            : '';
      throw new Error(`${describeApiError(error)}${hint}`);
    }
    if (Array.isArray(data) || data.type !== 'file' || typeof data.content !== 'string') throw new Error('not a file');
    return Buffer.from(data.content, 'base64').toString('utf8');
  };
}
