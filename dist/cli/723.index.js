export const id = 723;
export const ids = [723,590];
export const modules = {

/***/ 5590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gg: () => (/* binding */ describeApiError),
  lazyClient: () => (/* binding */ lazyClient)
});

// UNUSED EXPORTS: DEFAULT_API_BUDGET_MS, createGitHubClient

;// CONCATENATED MODULE: ./src/github/apiBudget.ts
/** A GitHub API call that ran out of time: its own deadline, or the run's budget for all API calls. */
class ApiTimeout extends Error {
    constructor(message) {
        super(message);
        this.name = 'ApiTimeout';
    }
}
/** Seconds for messages: "60 s", "2.5 s". */
function seconds(ms) {
    return `${Math.round(ms / 100) / 10} s`;
}
/**
 * The time a run may spend waiting for the GitHub API, all calls together (retries and rate-limit waits included).
 * Only time with a call in flight counts: checking thousands of manifests between the policy read and the comment
 * does not eat into it. Once spent, it stays spent: its signal aborts every call in flight and every later call
 * fails at once, so a hanging API costs the run at most the budget.
 */
class ApiBudget {
    limitMs;
    setting;
    #controller = new AbortController();
    #clock;
    #spentMs = 0;
    #inFlight = 0;
    #since = 0;
    #timer;
    constructor(limitMs, 
    /** Where the limit is set, for the message of a spent budget (e.g. "input api-timeout"). */
    setting, clock = () => performance.now()) {
        this.limitMs = limitMs;
        this.setting = setting;
        this.#clock = clock;
    }
    /** Aborts when the budget is spent. */
    get signal() {
        return this.#controller.signal;
    }
    remainingMs() {
        const running = this.#inFlight > 0 ? this.#clock() - this.#since : 0;
        return Math.max(0, this.limitMs - this.#spentMs - running);
    }
    spentError(what) {
        return new ApiTimeout(`${what}: the run's time for the GitHub API (${seconds(this.limitMs)}${this.setting ? `, ${this.setting}` : ''}) ran out before GitHub answered`);
    }
    /** Runs one API call on the budget's clock; rejects as soon as the budget is spent, whatever the call is doing. */
    async meter(what, call) {
        if (this.remainingMs() <= 0)
            this.#spend();
        if (this.#controller.signal.aborted)
            throw this.spentError(what);
        this.#start();
        try {
            const running = call();
            // The call may settle after the budget has given up on it: nobody is waiting for it then.
            running.catch(() => undefined);
            return await new Promise((resolve, reject) => {
                const onSpent = () => reject(this.spentError(what));
                this.#controller.signal.addEventListener('abort', onSpent, { once: true });
                running.then(resolve, reject).finally(() => this.#controller.signal.removeEventListener('abort', onSpent));
            });
        }
        finally {
            this.#stop();
        }
    }
    #start() {
        if (this.#inFlight++ > 0)
            return;
        this.#since = this.#clock();
        this.#timer = setTimeout(() => this.#spend(), this.limitMs - this.#spentMs);
    }
    #stop() {
        if (--this.#inFlight > 0)
            return;
        this.#spentMs += this.#clock() - this.#since;
        clearTimeout(this.#timer);
    }
    #spend() {
        this.#controller.abort();
    }
}

;// CONCATENATED MODULE: ./src/core/firstLine.ts
/** The text up to its first line feed (all of it when it has none). */
function firstLine(text) {
    const end = text.indexOf('\n');
    return end === -1 ? text : text.slice(0, end);
}

// EXTERNAL MODULE: ./src/core/messageOf.ts
var messageOf = __webpack_require__(2017);
;// CONCATENATED MODULE: ./src/github/apiDeadlines.ts

const DEFAULT_LIMITS = {
    responseMs: 10_000,
    attemptMs: 30_000,
    retries: 2,
    retryWaitMs: 1000,
    rateLimitWaits: 2,
};
/** "GET /repos/acme/apps/issues/7/comments": the method and path, without the host or query (never a token). */
function describeRequest(options) {
    const url = (options.url ?? '').replace(/\{(\w+)\}/g, (placeholder, name) => {
        const value = options[name];
        return typeof value === 'string' || typeof value === 'number' ? String(value) : placeholder;
    });
    return `${options.method ?? 'GET'} ${url.replace(/^[a-z]+:\/\/[^/]+/i, '').split('?')[0]}`;
}
/**
 * The outermost hook: every call (its retries and rate-limit waits included) runs on the run's budget and gives up
 * the moment the budget is spent. Registered after plugin-retry and plugin-throttling so that it wraps them.
 */
function budgetPlugin(budget) {
    return (octokit) => {
        octokit.hook.wrap('request', (request, options) => budget.meter(describeRequest(options), async () => request(options)));
    };
}
/**
 * The innermost hook: each try has a deadline for the status line and one for the whole answer, both cut to what is
 * left of the budget. A timeout is an ApiTimeout naming the request and the deadline; plugin-retry does not retry it
 * (it retries only HTTP errors). Registered before plugin-retry so that each try gets deadlines of its own.
 */
function attemptDeadlinePlugin(budget, limits) {
    return (octokit) => {
        octokit.hook.wrap('request', async (request, endpoint) => {
            const options = endpoint;
            const what = describeRequest(options);
            const left = budget.remainingMs();
            if (budget.signal.aborted || left <= 0)
                throw budget.spentError(what);
            const responseMs = Math.min(limits.responseMs, left);
            const attemptMs = Math.min(limits.attemptMs, left);
            const attempt = new AbortController();
            let reason;
            const stop = (why) => {
                reason ??= why;
                attempt.abort();
            };
            const onSpent = () => stop(budget.spentError(what));
            budget.signal.addEventListener('abort', onSpent, { once: true });
            const responseTimer = setTimeout(() => stop(new ApiTimeout(`${what}: GitHub did not answer within ${seconds(responseMs)}`)), responseMs);
            const attemptTimer = setTimeout(() => stop(new ApiTimeout(`${what}: GitHub's answer did not finish within ${seconds(attemptMs)}`)), attemptMs);
            const fetchOnce = options.request?.fetch ?? globalThis.fetch;
            const timedFetch = async (input, init) => {
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
                if (reason)
                    throw reason;
                return response;
            }
            catch (error) {
                if (reason)
                    throw reason;
                throw error;
            }
            finally {
                options.request = given;
                clearTimeout(responseTimer);
                clearTimeout(attemptTimer);
                budget.signal.removeEventListener('abort', onSpent);
            }
        });
    };
}

;// CONCATENATED MODULE: ./src/github/client.ts




/** The run's budget for all API calls when nobody sets one: long enough for every call to retry, never a stalled job. */
const DEFAULT_API_BUDGET_MS = 60_000;
function lazyClient(token, warn, baseUrl, options = {}) {
    let client;
    return () => (client ??= createGitHubClient(token, warn, baseUrl, options));
}
/**
 * An Octokit for GITHUB_API_URL on which no call can wait forever: each try has a response and an answer deadline,
 * 5xx answers and network failures are retried a bounded number of times with back-off (plugin-retry), rate limits
 * are waited out only when the wait fits in the budget (plugin-throttling), and every call, retries and waits
 * included, runs on the run's API budget. 4xx answers are not retried: they are reported.
 */
async function createGitHubClient(token, warn, baseUrl, options = {}) {
    const budget = options.budget ?? new ApiBudget(DEFAULT_API_BUDGET_MS);
    const limits = { ...DEFAULT_LIMITS, ...options.limits };
    // Loaded only when the API is used: Octokit and its HTTP stack are most of the CLI's start-up otherwise.
    const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
        __webpack_require__.e(/* import() */ 758).then(__webpack_require__.bind(__webpack_require__, 1758)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(735)]).then(__webpack_require__.bind(__webpack_require__, 9735)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(856)]).then(__webpack_require__.bind(__webpack_require__, 6856)),
    ]);
    const patience = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const left = budget.remainingMs();
        const wait = retryCount >= limits.rateLimitWaits ? 'giving up' : retryAfter * 1000 < left ? 'retry' : 'too long';
        warn(`GitHub API ${kind} rate limit on ${request.method ?? ''} ${request.url ?? ''}; ${wait === 'retry'
            ? `retrying in ${retryAfter} s`
            : wait === 'too long'
                ? `giving up: waiting ${retryAfter} s would pass the run's time for the API (${seconds(left)} left)`
                : 'giving up'}`);
        return wait === 'retry';
    };
    // Plugin order is hook order, innermost first: per-try deadlines, then retries and rate limits, then the budget.
    return getOctokit(token, {
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
    }, attemptDeadlinePlugin(budget, limits), retry, throttling, budgetPlugin(budget));
}
/** An API failure as one line for a warning: the status and GitHub's reason, never a token or a body we sent. */
function describeApiError(error) {
    const status = typeof error === 'object' && error !== null ? error.status : undefined;
    const message = (0,messageOf/* messageOf */.b)(error);
    const reason = firstLine(message).slice(0, 200);
    if (status === 403 && /not accessible by integration/i.test(message)) {
        return `HTTP 403: ${reason} (the token is read-only here, as on pull requests from forks; give the job "pull-requests: write" or run on a trusted event)`;
    }
    return typeof status === 'number' ? `HTTP ${status}: ${reason}` : reason;
}


/***/ }),

/***/ 3723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   remotePolicyReader: () => (/* binding */ remotePolicyReader)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5590);

/**
 * Reads a central policy through the contents API. The reason of a failure is the status and GitHub's message
 * (404 also for a repository the token cannot see), never the token.
 */
function remotePolicyReader(getClient) {
    return async ({ owner, repo, path, ref }) => {
        let data;
        const client = await getClient();
        try {
            ({ data } = await client.rest.repos.getContent({ owner, repo, path, ref }));
        }
        catch (error) {
            const status = error.status;
            const hint = status === 404
                ? ' (no such file at that ref, or the token cannot read that repository)'
                : status === 401
                    ? ' (the token was refused)'
                    : '';
            throw new Error(`${(0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .describeApiError */ .gg)(error)}${hint}`);
        }
        if (Array.isArray(data) || data.type !== 'file' || typeof data.content !== 'string')
            throw new Error('not a file');
        return Buffer.from(data.content, 'base64').toString('utf8');
    };
}


/***/ })

};
