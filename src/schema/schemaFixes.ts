import type { ValuePatch } from '../core/types.js';
import { childPointer } from '../core/pointer.js';
import manifestSchema from '../../schemas/manifest.schema.json' with { type: 'json' };

/**
 * The corrections of schema faults that are certain (ESLint's line: a fix never changes what the app does), as value
 * patches. Each is the one reading a person could have meant: the only close known name of a property, a lone value
 * where the schema wants a list of such values, a YAML 1.1 boolean written where YAML 1.2 reads a string.
 */

type Schema = Record<string, unknown>;

/** YAML 1.1 read these as booleans; YAML 1.2 (and every JSON reader) as strings. */
const YAML11_BOOLEANS: Record<string, boolean> = {
  yes: true,
  on: true,
  true: true,
  no: false,
  off: false,
  false: false,
};

/** `unknown` (an unknown property of `parent`) renamed to `known`, its value wrapped in a list if the schema wants one. */
export function renameFix(
  parentSchema: unknown,
  parent: unknown,
  pointer: string,
  unknown: string,
  known: string,
): ValuePatch[] | undefined {
  if (parent === null || typeof parent !== 'object' || Array.isArray(parent)) return undefined;
  // Renaming onto a property already there would lose one of the two values.
  if (Object.prototype.hasOwnProperty.call(parent, known)) return undefined;
  const target = resolve((parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties?.[known]);
  if (!target) return undefined;
  const value = (parent as Record<string, unknown>)[unknown];
  const property = childPointer(pointer, unknown);
  const rename: ValuePatch = { op: 'rename', pointer: property, key: known };
  if (acceptsType(target, value)) return [rename];
  const wrapped = wrapFix(target, value, property);
  return wrapped ? [...wrapped, rename] : undefined;
}

/** A scalar where the schema wants an array of such scalars: the value as a one-item list. */
export function wrapFix(schema: unknown, value: unknown, pointer: string): ValuePatch[] | undefined {
  const target = resolve(schema);
  if (!target || value === null || typeof value === 'object') return undefined;
  if (!typesOf(target)?.includes('array')) return undefined;
  const items = resolve(target.items);
  if (!items || !acceptsType(items, value)) return undefined;
  return [{ op: 'replace', pointer, value: [value] }];
}

/** `yes`, `on`, `no`, `off` (and `true`, `false`) as a string where the schema wants a boolean. */
export function booleanFix(schema: unknown, value: unknown, pointer: string): ValuePatch[] | undefined {
  const target = resolve(schema);
  if (typeof value !== 'string' || !typesOf(target)?.includes('boolean')) return undefined;
  const meant = YAML11_BOOLEANS[value.toLowerCase()];
  return meant === undefined ? undefined : [{ op: 'replace', pointer, value: meant }];
}

/** Whether the schema's `type` (or that of any branch of a oneOf/anyOf) admits the value's JSON type. */
function acceptsType(schema: Schema, value: unknown): boolean {
  const types = typesOf(schema);
  if (types) return types.includes(jsonType(value)) || (types.includes('number') && jsonType(value) === 'integer');
  const branches = [schema.oneOf, schema.anyOf].find(Array.isArray) as unknown[] | undefined;
  if (branches)
    return branches.some((branch) => {
      const resolved = resolve(branch);
      return resolved !== undefined && acceptsType(resolved, value);
    });
  return true;
}

function typesOf(schema: Schema | undefined): string[] | undefined {
  const type = schema?.type;
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? (type as string[]) : undefined;
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** A subschema, its local `$ref` followed (the manifest schema refers only within itself). */
function resolve(schema: unknown, depth = 0): Schema | undefined {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return undefined;
  const ref = (schema as Schema).$ref;
  if (typeof ref !== 'string') return schema as Schema;
  if (!ref.startsWith('#/') || depth > 8) return undefined;
  let node: unknown = manifestSchema;
  for (const segment of ref.slice(2).split('/')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Schema)[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return resolve(node, depth + 1);
}
