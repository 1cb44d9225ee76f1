import { readFileSync } from 'node:fs';

export interface PullRequest {
  owner: string;
  repo: string;
  number: number;
  baseSha: string;
  headSha: string;
}

interface EventPayload {
  pull_request?: { number?: number; base?: { sha?: string }; head?: { sha?: string } };
  repository?: { name?: string; owner?: { login?: string } };
}

/**
 * The runner's description of the run, read as @actions/github's `context` reads it (GITHUB_EVENT_PATH,
 * GITHUB_REPOSITORY, GITHUB_SHA, GITHUB_SERVER_URL). Read here rather than through `context` so that a run that
 * needs no API (the CLI in a pre-commit hook) does not load Octokit.
 */
function eventPayload(env: NodeJS.ProcessEnv): EventPayload {
  const file = env.GITHUB_EVENT_PATH;
  if (!file) return {};
  try {
    const payload = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return payload !== null && typeof payload === 'object' ? payload : {};
  } catch {
    return {};
  }
}

function ownerAndRepo(env: NodeJS.ProcessEnv, payload: EventPayload): { owner: string; repo: string } | undefined {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (owner && repo) return { owner, repo };
  const fromPayload = payload.repository;
  if (fromPayload?.name && fromPayload.owner?.login) return { owner: fromPayload.owner.login, repo: fromPayload.name };
  return undefined;
}

/** The pull request the run is about, from the event payload (pull_request and pull_request_target events). */
export function currentPullRequest(env: NodeJS.ProcessEnv = process.env): PullRequest | undefined {
  const payload = eventPayload(env);
  const pr = payload.pull_request;
  const names = ownerAndRepo(env, payload);
  if (!names || !pr?.number || !pr.base?.sha || !pr.head?.sha) return undefined;
  return { ...names, number: pr.number, baseSha: pr.base.sha, headSha: pr.head.sha };
}

export function repository(
  env: NodeJS.ProcessEnv = process.env,
): { owner: string; repo: string; serverUrl: string; sha: string } | undefined {
  const names = ownerAndRepo(env, eventPayload(env));
  if (!names || !env.GITHUB_SHA) return undefined;
  return { ...names, serverUrl: env.GITHUB_SERVER_URL || 'https://github.com', sha: env.GITHUB_SHA };
}
