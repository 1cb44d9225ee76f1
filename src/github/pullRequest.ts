import { context } from '@actions/github';

export interface PullRequest {
  owner: string;
  repo: string;
  number: number;
  baseSha: string;
  headSha: string;
}

/** The pull request the run is about, from the event payload (pull_request and pull_request_target events). */
export function currentPullRequest(): PullRequest | undefined {
  const pr = context.payload.pull_request as { number?: number; base?: { sha?: string }; head?: { sha?: string } } | undefined;
  if (!pr?.number || !pr.base?.sha || !pr.head?.sha) return undefined;
  return { ...context.repo, number: pr.number, baseSha: pr.base.sha, headSha: pr.head.sha };
}

export function repository(): { owner: string; repo: string; serverUrl: string; sha: string } | undefined {
  try {
    return { ...context.repo, serverUrl: context.serverUrl, sha: context.sha };
  } catch {
    return undefined;
  }
}
