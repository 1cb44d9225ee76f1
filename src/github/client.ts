import type { getOctokit } from '@actions/github';
import { ApiBudget, seconds } from './apiBudget.js';
import { firstLine } from '../core/firstLine.js';
import { messageOf } from '../core/messageOf.js';
import { attemptDeadlinePlugin, budgetPlugin, DEFAULT_LIMITS, type ApiLimits } from './apiDeadlines.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** A client made on first use and shared after: a run that never calls the API never loads Octokit. */
export type ClientSource = () => Promise<GitHubClient>;

/** The run's budget for all API calls when nobody sets one: long enough for every call to retry, never a stalled job. */
export const DEFAULT_API_BUDGET_MS = 60_000;

export interface ClientLimits {
  budget?: ApiBudget;
  limits?: Partial<ApiLimits>;
  /** false: no plugin-throttling, whose pacing of writes (up to 3 s apart) is shared by every client of the process. */
  throttle?: boolean;
}

export function lazyClient(
  token: string,
  warn: (message: string) => void,
  baseUrl?: string,
  options: ClientLimits = {},
): ClientSource {
  let client: Promise<GitHubClient> | undefined;
  return () => (client ??= createGitHubClient(token, warn, baseUrl, options));
}

/**
 * An Octokit for GITHUB_API_URL on which no call can wait forever: each try has a response and an answer deadline,
 * 5xx answers and network failures are retried a bounded number of times with back-off (plugin-retry), rate limits
 * are waited out only when the wait fits in the budget (plugin-throttling), and every call, retries and waits
 * included, runs on the run's API budget. 4xx answers are not retried: they are reported.
 */
export async function createGitHubClient(
  token: string,
  warn: (message: string) => void,
  baseUrl?: string,
  options: ClientLimits = {},
): Promise<GitHubClient> {
  const budget = options.budget ?? new ApiBudget(DEFAULT_API_BUDGET_MS);
  const limits: ApiLimits = { ...DEFAULT_LIMITS, ...options.limits };
  // Loaded only when the API is used: Octokit and its HTTP stack are most of the CLI's start-up otherwise.
  const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
    import('@actions/github'),
    import('@octokit/plugin-retry'),
    import('@octokit/plugin-throttling'),
  ]);
  const patience =
    (kind: string) =>
    (retryAfter: number, request: { method?: string; url?: string }, _octokit: unknown, retryCount: number) => {
      const left = budget.remainingMs();
      const wait = retryCount >= limits.rateLimitWaits ? 'giving up' : retryAfter * 1000 < left ? 'retry' : 'too long';
      warn(
        `GitHub API ${kind} rate limit on ${request.method ?? ''} ${request.url ?? ''}; ${
          wait === 'retry'
            ? `retrying in ${retryAfter} s`
            : wait === 'too long'
              ? `giving up: waiting ${retryAfter} s would pass the run's time for the API (${seconds(left)} left)`
              : 'giving up'
        }`,
      );
      return wait === 'retry';
    };
  // Plugin order is hook order, innermost first: per-try deadlines, then retries and rate limits, then the budget.
  return getOctokit(
    token,
    {
      ...(baseUrl ? { baseUrl } : {}),
      throttle: {
        enabled: options.throttle !== false,
        onRateLimit: patience('primary'),
        onSecondaryRateLimit: patience('secondary'),
      },
      retry: {
        doNotRetry: [400, 401, 403, 404, 410, 422, 451],
        retries: limits.retries,
        retryAfterBaseValue: limits.retryWaitMs,
      },
    },
    attemptDeadlinePlugin(budget, limits),
    retry,
    throttling,
    budgetPlugin(budget),
  );
}

/** An API failure as one line for a warning: the status and GitHub's reason, never a token or a body we sent. */
export function describeApiError(error: unknown): string {
  const status = typeof error === 'object' && error !== null ? (error as { status?: unknown }).status : undefined;
  const message = messageOf(error);
  const reason = firstLine(message).slice(0, 200);
  if (status === 403 && /not accessible by integration/i.test(message)) {
    return `HTTP 403: ${reason} (the token is read-only here, as on pull requests from forks; give the job "pull-requests: write" or run on a trusted event)`;
  }
  return typeof status === 'number' ? `HTTP ${status}: ${reason}` : reason;
}
