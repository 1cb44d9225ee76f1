// A policy file and its extends chain: read, validated against schemas/policy.schema.json, composed over the rule
// catalog. Loaded by loadPolicy only when there is a file (or a named built-in) to read.
import path from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { FileRoot } from '../files/fileRoot.js';
import { loadAjv, trustedAjv } from '../schema/trustedAjv.js';
import policySchema from '../../schemas/policy.schema.json' with { type: 'json' };
import type { ManifestRule, Rule, SeverityLevel } from '../core/types.js';
import { nearestName } from '../core/nearestName.js';
import type { LoadedPolicy, LoadPolicyOptions, RuleSetting } from './types.js';
import { PolicyError } from './policyError.js';
import type { PolicyDocument } from './policyDocument.js';
import { isInside, leavesRoot } from '../core/rootPath.js';
import { fileRoot } from '../files/fileRoot.js';
import { asText, readChosenFile, readInside } from '../files/readInside.js';
import { FILE_LIMITS } from '../files/limits.js';
import { builtinPolicyText, isBuiltinPolicy, BUILTIN_POLICIES } from './builtinPolicies.js';
import { compileCustomSchema, toCustomRule, type CustomRuleDefinition } from './customRule.js';
import {
  formatRemoteReference,
  isRemoteReference,
  parseRemoteReference,
  resolveRemoteRelative,
  type RemotePolicyReference,
} from './remotePolicy.js';
import { messageOf } from '../core/messageOf.js';

type RuleEntry = SeverityLevel | ({ severity?: SeverityLevel } & Record<string, unknown>);

interface PolicyData {
  extends?: string | string[];
  rules?: Record<string, RuleEntry>;
  custom?: CustomRuleDefinition[];
  overrides?: Array<{ files: string[]; rules: Record<string, RuleEntry> }>;
  ignore?: string[];
  baseline?: string;
}

/** One file of the extends chain, validated. */
interface Layer {
  document: PolicyDocument;
  data: PolicyData;
  /** Directory of the file, for relative extends and baseline; undefined for built-ins and remote policies. */
  directory?: string;
  /** Where a remote policy came from, for its relative extends. */
  remote?: RemotePolicyReference;
}

const SEVERITIES: readonly SeverityLevel[] = ['error', 'warning', 'notice', 'off'];
let policyValidator: ValidateFunction | undefined;
/** Each rule's options schema, compiled once per process. */
const optionValidators = new WeakMap<object, ValidateFunction>();
const RULE_ENTRY = /^\/(overrides\/\d+\/)?rules\/[^/]+/;
const RULE_MAP = /^\/(overrides\/\d+\/)?rules$/;
const EXTENDS_ENTRY = /^\/extends(\/\d+)?$/;

/** A policy file (or built-in, or `github:` reference) and everything it extends, validated and composed. */
export async function loadPolicyFile(options: LoadPolicyOptions, root: string, entry: string): Promise<LoadedPolicy> {
  const remoteText = new Map<string, Promise<string>>();
  // Files a policy names (extends, baseline) stay inside the repository, or beside a policy file named explicitly
  // from outside it: a policy in a pull request must not read the runner's files.
  const confinement = policyConfinement(root, entry);
  const allowed = (file: string) => confinement.rootFor(file) !== undefined;
  const readText =
    options.readText ?? ((file: string) => Promise.resolve().then(() => readPolicyText(confinement, entry, file)));
  const display = (file: string) =>
    isBuiltinPolicy(file) ? `built-in ${file}` : isRemoteReference(file) ? file : relativeName(root, file);

  const layers: Layer[] = [];
  const visit = async (reference: string, chain: string[], from: string | undefined): Promise<void> => {
    const key = isBuiltinPolicy(reference) ? `builtin:${reference}` : reference;
    if (chain.includes(key)) {
      const names = [...chain.slice(chain.indexOf(key)), key].map((k) => display(k.replace(/^builtin:/, '')));
      throw new PolicyError(`${from ?? display(reference)}: extends cycle: ${names.join(' → ')}`);
    }
    let text: string;
    let remote: RemotePolicyReference | undefined;
    if (isBuiltinPolicy(reference)) {
      text = builtinPolicyText(reference);
    } else if (isRemoteReference(reference)) {
      const parsed = parseRemoteReference(reference);
      if (typeof parsed === 'string') throw new PolicyError(`${from ?? 'policy'}: ${parsed}`);
      remote = parsed;
      if (!options.readRemote) {
        throw new PolicyError(
          `${from ? `${from}: ` : ''}${reference} cannot be read without a GitHub token (set GITHUB_TOKEN, or the Action's token input)`,
        );
      }
      const readRemote = options.readRemote;
      // Cached for the run: a policy extended twice (a diamond) is fetched once.
      let pending = remoteText.get(reference);
      if (!pending) remoteText.set(reference, (pending = readRemote(parsed)));
      try {
        text = await pending;
      } catch (error) {
        const reason = messageOf(error);
        throw new PolicyError(`${from ? `${from}: ` : ''}${reference} could not be read: ${reason}`);
      }
    } else {
      try {
        text = await readText(reference);
      } catch (error) {
        const reason = error instanceof FileRefused ? `: ${error.message}` : ' not found or not readable';
        throw new PolicyError(`${from ? `${from}: ` : ''}policy file ${display(reference)}${reason}`);
      }
    }
    // yaml is loaded only when a policy file is read (a run under the implicit recommended policy never does).
    const { readPolicyDocument } = await import('./policyDocument.js');
    const document = readPolicyDocument(display(reference), text);
    const data = validateShape(document);
    const directory = isBuiltinPolicy(reference) || remote ? undefined : path.dirname(reference);
    if (remote && data.baseline !== undefined) {
      throw new PolicyError(
        `${document.where(['baseline'])}: a github: policy cannot name a baseline; a baseline belongs to the repository it records`,
      );
    }
    const parents = data.extends === undefined ? [] : Array.isArray(data.extends) ? data.extends : [data.extends];
    for (const [index, parent] of parents.entries()) {
      const where = document.where(Array.isArray(data.extends) ? ['extends', index] : ['extends']);
      const resolved = resolveExtends(parent, { directory, remote }, where);
      if (!isBuiltinPolicy(resolved) && !isRemoteReference(resolved) && !allowed(resolved)) {
        throw new PolicyError(
          `${where}: "${parent}" is outside the repository; a policy may extend only files inside it, built-ins or github: references`,
        );
      }
      await visit(resolved, [...chain, key], where);
    }
    layers.push({ document, data, directory, remote });
  };
  // Loaded with the policy file (the implicit recommended policy returned above needs neither).
  const [, { default: picomatch }] = await Promise.all([loadAjv(), import('picomatch')]);
  await visit(entry, [], undefined);
  const customValidators = new Map<CustomRuleDefinition, ValidateFunction | string>();
  for (const layer of layers) {
    for (const definition of layer.data.custom ?? [])
      customValidators.set(definition, await compileCustomSchema(definition.schema));
  }
  const composed = compose(layers, options.rules, root, customValidators, picomatch);
  if (composed.baselinePath !== undefined) {
    const baselineRoot = confinement.rootFor(composed.baselinePath);
    if (baselineRoot === undefined)
      throw new PolicyError(`baseline ${relativeName(root, composed.baselinePath)} is outside the repository`);
    composed.baselineRoot = baselineRoot.path;
  }
  return composed;
}

/** A file src/files refused to read; its message is the refusal's reason. */
class FileRefused extends Error {}

interface Confinement {
  repository: FileRoot;
  /** The directory a file the policy names must stay inside, by its path; undefined when there is none. */
  rootFor(file: string): FileRoot | undefined;
  /** The entry was named from outside the repository: the user's own choice, read wherever it is. */
  entryOutside: boolean;
}

/** The repository root, and the directory of a policy file named explicitly from outside it (its extends may be beside it). */
function policyConfinement(root: string, entry: string): Confinement {
  const repository = fileRoot(root);
  const roots = [repository];
  const entryOutside = !isBuiltinPolicy(entry) && !isRemoteReference(entry) && !isInside(root, entry);
  if (entryOutside) roots.push(fileRoot(path.dirname(entry)));
  return { repository, rootFor: (file) => roots.find((r) => isInside(r.path, file)), entryOutside };
}

/** A policy file through src/files: real path inside its root, a regular file, at most FILE_LIMITS.policy bytes. */
function readPolicyText(confinement: Confinement, entry: string, file: string): string {
  const read =
    file === entry && confinement.entryOutside
      ? readChosenFile(file, FILE_LIMITS.policy)
      : readInside(confinement.rootFor(file) ?? confinement.repository, file, FILE_LIMITS.policy);
  if (!read.ok) throw new FileRefused(read.reason);
  return asText(read.bytes);
}

function relativeName(root: string, file: string): string {
  const relative = path.relative(root, file);
  return (leavesRoot(relative) ? file : relative).split(path.sep).join('/');
}

function resolveExtends(
  reference: string,
  from: { directory?: string; remote?: RemotePolicyReference },
  where: string,
): string {
  if (isBuiltinPolicy(reference)) return reference;
  if (isRemoteReference(reference)) {
    const parsed = parseRemoteReference(reference);
    if (typeof parsed === 'string') throw new PolicyError(`${where}: ${parsed}`);
    return reference;
  }
  if (!reference.startsWith('.') && !reference.startsWith('/') && !/\.ya?ml$/i.test(reference)) {
    const suggestion = nearestName(reference, BUILTIN_POLICIES);
    throw new PolicyError(
      `${where}: unknown built-in policy "${reference}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; built-ins are ${BUILTIN_POLICIES.join(', ')}, files are named by a relative path such as ./base.yml`,
    );
  }
  if (from.remote) {
    const resolved = resolveRemoteRelative(from.remote, reference);
    if (!resolved)
      throw new PolicyError(`${where}: "${reference}" leaves the repository of ${formatRemoteReference(from.remote)}`);
    return formatRemoteReference(resolved);
  }
  if (!from.directory) throw new PolicyError(`${where}: a built-in policy cannot extend a file`);
  return path.resolve(from.directory, reference);
}

/** The file against schemas/policy.schema.json, reported as the first fault with its line. */
function validateShape(document: PolicyDocument): PolicyData {
  const data = document.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new PolicyError(
      `${document.where([])}: a policy is a mapping with keys extends, rules, custom, overrides, ignore, baseline`,
    );
  }
  policyValidator ??= trustedAjv().compile(policySchema);
  if (policyValidator(data)) return data;
  const names = (data as { extends?: unknown }).extends;
  const namesOnly = typeof names === 'string' || (Array.isArray(names) && names.every((n) => typeof n === 'string'));
  const errors = (policyValidator.errors ?? []).filter((e) => !leftToLoader(e, namesOnly));
  if (errors.length === 0) return data;
  const error = mostSpecific(errors);
  throw new PolicyError(describeShapeError(document, error));
}

/**
 * Rule entries are checked against the rule catalog in compose(), and extends names in resolveExtends(), which say
 * more than the schema can (the nearest id or name). The schema's rule and extends parts are generated from the same
 * catalog (npm run catalog); test/policy/policySchema.test.ts holds the editor and the loader to one verdict.
 */
function leftToLoader(error: ErrorObject, extendsNamesOnly: boolean): boolean {
  if (RULE_ENTRY.test(error.instancePath)) return true;
  if (RULE_MAP.test(error.instancePath)) return error.keyword === 'additionalProperties';
  if (EXTENDS_ENTRY.test(error.instancePath)) return extendsNamesOnly;
  return false;
}

function mostSpecific(errors: ErrorObject[]): ErrorObject {
  const ranked = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'if');
  const pool = ranked.length > 0 ? ranked : errors;
  return pool.reduce((best, e) => (e.instancePath.split('/').length > best.instancePath.split('/').length ? e : best));
}

function describeShapeError(document: PolicyDocument, error: ErrorObject): string {
  const segments = error.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const path = segments.map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const place = segments.length > 0 ? segments.join('.') : 'the policy';
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const known = Object.keys((error.parentSchema?.properties as object | undefined) ?? {}).filter(
        (k) => k !== '$schema',
      );
      const suggestion = nearestName(name, known);
      return `${document.where([...path, name], true)}: unknown key "${name}" in ${place}${suggestion ? ` (did you mean "${suggestion}"?)` : `; allowed: ${known.join(', ')}`}`;
    }
    case 'required':
      return `${document.where(path)}: ${place} is missing "${String(params.missingProperty)}"`;
    case 'enum':
      return `${document.where(path)}: ${place}: "${String(error.data)}" is not one of ${(params.allowedValues as unknown[]).join(', ')}`;
    case 'pattern':
      if (segments[segments.length - 1] === 'id') {
        return `${document.where(path)}: ${place}: custom rule id "${String(error.data)}" must be namespaced like "acme/display-name-prefix"`;
      }
      return `${document.where(path)}: ${place}: "${String(error.data)}" does not match ${String(params.pattern)}`;
    default:
      return `${document.where(path)}: ${place} ${error.message ?? 'is invalid'}`;
  }
}

/** Catalog defaults, then each layer in order (extended files first), then the per-file overrides. */
function compose(
  layers: readonly Layer[],
  catalog: readonly Rule[],
  root: string,
  customValidators: ReadonlyMap<CustomRuleDefinition, ValidateFunction | string>,
  picomatch: typeof import('picomatch'),
): LoadedPolicy {
  const custom = new Map<string, ManifestRule>();
  const base = new Map<string, RuleSetting>();
  for (const rule of catalog) {
    base.set(rule.meta.id, { severity: rule.meta.defaultSeverity, options: { ...(rule.meta.defaultOptions ?? {}) } });
  }
  for (const layer of layers) {
    for (const [index, definition] of (layer.data.custom ?? []).entries()) {
      const where = layer.document.where(['custom', index, 'schema']);
      if (catalog.some((r) => r.meta.id === definition.id)) {
        throw new PolicyError(
          `${layer.document.where(['custom', index, 'id'])}: custom rule id "${definition.id}" is the id of a built-in rule`,
        );
      }
      const validate = customValidators.get(definition)!;
      if (typeof validate === 'string')
        throw new PolicyError(`${where}: custom rule "${definition.id}": invalid schema: ${validate}`);
      const rule = toCustomRule(definition, validate);
      custom.set(definition.id, rule);
      base.set(definition.id, { severity: definition.severity ?? 'error', options: {} });
    }
  }
  const known = new Map<string, Rule>([
    ...catalog.map((r) => [r.meta.id, r] as const),
    ...[...custom].map(([id, r]) => [id, r] as const),
  ]);
  const apply = (
    target: Map<string, RuleSetting>,
    rules: Record<string, RuleEntry>,
    layer: Layer,
    at: Array<string | number>,
  ) => {
    for (const [id, entry] of Object.entries(rules)) {
      const where = layer.document.where([...at, id], true);
      const rule = known.get(id);
      if (!rule) {
        const suggestion = nearestName(id, known.keys());
        throw new PolicyError(`${where}: unknown rule "${id}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`);
      }
      const current = target.get(id)!;
      const badSeverity = (value: unknown) =>
        new PolicyError(
          `${where}: rule "${id}": severity ${JSON.stringify(value)} is not one of ${SEVERITIES.join(', ')}`,
        );
      if (typeof entry === 'string') {
        if (!SEVERITIES.includes(entry)) throw badSeverity(entry);
        target.set(id, { ...current, severity: entry });
        continue;
      }
      if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
        throw new PolicyError(
          `${where}: rule "${id}": expected a severity (${SEVERITIES.join(', ')}) or an object of severity and options`,
        );
      }
      const { severity, ...given } = entry;
      if (severity !== undefined && !SEVERITIES.includes(severity)) throw badSeverity(severity);
      const options = { ...current.options, ...given };
      if (Object.keys(given).length > 0) {
        const schema = rule.meta.optionsSchema;
        if (!schema)
          throw new PolicyError(
            `${where}: rule "${id}" takes no options, but ${Object.keys(given)
              .map((k) => `"${k}"`)
              .join(', ')} given`,
          );
        let validate = optionValidators.get(schema);
        if (!validate) {
          validate = trustedAjv().compile(schema);
          optionValidators.set(schema, validate);
        }
        if (!validate(options)) {
          const error = validate.errors?.[0];
          if (!error) throw new PolicyError(`${where}: rule "${id}": the options are not valid`);
          const params = error.params as Record<string, unknown>;
          const detail =
            error.keyword === 'additionalProperties'
              ? `unknown option "${String(params.additionalProperty)}"; options are ${Object.keys((schema.properties as object) ?? {}).join(', ')}`
              : `option "${error.instancePath.slice(1) || 'options'}" ${error.message}`;
          throw new PolicyError(`${where}: rule "${id}": ${detail}`);
        }
      }
      target.set(id, { severity: severity ?? current.severity, options });
    }
  };

  const overrides: Array<{
    matches: (file: string) => boolean;
    settings: Map<string, RuleSetting>;
    layer: Layer;
    rules: Record<string, RuleEntry>;
    at: Array<string | number>;
  }> = [];
  const ignore: string[] = [];
  let baselinePath: string | undefined;
  for (const layer of layers) {
    apply(base, layer.data.rules ?? {}, layer, ['rules']);
    for (const [index, override] of (layer.data.overrides ?? []).entries()) {
      overrides.push({
        matches: picomatch(override.files.map(stripDotSlash), { dot: true }),
        settings: new Map(),
        layer,
        rules: override.rules,
        at: ['overrides', index, 'rules'],
      });
    }
    ignore.push(...(layer.data.ignore ?? []).map(stripDotSlash));
    if (layer.data.baseline !== undefined) baselinePath = path.resolve(layer.directory ?? root, layer.data.baseline);
  }
  // Validate every override's rules now, so a bad one is an error even if no file matches it.
  for (const override of overrides) apply(new Map(base), override.rules, override.layer, override.at);

  const ignored = ignore.length > 0 ? picomatch(ignore, { dot: true }) : () => false;
  const entryLayer = layers.at(-1);
  if (!entryLayer) throw new Error('internal: a policy has at least the layer of its entry file');
  return {
    source: entryLayer.document.name,
    custom: [...custom.values()],
    baselinePath,
    isIgnored: (file) => ignored(file),
    rulesFor(file) {
      const matching = overrides.filter((o) => o.matches(file));
      if (matching.length === 0) return base;
      const settings = new Map(base);
      for (const override of matching) apply(settings, override.rules, override.layer, override.at);
      return settings;
    },
  };
}

function stripDotSlash(glob: string): string {
  return glob.replace(/^\.\//, '');
}
