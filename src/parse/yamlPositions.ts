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
  const { root, paths } = pointerTrie<YamlPlace>(requests);
  let steps = 0;
  const stack: Array<{ node: TrieNode<YamlPlace>; value: unknown; key: YamlNode | undefined; under?: YamlPlace }> = [
    { node: root, value: contents, key: undefined },
  ];
  while (stack.length > 0) {
    const { node, value, key, under } = stack.pop()!;
    const found: YamlPlace = { under, key, node: value };
    node.found = found;
    const children = node.children;
    if (!children) continue;
    if (isMap(value)) {
      const last = new Map<TrieNode<YamlPlace>, Pair>();
      for (const pair of value.items) {
        steps++;
        const child = children.get(keyText(pair));
        if (child) last.set(child, pair);
      }
      for (const [child, pair] of last)
        stack.push({ node: child, value: pair.value, key: (pair.key as YamlNode | null) ?? undefined, under: found });
    } else if (isSeq(value)) {
      for (const [segment, child] of children) {
        steps++;
        const index = arrayIndex(segment);
        if (index !== undefined && index < value.items.length)
          stack.push({ node: child, value: value.items[index], key: undefined, under: found });
      }
    }
  }
  if (meter) meter.steps += steps;
  return requests.map(({ target = 'value' }, index) => {
    const { place, exact } = deepestFound(paths[index]);
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
  if (isScalar(key)) return key.value === null ? '' : String(key.value);
  if (isAlias(key)) return String(key.source);
  return String(key);
}

function nodeRange(node: YamlNode, lines: LineIndex): Range {
  const [start, end] = node.range ?? [0, 0];
  return lines.range(start, end);
}
