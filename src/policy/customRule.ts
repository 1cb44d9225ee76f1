import type { Ajv, ValidateFunction } from 'ajv';
import { loadAjv } from '../schema/trustedAjv.js';
import type { ManifestRule, Problem, Severity } from '../core/types.js';
import { childPointer, parsePointer } from '../core/pointer.js';
import { messageOf } from '../core/messageOf.js';

export interface CustomRuleDefinition {
  id: string;
  severity?: Severity | 'off';
  message: string;
  description?: string;
  given: string;
  schema: Record<string, unknown> | boolean;
}

/** Custom schemas are compiled once each, by one Ajv instance shared by every custom rule of the run. */
let ajv: Ajv | undefined;

/** Compiles a schema, or returns ajv's reason it is not a valid schema. */
export async function compileCustomSchema(
  schema: Record<string, unknown> | boolean,
): Promise<ValidateFunction | string> {
  ajv ??= new (await loadAjv())({ allErrors: false, strict: true, allowUnionTypes: true });
  try {
    return ajv.compile(schema);
  } catch (error) {
    return messageOf(error);
  }
}

/** Every value a `given` pointer reaches; a `*` segment matches every key of an object or index of an array. */
export function* valuesAt(value: unknown, given: string): Generator<{ pointer: string; value: unknown }> {
  const segments = parsePointer(given);
  const stack: Array<{ pointer: string; value: unknown; depth: number }> = [{ pointer: '', value, depth: 0 }];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.depth === segments.length) {
      yield current;
      continue;
    }
    const segment = segments[current.depth];
    const node = current.value;
    if (node === null || typeof node !== 'object') continue;
    const children: Array<[string, unknown]> = Array.isArray(node)
      ? node.map((item, index) => [String(index), item])
      : Object.entries(node as Record<string, unknown>);
    const matched = segment === '*' ? children : children.filter(([key]) => key === segment);
    for (const [key, value] of matched.toReversed()) {
      stack.push({ pointer: childPointer(current.pointer, key), value, depth: current.depth + 1 });
    }
  }
}

export function toCustomRule(definition: CustomRuleDefinition, validate: ValidateFunction): ManifestRule {
  return {
    kind: 'manifest',
    meta: {
      id: definition.id,
      description: definition.description ?? definition.message,
      defaultSeverity:
        definition.severity === 'off' || definition.severity === undefined ? 'error' : definition.severity,
    },
    check(manifest) {
      const problems: Problem[] = [];
      for (const { pointer, value } of valuesAt(manifest.value, definition.given)) {
        if (!validate(value)) problems.push({ pointer, message: definition.message });
      }
      return problems;
    },
  };
}
