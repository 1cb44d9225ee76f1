// The rule catalog as data, from the rules' own metadata: what `--list-rules` prints, and what `npm run catalog`
// (scripts/catalog.mjs) writes into the README rules table, policies/*.yml and schemas/policy.schema.json.
import type { Rule, Severity } from '../core/types.js';
import { CUSTOM_RULE_ID } from '../core/ruleId.js';
import { builtinRules } from './index.js';

/** A rule's severity and options in one built-in policy. */
export interface CatalogSetting {
  severity: Severity;
  options: Record<string, unknown>;
}

export interface CatalogEntry {
  id: string;
  kind: Rule['kind'];
  description: string;
  recommended: CatalogSetting;
  strict: CatalogSetting;
  /** The rule's options schema (an object schema), when it takes options. */
  optionsSchema?: Record<string, unknown>;
  /** Some findings carry a fix (`--fix`). */
  fixable?: boolean;
  /** Some findings carry suggestions. */
  hasSuggestions?: boolean;
}

/** A policy entry as a policy file writes it: a severity, or a severity with options. */
export type PolicyRuleEntry = Severity | ({ severity: Severity } & Record<string, unknown>);

/** A built-in policy's content, as policies/<name>.yml holds it. */
export interface BuiltinPolicyData {
  extends?: string;
  rules: Record<string, PolicyRuleEntry>;
}

export function ruleCatalog(rules: readonly Rule[] = builtinRules): CatalogEntry[] {
  return rules.map(({ kind, meta }) => {
    const recommended = { severity: meta.defaultSeverity, options: { ...meta.defaultOptions } };
    return {
      id: meta.id,
      kind,
      description: meta.description,
      recommended,
      strict: {
        severity: meta.strictSeverity ?? recommended.severity,
        options: { ...recommended.options, ...meta.strictOptions },
      },
      ...(meta.optionsSchema ? { optionsSchema: meta.optionsSchema } : {}),
      ...(meta.fixable ? { fixable: true } : {}),
      ...(meta.hasSuggestions ? { hasSuggestions: true } : {}),
    };
  });
}

/**
 * `recommended` states every rule at its default severity and options; `strict` extends it and sets the rules that
 * declare a strict setting.
 */
export function builtinPolicies(
  rules: readonly Rule[] = builtinRules,
): Record<'recommended' | 'strict', BuiltinPolicyData> {
  const entry = (severity: Severity, options: Record<string, unknown> | undefined): PolicyRuleEntry =>
    options && Object.keys(options).length > 0 ? { severity, ...options } : severity;
  const strict: Record<string, PolicyRuleEntry> = {};
  for (const { meta } of rules) {
    if (meta.strictOptions && !meta.strictSeverity)
      throw new Error(`rule ${meta.id}: strictOptions need a strictSeverity (the strict policy states both)`);
    if (meta.strictSeverity) strict[meta.id] = entry(meta.strictSeverity, meta.strictOptions);
  }
  return {
    recommended: {
      rules: Object.fromEntries(rules.map(({ meta }) => [meta.id, entry(meta.defaultSeverity, meta.defaultOptions)])),
    },
    strict: { extends: 'recommended', rules: strict },
  };
}

const OPTIONS_SCHEMA_KEYS = new Set(['type', 'properties', 'additionalProperties', 'required', 'description']);

/**
 * The generated `definitions` of schemas/policy.schema.json, so that an editor refuses what the loader refuses: rule
 * settings (each built-in id with its own options, namespaced custom ids with a severity only, no other id), the
 * custom id pattern and the names `extends` takes. The loader merges a policy's options over the defaults, so the
 * editor checks the given ones, and a rule's options schema must be a plain object schema for the two to agree.
 */
export function policySchemaDefinitions(rules: readonly Rule[] = builtinRules): Record<string, unknown> {
  const severity = { $ref: '#/definitions/severity' };
  const properties: Record<string, unknown> = {};
  for (const entry of ruleCatalog(rules)) {
    const setting = entry.optionsSchema
      ? {
          type: 'object',
          properties: { severity, ...optionProperties(entry) },
          additionalProperties: false,
        }
      : { $ref: '#/definitions/severityOnly' };
    const strict = entry.strict.severity === entry.recommended.severity ? '' : `, strict: ${entry.strict.severity}`;
    properties[entry.id] = {
      description: `${entry.description} (recommended: ${entry.recommended.severity}${strict})`,
      oneOf: [severity, setting],
    };
  }
  return {
    rules: {
      type: 'object',
      description:
        "Rule id to a severity, or to an object with an optional severity and the rule's options. Custom rules (namespaced ids such as acme/display-name-prefix) take a severity only.",
      properties,
      patternProperties: {
        [CUSTOM_RULE_ID.source]: { oneOf: [severity, { $ref: '#/definitions/severityOnly' }] },
      },
      additionalProperties: false,
    },
    severityOnly: {
      type: 'object',
      properties: { severity },
      additionalProperties: false,
    },
    customRuleId: {
      type: 'string',
      pattern: CUSTOM_RULE_ID.source,
      description: 'Namespaced id, e.g. acme/display-name-prefix.',
    },
    extendsEntry: {
      type: 'string',
      description: `A built-in policy (${Object.keys(builtinPolicies(rules)).join(', ')}), a path to a .yml or .yaml file relative to this one (or starting with ./ or /), or github:OWNER/REPO/PATH@REF.`,
      anyOf: [
        { enum: Object.keys(builtinPolicies(rules)) },
        { pattern: '^(\\.|/|github:)' },
        { pattern: '\\.[Yy][Aa]?[Mm][Ll]$' },
      ],
    },
  };
}

function optionProperties(entry: CatalogEntry): Record<string, unknown> {
  const schema = entry.optionsSchema!;
  const unsupported = Object.keys(schema).filter((key) => !OPTIONS_SCHEMA_KEYS.has(key));
  if (schema.type !== 'object' || schema.additionalProperties !== false || unsupported.length > 0) {
    throw new Error(
      `rule ${entry.id}: optionsSchema must be { type: 'object', properties, additionalProperties: false }${unsupported.length > 0 ? `, without ${unsupported.join(', ')}` : ''}`,
    );
  }
  const properties = (schema.properties ?? {}) as Record<string, unknown>;
  const missing = ((schema.required ?? []) as string[]).filter((name) => !(name in entry.recommended.options));
  if (missing.length > 0) throw new Error(`rule ${entry.id}: required options ${missing.join(', ')} have no default`);
  if ('severity' in properties) throw new Error(`rule ${entry.id}: an option cannot be named severity`);
  return properties;
}
