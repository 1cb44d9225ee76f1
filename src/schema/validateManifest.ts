import type { ErrorObject, ValidateFunction } from 'ajv';
import precompiled from './manifestValidator.js';
import manifestSchema from '../../schemas/manifest.schema.json' with { type: 'json' };
import { loadAjv, trustedAjv } from './trustedAjv.js';
import type { Problem } from '../core/types.js';
import { childPointer } from '../core/pointer.js';
import { nearestName } from '../core/nearestName.js';

let validate: ValidateFunction = precompiled;

/**
 * The schema compiled by ajv at run time instead of ahead of time (scripts/manifest-validator.mjs): the same
 * validator, for `npm run bench` to measure what compiling ahead buys (the precompiled-schema optimization).
 */
export async function compileAtRunTime(): Promise<void> {
  await loadAjv();
  validate = trustedAjv().compile(manifestSchema);
}

/** Schema violations of one manifest, one problem per fault, each with a message a person understands. */
export function validateManifest(value: unknown): Problem[] {
  if (validate(value)) return [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    const problem = describe(error);
    if (!problem) continue;
    const key = `${problem.pointer}\u0000${problem.keyword}\u0000${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

/** Values that may be credentials are never quoted back: webhook header values and client_secret. */
function isSecretPlace(pointer: string): boolean {
  return /\/header_value$/.test(pointer) || pointer === '/client_secret';
}

const LANGUAGE_TAG = /^client_name#/;

function describe(error: ErrorObject): Problem | undefined {
  const pointer = error.instancePath;
  const keyword = error.keyword;
  const at = (message: string, extra: Partial<Problem> = {}): Problem => ({ pointer, keyword, message, ...extra });
  const params = error.params as Record<string, unknown>;
  switch (keyword) {
    case 'if':
      return undefined; // its then/else errors say what is wrong
    case 'required':
      return at(`missing required property "${String(params.missingProperty)}"`);
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const property = childPointer(pointer, name);
      if (pointer === '' && LANGUAGE_TAG.test(name)) {
        const tag = name.slice('client_name#'.length);
        return {
          pointer: property,
          keyword,
          target: 'key',
          message: `"${name}": malformed BCP 47 language tag "${tag}" (e.g. client_name#ja-JP)`,
        };
      }
      const known = Object.keys((error.parentSchema?.properties as Record<string, unknown> | undefined) ?? {}).filter(
        (k) => k !== '$schema',
      );
      const suggestion = nearestName(name, known);
      const hint = suggestion
        ? `; did you mean "${suggestion}"?`
        : known.length > 0
          ? `; allowed here: ${known.map((k) => `"${k}"`).join(', ')}`
          : '';
      return { pointer: property, keyword, target: 'key', message: `unknown property "${name}"${hint}` };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const actual = error.data;
      const suggestion = typeof actual === 'string' ? nearestName(actual, allowed) : undefined;
      const shown = isSecretPlace(pointer) ? 'this value' : quote(actual);
      return at(
        `${shown} is not allowed; must be one of ${allowed.map((v) => `"${v}"`).join(', ')}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
      );
    }
    case 'type': {
      const expected = String(params.type).split(',').map(article).join(' or ');
      const actual = typeOf(error.data);
      const shown =
        isSecretPlace(pointer) || actual === 'an object' || actual === 'an array' || actual === 'null'
          ? ''
          : ` (${quote(error.data)})`;
      return at(`must be ${expected}, not ${actual}${shown}`);
    }
    case 'maxLength':
      return at(`is ${lengthOf(error.data)} characters long; the maximum is ${String(params.limit)}`);
    case 'minLength':
      return at(
        Number(params.limit) === 1 ? 'must not be empty' : `must be at least ${String(params.limit)} characters long`,
      );
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return at(`must be ${String(params.comparison)} ${String(params.limit)}, not ${String(error.data)}`);
    case 'minItems':
      return at(Number(params.limit) === 1 ? 'must not be empty' : `must have at least ${String(params.limit)} items`);
    case 'uniqueItems': {
      const [first, later] = [Number(params.j), Number(params.i)].sort((a, b) => a - b);
      return {
        pointer: childPointer(pointer, later),
        keyword,
        message: `repeats item ${first} (${childPointer(pointer, first)})`,
      };
    }
    case 'pattern': {
      const pattern = String(params.pattern);
      if (pattern === '^https://')
        return at(`must start with "https://"${isSecretPlace(pointer) ? '' : `, not ${quote(error.data)}`}`);
      return at(`does not match the pattern ${pattern}`);
    }
    default:
      return at(error.message ?? `violates "${keyword}"`);
  }
}

function quote(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function lengthOf(value: unknown): number {
  return typeof value === 'string' ? value.length : 0;
}

function article(type: string): string {
  return { integer: 'an integer', object: 'an object', array: 'an array', null: 'null' }[type] ?? `a ${type}`;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'a number' : 'a fractional number';
  return article(typeof value);
}
