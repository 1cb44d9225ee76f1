import http from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { Ajv, type ValidateFunction } from 'ajv';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/github');
const spec = JSON.parse(readFileSync(path.join(fixtures, 'openapi-endpoints.json'), 'utf8')) as {
  endpoints: Record<
    string,
    { parameters: Array<{ name: string; in: string; required: boolean; schema: object }>; requestBody?: object }
  >;
};
const graphqlTypes = (
  JSON.parse(readFileSync(path.join(fixtures, 'graphql-types.json'), 'utf8')) as {
    types: Record<string, Record<string, { type: string; args: string[] }>>;
  }
).types;

export interface Comment {
  id: number;
  body: string;
  user: { login: string; id?: number; type: string };
  html_url: string;
}

/** The account a token acts as. An installation token is refused by `GET /user`, as GitHub refuses it. */
export interface Account {
  login: string;
  id: number;
  type: 'User' | 'Bot';
  installation: boolean;
}

/** What GITHUB_TOKEN acts as; also every token the fake was not told about. */
export const WORKFLOW_ACCOUNT: Account = {
  login: 'github-actions[bot]',
  id: 41898282,
  type: 'Bot',
  installation: true,
};

/**
 * An answer to give instead of the real one, for the requests that match `method` and `path`: an HTTP error
 * (`status`, `message`), no answer at all (`hang`: the connection is accepted and the request read, nothing is ever
 * sent), the real answer late (`delayMs`), or the real status at once and its body one byte every `dripMs`.
 */
export interface Fault {
  method?: string;
  path?: RegExp;
  /** Used this many times, then removed; unlimited when absent. */
  times?: number;
  status?: number;
  message?: string;
  headers?: Record<string, string>;
  hang?: boolean;
  delayMs?: number;
  dripMs?: number;
}

export interface FakeGitHub {
  url: string;
  comments: Comment[];
  requests: Array<{ method: string; path: string; authorization?: string; body?: unknown }>;
  /** Requests whose parameters or body broke the OpenAPI description. */
  violations: string[];
  /** Writes answer 403 "Resource not accessible by integration", as for a fork's read-only token. */
  readOnly: boolean;
  /** The next N requests answer 502. */
  failNext: number;
  /** Answers to give instead of the real one: the first fault matching a request is used (and consumed when `times` runs out). */
  faults: Fault[];
  /** Who each token acts as; tokens not listed act as WORKFLOW_ACCOUNT. */
  accounts: Map<string, Account>;
  /** Files served by the contents API at a ref: `${ref}:${path}` (any repository) or `${owner}/${repo}@${ref}:${path}` → text. */
  contents: Map<string, string>;
  prFiles: string[];
  close(): Promise<void>;
}

const ROUTES: Array<[string, RegExp]> = [
  ['GET /repos/{owner}/{repo}/issues/{issue_number}/comments', /^\/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/],
  ['POST /repos/{owner}/{repo}/issues/{issue_number}/comments', /^\/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/],
  ['PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/\d+$/],
  ['GET /repos/{owner}/{repo}/pulls/{pull_number}/files', /^\/repos\/[^/]+\/[^/]+\/pulls\/\d+\/files$/],
  ['GET /repos/{owner}/{repo}/contents/{path}', /^\/repos\/[^/]+\/[^/]+\/contents\/.+$/],
  ['GET /user', /^\/user$/],
  ['POST /graphql', /^\/graphql$/],
];

interface Selection {
  name: string;
  type: string;
  fields: Selection[];
}

/**
 * The selections of a GraphQL query, each field checked against GitHub's schema (graphql-types.json). Only what the
 * Action sends is understood: an optional `query` keyword and name, and nested fields without arguments, aliases or
 * fragments; anything else is a violation, so the fake never answers a query it does not really read.
 */
function parseQuery(query: string, violations: string[]): Selection[] {
  const tokens = query.match(/[A-Za-z_][A-Za-z0-9_]*|\S/g) ?? [];
  let at = 0;
  if (tokens[at] === 'query') at++;
  if (tokens[at] && tokens[at] !== '{') at++;
  const selectionSet = (type: string): Selection[] => {
    if (tokens[at++] !== '{') {
      violations.push(`POST /graphql: expected "{" in ${JSON.stringify(query)}`);
      return [];
    }
    const fields: Selection[] = [];
    while (at < tokens.length && tokens[at] !== '}') {
      const name = tokens[at++];
      const field = /^[A-Za-z_]/.test(name) ? graphqlTypes[type]?.[name] : undefined;
      if (!field) {
        violations.push(`POST /graphql: ${type} has no field ${name} (or the fake cannot read that syntax)`);
        return fields;
      }
      const fieldType = field.type.replace(/[[\]!]/g, '');
      fields.push({ name, type: fieldType, fields: tokens[at] === '{' ? selectionSet(fieldType) : [] });
    }
    at++;
    return fields;
  };
  const selections = selectionSet('Query');
  if (at !== tokens.length) violations.push(`POST /graphql: unexpected text after the query`);
  return selections;
}

/**
 * A loopback stand-in for the GitHub REST API: the few endpoints the Action uses, each request checked against the
 * endpoint's OpenAPI description (extracted once from @octokit/openapi into test/fixtures/github).
 */
export async function startFakeGitHub(): Promise<FakeGitHub> {
  const ajv = new Ajv({ strict: false, allErrors: true, coerceTypes: true });
  const validators = new Map<string, ValidateFunction>();
  const validatorFor = (key: string, schema: object) => {
    let v = validators.get(key);
    if (!v) validators.set(key, (v = ajv.compile(schema)));
    return v;
  };
  let nextId = 1000;
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const state: Omit<FakeGitHub, 'url' | 'close'> = {
    comments: [],
    requests: [],
    violations: [],
    readOnly: false,
    failNext: 0,
    faults: [],
    accounts: new Map(),
    contents: new Map(),
    prFiles: [],
  };

  const server = http.createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = request.method ?? 'GET';
    const body = raw ? JSON.parse(raw) : undefined;
    state.requests.push({ method, path: url.pathname, authorization: request.headers.authorization, body });
    const token = /^(?:token|bearer)\s+(.+)$/i.exec(request.headers.authorization ?? '')?.[1] ?? '';
    const account = state.accounts.get(token) ?? WORKFLOW_ACCOUNT;
    let pace: Fault | undefined;
    const later = (ms: number, act: () => void) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        act();
      }, ms);
      timers.add(timer);
    };
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      const bytes = Buffer.from(JSON.stringify(data));
      const head = { 'content-type': 'application/json', 'content-length': String(bytes.length), ...headers };
      if (pace?.delayMs !== undefined) {
        const delayMs = pace.delayMs;
        pace = undefined;
        return later(delayMs, () => send(status, data, headers));
      }
      response.writeHead(status, head);
      if (pace?.dripMs === undefined) return response.end(bytes);
      const dripMs = pace.dripMs;
      let sent = 0;
      const drip = () => {
        if (response.destroyed) return;
        if (sent >= bytes.length) return response.end();
        response.write(bytes.subarray(sent, ++sent));
        later(dripMs, drip);
      };
      drip();
    };
    const route = ROUTES.find(([key, pattern]) => key.startsWith(method + ' ') && pattern.test(url.pathname));
    if (!route) return send(404, { message: 'Not Found' });
    const [key] = route;
    // GraphQL is one endpoint for every query: its queries are checked against the GraphQL schema instead.
    const endpoint = key === 'POST /graphql' ? { parameters: [] } : spec.endpoints[key];
    if (!endpoint) throw new Error(`${key} is served but not in openapi-endpoints.json (see its README)`);
    for (const parameter of endpoint.parameters.filter((p) => p.in === 'query')) {
      const value = url.searchParams.get(parameter.name);
      if (value === null) {
        if (parameter.required) state.violations.push(`${key}: missing query ${parameter.name}`);
      } else if (!validatorFor(`${key}?${parameter.name}`, parameter.schema)(value)) {
        state.violations.push(`${key}: bad query ${parameter.name}=${String(value)}`);
      }
    }
    if ('requestBody' in endpoint && endpoint.requestBody && !validatorFor(key, endpoint.requestBody)(body)) {
      state.violations.push(`${key}: body ${ajv.errorsText(validators.get(key)!.errors)}`);
    }
    if (state.failNext > 0) {
      state.failNext--;
      return send(502, { message: 'Bad Gateway' });
    }
    const fault = state.faults.find(
      (f) => (!f.method || f.method === method) && (!f.path || f.path.test(url.pathname)),
    );
    if (fault) {
      if (fault.times !== undefined && --fault.times <= 0) state.faults.splice(state.faults.indexOf(fault), 1);
      // Accepted and read, never answered: the client's deadlines are all that ends it.
      if (fault.hang) return;
      if (fault.status !== undefined)
        return send(
          fault.status,
          { message: fault.message ?? '', documentation_url: 'https://docs.github.com/rest' },
          fault.headers,
        );
      pace = fault;
    }
    if (method !== 'GET' && state.readOnly) {
      return send(403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
      });
    }
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    switch (key) {
      case 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': {
        const perPage = Number(url.searchParams.get('per_page') ?? 30);
        const page = Number(url.searchParams.get('page') ?? 1);
        const slice = state.comments.slice((page - 1) * perPage, page * perPage);
        const last = Math.max(1, Math.ceil(state.comments.length / perPage));
        const link: Record<string, string> =
          page < last
            ? {
                link: `<${base}${url.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next", <${base}${url.pathname}?per_page=${perPage}&page=${last}>; rel="last"`,
              }
            : {};
        return send(200, slice, link);
      }
      case 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': {
        const comment: Comment = {
          id: nextId++,
          body: body.body,
          user: { login: account.login, id: account.id, type: account.type },
          html_url: `https://github.com/c/${nextId}`,
        };
        state.comments.push(comment);
        return send(201, comment);
      }
      case 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': {
        const id = Number(url.pathname.split('/').pop());
        const comment = state.comments.find((c) => c.id === id);
        if (!comment) return send(404, { message: 'Not Found' });
        comment.body = body.body;
        return send(200, comment);
      }
      case 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files':
        return send(
          200,
          state.prFiles.map((filename) => ({ filename, status: 'modified' })),
        );
      case 'GET /user':
        if (account.installation)
          return send(403, {
            message: 'Resource not accessible by integration',
            documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
          });
        return send(200, { login: account.login, id: account.id, type: account.type });
      case 'POST /graphql': {
        // GitHub answers `viewer` for installation tokens with the app's bot account, as for a user's token.
        const answer = (selections: Selection[], value: Record<string, unknown>): Record<string, unknown> =>
          Object.fromEntries(
            selections.map((s) => [s.name, s.fields.length > 0 ? answer(s.fields, value) : value[s.name]]),
          );
        const query = typeof body?.query === 'string' ? body.query : '';
        const selections = parseQuery(query, state.violations);
        for (const s of selections.filter((s) => s.name !== 'viewer'))
          state.violations.push(`POST /graphql: the fake answers only viewer, not ${s.name}`);
        const data = answer(selections, {
          login: account.login,
          databaseId: account.id,
        });
        return send(200, { data });
      }
      case 'GET /repos/{owner}/{repo}/contents/{path}': {
        const [, owner, repo, encoded] = /^\/repos\/([^/]+)\/([^/]+)\/contents\/(.+)$/.exec(url.pathname)!;
        const file = decodeURIComponent(encoded);
        const ref = url.searchParams.get('ref');
        const text = state.contents.get(`${owner}/${repo}@${ref}:${file}`) ?? state.contents.get(`${ref}:${file}`);
        if (text === undefined) return send(404, { message: 'Not Found' });
        return send(200, {
          type: 'file',
          name: path.basename(file),
          path: file,
          encoding: 'base64',
          content: Buffer.from(text).toString('base64'),
        });
      }
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return Object.assign(state, {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.close(() => resolve());
        // Hanging requests keep their connections open; they end with the fake.
        server.closeAllConnections();
      }),
  }) satisfies FakeGitHub;
}
