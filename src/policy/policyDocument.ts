import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { PolicyError } from './policyError.js';
import { messageOf } from '../core/messageOf.js';

/** A policy file's data with the means to name the line of any part of it in an error. */
export interface PolicyDocument {
  /** As shown in messages: relative to the root, or `built-in recommended`. */
  name: string;
  data: unknown;
  /** `name:line:column` of the value at `path` (or of its key with `key`), for error messages. */
  where(path: ReadonlyArray<string | number>, key?: boolean): string;
}

export function readPolicyDocument(name: string, text: string): PolicyDocument {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const fault = doc.errors[0];
  if (fault) {
    const { line, col } = lineCounter.linePos(fault.pos[0]);
    throw new PolicyError(`${name}:${line}:${col}: invalid YAML: ${fault.message.split('\n')[0]}`);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new PolicyError(`${name}: invalid YAML: ${messageOf(error)}`);
  }
  const where = (path: ReadonlyArray<string | number>, key = false): string => {
    let node: unknown = doc.contents;
    let keyNode: YamlNode | undefined;
    let last: YamlNode | undefined = doc.contents ?? undefined;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
        if (!pair) break;
        keyNode = pair.key as YamlNode;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
        keyNode = undefined;
        node = node.items[segment];
      } else {
        break;
      }
      last = (key && keyNode ? keyNode : (node as YamlNode | null)) ?? keyNode ?? last;
    }
    const target = key && keyNode ? keyNode : last;
    const offset = target?.range?.[0] ?? 0;
    const { line, col } = lineCounter.linePos(offset);
    return `${name}:${line}:${col}`;
  };
  return { name, data: data ?? {}, where };
}
