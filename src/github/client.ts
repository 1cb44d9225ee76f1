import type { getOctokit } from '@actions/github';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** A client made on first use and shared after: a run that never calls the API never loads Octokit. */
export type ClientSource = () => Promise<GitHubClient>;

export function lazyClient(token: string, warn: (message: string) => void, baseUrl?: string): ClientSource {
  let client: Promise<GitHubClient> | undefined;
  return () => (client ??= createGitHubClient(token, warn, baseUrl));
}

/**
 * An Octokit for GITHUB_API_URL that retries 5xx answers with back-off (plugin-retry) and waits out primary and
 * secondary rate limits a couple of times (plugin-throttling). 4xx answers are not retried: they are reported.
 */
export async function createGitHubClient(
  token: string,
  warn: (message: string) => void,
  baseUrl?: string,
): Promise<GitHubClient> {
  // Loaded only when the API is used: Octokit and its HTTP stack cost ~150 ms of start-up (measured).
  const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
    import('@actions/github'),
    import('@octokit/plugin-retry'),
    import('@octokit/plugin-throttling'),
  ]);
  const patience =
    (kind: string) =>
    (retryAfter: number, options: { method?: string; url?: string }, _octokit: unknown, retryCount: number) => {
      warn(
        `GitHub API ${kind} rate limit on ${options.method ?? ''} ${options.url ?? ''}; ${retryCount < 2 ? `retrying in ${retryAfter} s` : 'giving up'}`,
      );
      return retryCount < 2;
    };
  return getOctokit(
    token,
    {
      ...(baseUrl ? { baseUrl } : {}),
      throttle: { onRateLimit: patience('primary'), onSecondaryRateLimit: patience('secondary') },
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
    },
    retry,
    throttling,
  );
}

/** An API failure as one line for a warning: the status and GitHub's reason, never a token or a body we sent. */
export function describeApiError(error: unknown): string {
  const status = (error as { status?: number }).status;
  const message = (error as { message?: string }).message ?? String(error);
  const reason = message.split('\n')[0].slice(0, 200);
  if (status === 403 && /not accessible by integration/i.test(message)) {
    return `HTTP 403: ${reason} (the token is read-only here, as on pull requests from forks; give the job "pull-requests: write" or run on a trusted event)`;
  }
  return status ? `HTTP ${status}: ${reason}` : reason;
}
