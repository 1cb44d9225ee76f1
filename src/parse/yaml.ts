import {
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseAllDocuments,
  type Document,
  type Node as YamlNode,
  type Pair,
} from 'yaml';
import type { Range } from '../core/types.js';
import { parsePointer, toPointer } from '../core/pointer.js';
import { LineIndex } from './lineIndex.js';
import type { ParseLimits, ParseOutcome, ParseProblem, SourceDocument } from './types.js';
import { yamlFlowDepthExceeded } from './depth.js';
import { parseErrorAt } from './parseError.js';
import { fastYamlValue } from './yamlFast.js';
import { optimized } from '../core/optimizations.js';
import { fastYamlPositions, type FastPositions } from './yamlFastPositions.js';

/** Tags whose values are plain JSON data; anything else (!!binary, !!timestamp, custom tags) is not a manifest value. */
const JSON_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

/**
 * YAML 1.2 core schema; duplicate keys are findings, not parse errors (the last value wins). The value comes from the
 * fast path when it is certain to agree with the full one (see yamlFast.ts), else from the full path. `ahead` is the
 * fast path's outcome on this text when the read-ahead worker ran it: its value, or null where it declined.
 */
export function parseYaml(
  file: string,
  text: string,
  limits: ParseLimits,
  ahead?: Record<string, unknown> | null,
): ParseOutcome {
  // The fast path measures the depth of the value it builds (js-yaml overflowing its stack on absurd nesting is a
  // refusal like any other); the full path scans the text first.
  if (!optimized('yaml-fast-path')) return parseYamlFully(file, text, limits);
  const value = ahead === undefined ? fastYamlValue(text, limits.maxDepth) : (ahead ?? undefined);
  if (value === undefined) return parseYamlFully(file, text, limits);
  return { ok: true, document: new FastYamlDocument(file, text, value, limits), problems: [] };
}

/**
 * A document whose value came from the fast path. Positions are computed when the first finding needs one: by js-yaml
 * again where it can (yamlFastPositions.ts), else by the full path. A class, not an object of closures: every
 * document lives to the end of the run, and two objects fewer for each of 10,000 is less for the collector to copy.
 */
class FastYamlDocument implements SourceDocument {
  readonly format = 'yaml';
  private fast: FastPositions | undefined | null;
  private full: SourceDocument | undefined | null;

  constructor(
    readonly file: string,
    readonly text: string,
    readonly value: unknown,
    private readonly limits: ParseLimits,
  ) {}

  locate(pointer: string, target: 'key' | 'value' = 'value'): Range {
    if (this.fast === undefined) this.fast = fastYamlPositions(this.text) ?? null;
    const located = this.fast?.locate(pointer, target);
    if (located) return located;
    if (this.full === undefined) {
      const outcome = parseYamlFully(this.file, this.text, this.limits);
      this.full = outcome.ok ? outcome.document : null;
    }
    return this.full ? this.full.locate(pointer, target) : { line: 1, column: 1, endLine: 1, endColumn: 1 };
  }
}

/** The full path: `yaml` with positions, duplicate keys, tags, aliases and depth. */
export function parseYamlFully(file: string, text: string, limits: ParseLimits): ParseOutcome {
  const tooDeep = yamlFlowDepthExceeded(text, limits.maxDepth);
  if (tooDeep !== -1) return parseErrorAt(text, tooDeep, `nesting is deeper than ${limits.maxDepth} levels`);

  let documents: Document.Parsed[];
  try {
    documents = parseAllDocuments(text, { uniqueKeys: false, prettyErrors: false, strict: true }) as Document.Parsed[];
  } catch (error) {
    return parseErrorAt(text, 0, describeFailure(error, limits));
  }
  if (documents.length === 0) return parseErrorAt(text, 0, 'file holds no YAML document, only comments');
  if (documents.length > 1) {
    return parseErrorAt(
      text,
      documents[1].range[0],
      `file holds ${documents.length} YAML documents; a manifest is one document`,
    );
  }
  const doc = documents[0];
  // Compact block nesting (`- - - - x`) adds depth without adding lines, so the size limit does not bound it: the
  // library's recursive composer overflows the stack and records RESOURCE_EXHAUSTION instead of throwing.
  const exhausted = doc.errors.find((e) => e.code === 'RESOURCE_EXHAUSTION');
  if (exhausted) return parseErrorAt(text, exhausted.pos[0], `nesting is deeper than ${limits.maxDepth} levels`);
  const fault = doc.errors[0];
  if (fault) return parseErrorAt(text, fault.pos[0], `invalid YAML: ${firstLine(fault.message)}`);

  const problems: ParseProblem[] = [];
  const lines = new LineIndex(text);
  const unfit = inspect(doc.contents, doc, limits, lines, problems);
  if (unfit) return parseErrorAt(text, unfit.offset, unfit.message);

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (error) {
    return parseErrorAt(text, 0, describeFailure(error, limits));
  }

  const document: SourceDocument = {
    file,
    format: 'yaml',
    text,
    value,
    locate: (pointer, target = 'value') => locateYaml(doc.contents, pointer, target, lines),
  };
  return { ok: true, document, problems };
}

function describeFailure(error: unknown, limits: ParseLimits): string {
  if (error instanceof RangeError) return `nesting is deeper than ${limits.maxDepth} levels`;
  const message = error instanceof Error ? error.message : String(error);
  if (/alias count/i.test(message)) {
    return `too many alias expansions (more than ${limits.maxAliasCount}): a YAML alias bomb?`;
  }
  return `invalid YAML: ${firstLine(message)}`;
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

interface Unfit {
  offset: number;
  message: string;
}

/**
 * One walk (with an explicit stack, never recursion) over the tree: duplicate keys, keys that are collections,
 * tags that are not JSON data, numbers JSON cannot hold, and the exact nesting depth.
 */
function inspect(
  root: unknown,
  doc: Document.Parsed,
  limits: ParseLimits,
  lines: LineIndex,
  problems: ParseProblem[],
): Unfit | undefined {
  const stack: Array<{ node: unknown; path: string[]; depth: number }> = [{ node: root, path: [], depth: 1 }];
  while (stack.length > 0) {
    const { node, path, depth } = stack.pop()!;
    if (!node || isAlias(node)) continue;
    if (isScalar(node) || isCollection(node)) {
      const tag = (node as YamlNode).tag;
      if (tag !== undefined && tag !== '!' && !JSON_TAGS.has(tag)) {
        return {
          offset: (node as YamlNode).range?.[0] ?? 0,
          message: `YAML tag ${shortTag(tag)} is not plain JSON data`,
        };
      }
    }
    if (isScalar(node)) {
      if (typeof node.value === 'number' && !Number.isFinite(node.value)) {
        return {
          offset: node.range?.[0] ?? 0,
          message: `${String(node.source ?? node.value)} is not a number JSON can hold`,
        };
      }
      continue;
    }
    if (!isCollection(node)) continue;
    if (depth > limits.maxDepth) {
      return { offset: node.range?.[0] ?? 0, message: `nesting is deeper than ${limits.maxDepth} levels` };
    }
    if (isSeq(node)) {
      node.items.forEach((item, index) => stack.push({ node: item, path: [...path, String(index)], depth: depth + 1 }));
      continue;
    }
    if (isMap(node)) {
      const seen = new Map<string, number>();
      for (const pair of node.items) {
        // An alias key (`*x : 1`) is the node it names: a collection smuggled in that way is refused too.
        if (isCollection(pair.key) || (isAlias(pair.key) && isCollection(pair.key.resolve(doc)))) {
          return {
            offset: (pair.key as YamlNode).range?.[0] ?? 0,
            message: 'a mapping key is itself a collection; manifest keys are strings',
          };
        }
        // Keys are not walked like values, so their tags are checked here (`!!binary k: 1` would be a Uint8Array key).
        const keyTag = isScalar(pair.key) ? pair.key.tag : undefined;
        if (keyTag !== undefined && keyTag !== '!' && !JSON_TAGS.has(keyTag)) {
          return {
            offset: (pair.key as YamlNode).range?.[0] ?? 0,
            message: `YAML tag ${shortTag(keyTag)} is not plain JSON data`,
          };
        }
        const key = keyText(pair);
        const keyOffset = (pair.key as YamlNode | null)?.range?.[0];
        const first = seen.get(key);
        if (first !== undefined && keyOffset !== undefined) {
          const keyNode = pair.key as YamlNode;
          problems.push({
            ruleId: 'duplicate-key',
            problem: {
              pointer: toPointer([...path, key]),
              target: 'key',
              message: `duplicate key "${key}" (first at line ${lines.position(first).line}); the last value is used`,
              range: lines.range(keyNode.range![0], keyNode.range![1]),
            },
          });
        } else if (first === undefined) {
          seen.set(key, keyOffset ?? 0);
        }
        stack.push({ node: pair.value, path: [...path, key], depth: depth + 1 });
      }
    }
  }
  return undefined;
}

function shortTag(tag: string): string {
  return tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
}

/** The key as `toJS` turns it into a property name. */
function keyText(pair: Pair): string {
  const key = pair.key;
  if (key === null || key === undefined) return '';
  if (isScalar(key)) return key.value === null ? '' : String(key.value);
  if (isAlias(key)) return String(key.source);
  return String(key);
}

function locateYaml(root: unknown, pointer: string, target: 'key' | 'value', lines: LineIndex): Range {
  let segments: string[];
  try {
    segments = parsePointer(pointer);
  } catch {
    segments = [];
  }
  let node: unknown = root;
  let key: YamlNode | undefined;
  let exact = true;
  for (const segment of segments) {
    const step = childOf(node, segment);
    if (!step) {
      exact = false;
      break;
    }
    node = step.value;
    key = step.key;
    if (!node || (!isCollection(node) && !isScalar(node) && !isAlias(node))) break;
  }
  if (exact && target === 'key' && key) return nodeRange(key, lines);
  const valueNode = node as YamlNode | null | undefined;
  if (!valueNode?.range || (isScalar(valueNode) && valueNode.range[0] === valueNode.range[1])) {
    return key ? nodeRange(key, lines) : lines.range(0, 0);
  }
  if (isCollection(valueNode)) {
    if (key) return nodeRange(key, lines);
    const start = valueNode.range[0];
    const flow = valueNode.flow === true;
    return lines.range(start, flow ? start + 1 : lines.lineEnd(start));
  }
  return nodeRange(valueNode, lines);
}

function nodeRange(node: YamlNode, lines: LineIndex): Range {
  const [start, end] = node.range ?? [0, 0];
  return lines.range(start, end);
}

function childOf(node: unknown, segment: string): { key?: YamlNode; value: unknown } | undefined {
  if (isMap(node)) {
    let found: Pair | undefined;
    for (const pair of node.items) if (isPair(pair) && keyText(pair) === segment) found = pair;
    return found ? { key: (found.key as YamlNode) ?? undefined, value: found.value } : undefined;
  }
  if (isSeq(node) && /^(0|[1-9]\d*)$/.test(segment)) {
    const index = Number(segment);
    return index < node.items.length ? { value: node.items[index] } : undefined;
  }
  return undefined;
}
