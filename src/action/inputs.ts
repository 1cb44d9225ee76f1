import * as core from '@actions/core';
import type { FailOn } from '../core/failOn.js';
import type { CommentMode } from '../github/stickyComment.js';
import type { CheckRunMode } from '../github/checkRun.js';

export type OnlyChanged = 'off' | 'files' | 'lines';

export interface ActionInputs {
  paths: string[];
  exclude: string[];
  policy: string;
  policyFrom: 'base' | 'head';
  failOn: FailOn;
  comment: CommentMode;
  annotations: boolean;
  /** Annotations in a check run of the job's own (auto: when the token may write checks). */
  checkRun: CheckRunMode;
  /** Fixes on the pull request's changed lines as review suggestions. */
  suggestions: boolean;
  /** off, or on pull requests report only the changed files (files, also written true) or changed lines (lines). */
  onlyChanged: OnlyChanged;
  allowEmpty: boolean;
  offline: boolean;
  allowPrivateNetwork: boolean;
  sarifFile: string;
  token: string;
  /** The workflow's own token, to tell whether `token` is it (and so writes as github-actions[bot]). */
  workflowToken: string;
  /** The run's time for all GitHub API calls together. */
  apiTimeoutMs: number;
  /** Reads `github:` central policies instead of `token` when set (a private policy repository). */
  policyToken: string;
}

export class InputError extends Error {}

function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = core.getInput(name) || fallback;
  if (!(allowed as readonly string[]).includes(value))
    throw new InputError(`input ${name} must be one of ${allowed.join(', ')}, not "${value}"`);
  return value as T;
}

function flag(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === '') return fallback;
  if (['true', 'yes', 'on'].includes(value)) return true;
  if (['false', 'no', 'off'].includes(value)) return false;
  throw new InputError(`input ${name} must be true or false, not "${value}"`);
}

/** only-changed: a flag as before (true means files), or files or lines. */
function onlyChanged(): OnlyChanged {
  const value = core.getInput('only-changed').trim().toLowerCase();
  if (value === 'files' || value === 'lines') return value;
  try {
    return flag('only-changed', false) ? 'files' : 'off';
  } catch {
    throw new InputError(`input only-changed must be one of false, files, lines (true means files), not "${value}"`);
  }
}

/** Seconds, as a positive number (fractions allowed); returned in milliseconds. */
function duration(name: string, fallbackSeconds: number): number {
  const value = core.getInput(name);
  if (value === '') return fallbackSeconds * 1000;
  const secondsGiven = /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
  if (!(secondsGiven > 0) || secondsGiven > 3600)
    throw new InputError(`input ${name} must be a number of seconds above 0 and at most 3600, not "${value}"`);
  return secondsGiven * 1000;
}

/** One per line or separated by spaces, as workflow authors write lists. */
function list(name: string, fallback: string[]): string[] {
  const items = core
    .getInput(name)
    .split(/\s+/)
    .filter((s) => s !== '');
  return items.length > 0 ? items : fallback;
}

/** The inputs of action.yml, validated; defaults repeat action.yml's for runs that do not pass them. */
export function readInputs(): ActionInputs {
  return {
    paths: list('paths', ['.']),
    exclude: list('exclude', []),
    policy: core.getInput('policy').trim(),
    policyFrom: oneOf('policy-from', ['base', 'head'] as const, 'base'),
    failOn: oneOf('fail-on', ['error', 'warning', 'notice', 'never'] as const, 'error'),
    comment: oneOf('comment', ['auto', 'always', 'never'] as const, 'auto'),
    annotations: flag('annotations', true),
    checkRun: oneOf('check-run', ['auto', 'always', 'never'] as const, 'auto'),
    suggestions: flag('suggestions', true),
    onlyChanged: onlyChanged(),
    allowEmpty: flag('allow-empty', false),
    offline: flag('offline', false),
    allowPrivateNetwork: flag('allow-private-network', false),
    sarifFile: core.getInput('sarif-file').trim(),
    token: core.getInput('token'),
    workflowToken: core.getInput('workflow-token'),
    apiTimeoutMs: duration('api-timeout', 60),
    policyToken: core.getInput('policy-token'),
  };
}
