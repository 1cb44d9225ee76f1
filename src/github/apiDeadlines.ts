import type { Octokit } from '@octokit/core';
import { ApiTimeout, seconds, type ApiBudget } from './apiBudget.js';

/** How long one API call may take, and how often it is tried. */
export interface ApiLimits {
  /** From sending a request to GitHub's status line: the connection, TLS and GitHub's answer all fall in it. */
  responseMs: number;
  /** From sending a request to the last byte of the answer. */
  attemptMs: number;
  /** Further tries of a 5xx or network failure (never of a timeout: a GitHub that did not answer is not asked again). */
  retries: number;
  /** The wait before retry n is n² times this (plugin-retry's back-off). */
  retryWaitMs: number;
  /** Rate-limit waits per request, each only when it fits in what is left of the budget. */
  rateLimitWaits: number;
}

export const DEFAULT_LIMITS: ApiLimits = {
  responseMs: 10_000,
  attemptMs: 30_000,
  retries: 2,
  retryWaitMs: 1000,
  rateLimitWaits: 2,
};

type RequestOptions = {
  method?: string;
  url?: string;
  request?: { fetch?: typeof fetch; signal?: AbortSignal };
} & Record<string, unknown>;

/** "GET /repos/acme/apps/issues/7/comments": the method and path, without the host or query (never a token). */
export function describeRequest(options: RequestOptions): string {
  const url = (options.url ?? '').replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = options[name];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : placeholder;
  });
  return `${options.method ?? 'GET'} ${url.replace(/^[a-z]+:\/\/[^/]+/i, '').split('?')[0]}`;
}

/**
 * The outermost hook: every call (its retries and rate-limit waits included) runs on the run's budget and gives up
 * the moment the budget is spent. Registered after plugin-retry and plugin-throttling so that it wraps them.
 */
export function budgetPlugin(budget: ApiBudget) {
  return (octokit: Octokit): void => {
    octokit.hook.wrap('request', (request, options) =>
      budget.meter(describeRequest(options as RequestOptions), async () => request(options)),
    );
  };
}

/**
 * The innermost hook: each try has a deadline for the status line and one for the whole answer, both cut to what is
 * left of the budget. A timeout is an ApiTimeout naming the request and the deadline; plugin-retry does not retry it
 * (it retries only HTTP errors). Registered before plugin-retry so that each try gets deadlines of its own.
 */
export function attemptDeadlinePlugin(budget: ApiBudget, limits: ApiLimits) {
  return (octokit: Octokit): void => {
    octokit.hook.wrap('request', async (request, endpoint) => {
      const options = endpoint as RequestOptions;
      const what = describeRequest(options);
      const left = budget.remainingMs();
      if (budget.signal.aborted || left <= 0) throw budget.spentError(what);
      const responseMs = Math.min(limits.responseMs, left);
      const attemptMs = Math.min(limits.attemptMs, left);
      const attempt = new AbortController();
      let reason: ApiTimeout | undefined;
      const stop = (why: ApiTimeout) => {
        reason ??= why;
        attempt.abort();
      };
      const onSpent = () => stop(budget.spentError(what));
      budget.signal.addEventListener('abort', onSpent, { once: true });
      const responseTimer = setTimeout(
        () => stop(new ApiTimeout(`${what}: GitHub did not answer within ${seconds(responseMs)}`)),
        responseMs,
      );
      const attemptTimer = setTimeout(
        () => stop(new ApiTimeout(`${what}: GitHub's answer did not finish within ${seconds(attemptMs)}`)),
        attemptMs,
      );
      const fetchOnce = options.request?.fetch ?? globalThis.fetch;
      const timedFetch: typeof fetch = async (input, init) => {
        const response = await fetchOnce(input, init);
        clearTimeout(responseTimer);
        return response;
      };
      // Set on the options object itself: the hooks inside this one were bound to it and ignore any other.
      const given = options.request;
      options.request = { ...given, fetch: timedFetch, signal: attempt.signal };
      try {
        const response = await request(endpoint);
        // @octokit/request reads a body cut off by the abort as empty text and returns it as the answer: an empty
        // answer must never pass for "no comments" or "not a file".
        if (reason) throw reason;
        return response;
      } catch (error) {
        if (reason) throw reason;
        throw error;
      } finally {
        options.request = given;
        clearTimeout(responseTimer);
        clearTimeout(attemptTimer);
        budget.signal.removeEventListener('abort', onSpent);
      }
    });
  };
}
