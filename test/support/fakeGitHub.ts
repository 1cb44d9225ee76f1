import http from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { Ajv, type ValidateFunction } from 'ajv';

const spec = JSON.parse(
  readFileSync(
    path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/github/openapi-endpoints.json'),
    'utf8',
  ),
) as {
  endpoints: Record<
    string,
    { parameters: Array<{ name: string; in: string; required: boolean; schema: object }>; requestBody?: object }
  >;
};

export interface Comment {
  id: number;
  body: string;
  user: { login: string; type: string };
  html_url: string;
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
  faults: Array<{
    method?: string;
    path?: RegExp;
    status: number;
    message: string;
    headers?: Record<string, string>;
    times?: number;
  }>;
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
];

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
  const state: Omit<FakeGitHub, 'url' | 'close'> = {
    comments: [],
    requests: [],
    violations: [],
    readOnly: false,
    failNext: 0,
    faults: [],
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
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': 'application/json', ...headers });
      response.end(JSON.stringify(data));
    };
    const route = ROUTES.find(([key, pattern]) => key.startsWith(method + ' ') && pattern.test(url.pathname));
    if (!route) return send(404, { message: 'Not Found' });
    const [key] = route;
    const endpoint = spec.endpoints[key];
    for (const parameter of endpoint.parameters.filter((p) => p.in === 'query')) {
      const value = url.searchParams.get(parameter.name);
      if (value === null) {
        if (parameter.required) state.violations.push(`${key}: missing query ${parameter.name}`);
      } else if (!validatorFor(`${key}?${parameter.name}`, parameter.schema)(value)) {
        state.violations.push(`${key}: bad query ${parameter.name}=${value}`);
      }
    }
    if (endpoint.requestBody && !validatorFor(key, endpoint.requestBody)(body)) {
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
      return send(
        fault.status,
        { message: fault.message, documentation_url: 'https://docs.github.com/rest' },
        fault.headers,
      );
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
          user: { login: 'github-actions[bot]', type: 'Bot' },
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
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }) as FakeGitHub;
}
