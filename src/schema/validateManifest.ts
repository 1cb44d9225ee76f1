import type { ErrorObject, ValidateFunction } from 'ajv';
import manifestValidator from './manifestValidator.js';
import manifestSchema from '../../schemas/manifest.schema.json' with { type: 'json' };
import { loadAjv, trustedAjv } from './trustedAjv.js';
import type { Problem } from '../core/types.js';
import { childPointer } from '../core/pointer.js';
import { nearestName, onlyCloseName } from '../core/nearestName.js';
import { booleanFix, renameFix, wrapFix } from './schemaFixes.js';
import { marked, quoted } from '../core/quoted.js';
import { isCredentialPlace } from '../core/credentialPlaces.js';
import { keysOf } from '../core/keysOf.js';

let validate: ValidateFunction = manifestValidator(keysOf);

/**
 * The schema compiled by ajv at run time instead of ahead of time (scripts/manifest-validator.mjs): the same
 * validator, for `npm run bench` to measure what compiling ahead buys (the precompiled-schema optimization).
 */
export async function compileAtRunTime(): Promise<void> {
  await loadAjv();
  validate = trustedAjv().compile(manifestSchema);
}

/** Schema violations of one manifest, one problem per fault, each with a message a person understands. */
export function validateManifest(value: unknown, limit = Infinity): { problems: Problem[]; undescribed: number } {
  if (validate(value)) return { problems: [], undescribed: 0 };
  const problems: Problem[] = [];
  const errors = validate.errors ?? [];
  // Messages by pointer and keyword: the same fault can come from several branches of the schema. Keyed without the
  // message, which is long and nearly always alone: hashing every message cost more than describing it.
  const seen = new Map<string, string[]>();
  for (const [index, error] of errors.entries()) {
    // Past the limit the rest are only counted (a file of 100,000 faults needs the first ones and the count).
    if (problems.length >= limit) return { problems, undescribed: errors.length - index };
    const described: { found: Array<Problem | undefined>; beyond?: number } =
      error.keyword === 'uniqueItems' ? repeatedItems(error, limit - problems.length) : { found: [describe(error)] };
    for (const problem of described.found) {
      if (!problem) continue;
      const key = `${problem.pointer}\u0000${problem.keyword}`;
      const messages = seen.get(key);
      if (messages?.includes(problem.message)) continue;
      if (messages) messages.push(problem.message);
      else seen.set(key, [problem.message]);
      problems.push(problem);
    }
    if (described.beyond) return { problems, undescribed: errors.length - index - 1 + described.beyond };
  }
  return { problems, undescribed: 0 };
}

const LANGUAGE_TAG = /^client_name#/;

function describe(error: ErrorObject): Problem | undefined {
  const pointer = error.instancePath;
  const keyword = error.keyword;
  const at = (message: string, extra: Partial<Problem> = {}): Problem => ({ pointer, keyword, message, ...extra });
  const params = error.params as Record<string, unknown>;
  // Nothing at or under a credential place is quoted back, whatever its type (core/credentialPlaces.ts).
  const secret = isCredentialPlace(pointer);
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
          message: `${quoted(name)}: malformed BCP 47 language tag ${quoted(tag)} (e.g. client_name#ja-JP)`,
        };
      }
      const { known, allowed } = propertiesOf(error.parentSchema);
      const suggestion = nearestName(name, known);
      const hint = suggestion ? `; did you mean "${suggestion}"?` : allowed;
      const hidden = isCredentialPlace(property);
      const shown = hidden ? 'unknown property (its name is not shown)' : `unknown property ${quoted(name)}`;
      const problem: Problem = { pointer: property, keyword, target: 'key', message: `${shown}${hint}` };
      // A rename is certain only when no other known name is as plausible.
      const only = suggestion && !hidden ? onlyCloseName(name, known) : undefined;
      const fix = only ? renameFix(error.parentSchema, error.data, pointer, name, only) : undefined;
      if (fix) problem.fix = fix;
      return problem;
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const actual = error.data;
      const suggestion = typeof actual === 'string' ? nearestName(actual, allowed) : undefined;
      const shown = secret ? 'this value' : quoted(actual, 60);
      return at(
        `${shown} is not allowed; must be one of ${allowed.map((v) => `"${v}"`).join(', ')}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
      );
    }
    case 'type': {
      const expected = String(params.type).split(',').map(article).join(' or ');
      const actual = typeOf(error.data);
      const shown =
        secret || actual === 'an object' || actual === 'an array' || actual === 'null'
          ? ''
          : ` (${quoted(error.data, 60)})`;
      const fix = secret
        ? undefined
        : (wrapFix(error.parentSchema, error.data, pointer) ?? booleanFix(error.parentSchema, error.data, pointer));
      return at(`must be ${expected}, not ${actual}${shown}`, fix ? { fix } : {});
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
      return at(
        `must be ${String(params.comparison)} ${String(params.limit)}${secret ? '' : `, not ${quoted(error.data)}`}`,
      );
    case 'minItems':
      return at(Number(params.limit) === 1 ? 'must not be empty' : `must have at least ${String(params.limit)} items`);
    case 'pattern': {
      const pattern = String(params.pattern);
      if (pattern === '^https://')
        return at(`must start with "https://"${secret ? '' : `, not ${quoted(error.data, 60)}`}`);
      return at(`does not match the pattern ${pattern}`);
    }
    default:
      return at(error.message ?? `violates "${keyword}"`);
  }
}

/**
 * Every item of an array that repeats an earlier one, each at its own pointer and naming the first, at most `max` of
 * them (the rest counted in `beyond`): ajv stops at the first pair it finds, and an array with two repeated URIs would
 * have the second found only after the first is fixed. Items are compared as ajv compares them (deep equality, object
 * keys in any order).
 */
function repeatedItems(error: ErrorObject, max: number): { found: Problem[]; beyond?: number } {
  const pointer = error.instancePath;
  const items: unknown[] = Array.isArray(error.data) ? error.data : [];
  const secret = isCredentialPlace(pointer);
  const firstIndex = new Map<string, number>();
  const problems: Problem[] = [];
  let beyond = 0;
  items.forEach((item, index) => {
    const key = canonical(item);
    const first = firstIndex.get(key);
    if (first === undefined) {
      firstIndex.set(key, index);
      return;
    }
    // Past the limit the rest are only counted, as validateManifest counts the errors it does not describe.
    if (problems.length >= max) {
      beyond++;
      return;
    }
    const shown = secret || (item !== null && typeof item === 'object') ? '' : `${quoted(item, 60)} `;
    const firstPointer = childPointer(pointer, first);
    problems.push({
      pointer: childPointer(pointer, index),
      keyword: 'uniqueItems',
      message: `${shown}repeats item ${first}${secret ? '' : ` (${marked(firstPointer)})`}`,
    });
  });
  return beyond > 0 ? { found: problems, beyond } : { found: problems };
}

/** A text equal for values ajv's uniqueItems holds equal: JSON with object keys sorted. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(record[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? String(value);
}

const propertiesBySchema = new WeakMap<object, { known: string[]; allowed: string }>();

/** The property names a schema object knows, and the hint that lists them: worked out once per schema object. */
function propertiesOf(schema: unknown): { known: string[]; allowed: string } {
  const cacheable = schema !== null && typeof schema === 'object';
  const cached = cacheable ? propertiesBySchema.get(schema) : undefined;
  if (cached) return cached;
  const known = Object.keys((schema as { properties?: object } | undefined)?.properties ?? {}).filter(
    (k) => k !== '$schema',
  );
  const properties = {
    known,
    allowed: known.length > 0 ? `; allowed here: ${known.map((k) => `"${k}"`).join(', ')}` : '',
  };
  if (cacheable) propertiesBySchema.set(schema, properties);
  return properties;
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
