import { isAlias, isCollection, isMap, isScalar, isSeq, type Node as YamlNode, type Pair } from 'yaml';
import type { Range } from '../core/types.js';
import type { LineIndex } from './lineIndex.js';
import type { LocateMeter, LocateRequest } from './types.js';
import { arrayIndex, deepestFound, pointerTrie, type Place, type TrieNode } from './pointerTrie.js';

/** Where a walk found a value: its node (null for a key without a value) and the key node that names it. */
interface YamlPlace extends Place {
  key: YamlNode | undefined;
  node: unknown;
}

/**
 * The ranges of many pointers in a document `yaml` composed, from one walk of its tree that enters only the
 * collections the pointers go into and reads each of their items once. A value's own range; a collection by its key,
 * or else by its first line (block) or its opening bracket (flow); the last of duplicate keys, as `toJS` takes it.
 */
export function locateYamlAll(
  contents: unknown,
  requests: readonly LocateRequest[],
  lines: LineIndex,
  meter?: LocateMeter,
): Range[] {
  const { root, leaves } = pointerTrie<YamlPlace>(requests);
  let steps = 0;
  root.found = { under: undefined, key: undefined, node: contents };
  const stack: Array<TrieNode<YamlPlace>> = root.children ? [root] : [];
  while (stack.length > 0) {
    const at = stack.pop()!;
    const found = at.found!;
    const value = found.node;
    const children = at.children!;
    if (isMap(value)) {
      // Last pair first: the last of repeated keys is the one `toJS` keeps, and the earlier ones are passed over.
      for (const pair of value.items.toReversed()) {
        steps++;
        const child = children.get(keyText(pair));
        if (!child || child.found?.under === found) continue;
        child.found = { under: found, key: (pair.key as YamlNode | null) ?? undefined, node: pair.value };
        if (child.children) stack.push(child);
      }
    } else if (isSeq(value)) {
      for (const [segment, child] of children) {
        steps++;
        const index = arrayIndex(segment);
        if (index === undefined || index >= value.items.length) continue;
        child.found = { under: found, key: undefined, node: value.items[index] };
        if (child.children) stack.push(child);
      }
    }
  }
  if (meter) meter.steps += steps;
  return requests.map(({ target = 'value' }, index) => {
    // leaves are the requests' own, in order.
    const { place, exact } = deepestFound(leaves[index]!);
    const { key } = place;
    if (exact && target === 'key' && key) return nodeRange(key, lines);
    const valueNode = place.node as YamlNode | null | undefined;
    if (!valueNode?.range || (isScalar(valueNode) && valueNode.range[0] === valueNode.range[1])) {
      return key ? nodeRange(key, lines) : lines.range(0, 0);
    }
    if (isCollection(valueNode)) {
      if (key) return nodeRange(key, lines);
      const start = valueNode.range[0];
      return lines.range(start, valueNode.flow === true ? start + 1 : lines.lineEnd(start));
    }
    return nodeRange(valueNode, lines);
  });
}

/** The key as `toJS` turns it into a property name. */
export function keyText(pair: Pair): string {
  const key = pair.key;
  if (key === null || key === undefined) return '';
  if (isScalar(key)) return scalarText(key.value);
  if (isAlias(key)) return key.source;
  // A collection as a key: its YAML text, as the library names such a key when it builds the value.
  return isCollection(key) ? key.toString() : scalarText(key);
}

function scalarText(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    default:
      return value === null || value === undefined ? '' : (JSON.stringify(value) ?? '');
  }
}

function nodeRange(node: YamlNode, lines: LineIndex): Range {
  const [start, end] = node.range ?? [0, 0];
  return lines.range(start, end);
}
