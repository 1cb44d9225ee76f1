import jsYaml from 'js-yaml';
import type { Range } from '../core/types.js';
import { parsePointer } from '../core/pointer.js';
import { LineIndex } from './lineIndex.js';

/**
 * Positions in a fast-path document (yamlFast.ts) without the full parser. `yaml` runs cold when the first findings
 * need positions: ~2.4 ms a file, ~0.4 s for the 160 YAML files with findings of the 10,000-manifest benchmark
 * (measured with --cpu-prof), against ~0.1 ms for js-yaml, already warm from reading every file, to read one again
 * with a listener. The listener sees where each node opens and closes; the tree it gives is walked as locateYaml
 * walks `yaml`'s and gives the same ranges (a property test compares both on generated YAML). What it does not
 * model (a block scalar's range, a pointer into a flow collection, a sequence with empty entries) is undefined, and
 * the full path answers.
 */
export interface FastPositions {
  locate(pointer: string, target: 'key' | 'value'): Range | undefined;
}

/** One call of js-yaml's composeNode: where it opened and closed, and what it read. */
interface Frame {
  open: number;
  close: number;
  kind: 'scalar' | 'mapping' | 'sequence' | null;
  result: unknown;
  children: Frame[];
}

interface Span {
  start: number;
  end: number;
}

type Node =
  | { kind: 'map'; start: number; pairs: Array<{ key: string; span: Span; value: Frame }> }
  | { kind: 'seq'; start: number; items: Frame[] }
  | { kind: 'flow'; start: number }
  | { kind: 'scalar'; span: Span }
  | { kind: 'block-scalar' }
  | { kind: 'empty' };

export function fastYamlPositions(text: string): FastPositions | undefined {
  if (text.charCodeAt(0) === 0xfeff) return undefined;
  const top: Frame = { open: 0, close: 0, kind: null, result: null, children: [] };
  const stack: Frame[] = [top];
  try {
    jsYaml.load(text, {
      schema: jsYaml.CORE_SCHEMA,
      json: false,
      listener(event, state) {
        if (event === 'open') {
          const frame: Frame = { open: state.position, close: -1, kind: null, result: null, children: [] };
          stack[stack.length - 1].children.push(frame);
          stack.push(frame);
        } else {
          const frame = stack.pop()!;
          const read = state as unknown as { kind: Frame['kind']; result: unknown };
          frame.close = state.position;
          frame.kind = read.kind;
          frame.result = read.result;
        }
      },
    });
  } catch {
    return undefined;
  }
  if (top.children.length !== 1 || stack.length !== 1) return undefined;
  const root = top.children[0];
  const lines = new LineIndex(text);

  /** Past blanks, line breaks and comments: where a node that opened at `offset` really starts. */
  const skipSeparation = (offset: number): number => {
    let i = offset;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
      else if (c === 0x23) {
        const eol = text.indexOf('\n', i);
        if (eol === -1) return text.length;
        i = eol + 1;
      } else return i;
    }
  };
  /** Back over the blanks and line breaks a scalar's reader stepped past. */
  const trimEnd = (start: number, end: number): number => {
    let i = end;
    while (i > start) {
      const c = text.charCodeAt(i - 1);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i--;
      else break;
    }
    return i;
  };

  const nodeOf = (frame: Frame): Node | undefined => {
    if (frame.kind === null) return { kind: 'empty' };
    const start = skipSeparation(frame.open);
    const first = text.charCodeAt(start);
    if (frame.kind === 'scalar') {
      if (first === 0x7c || first === 0x3e) return { kind: 'block-scalar' };
      return { kind: 'scalar', span: { start, end: trimEnd(start, frame.close) } };
    }
    if (first === 0x5b || first === 0x7b) return { kind: 'flow', start };
    if (frame.kind === 'sequence') {
      const items = frame.children;
      if (!Array.isArray(frame.result) || items.length !== frame.result.length || items.some((i) => i.kind === null))
        return undefined;
      return { kind: 'seq', start, items };
    }
    // A block mapping: its children are key, value, key, value…, and a last key that was tried and not found.
    const children =
      frame.children.length % 2 === 1 && frame.children.at(-1)!.kind === null
        ? frame.children.slice(0, -1)
        : frame.children;
    if (children.length % 2 !== 0 || frame.result === null || typeof frame.result !== 'object') return undefined;
    const pairs: Array<{ key: string; span: Span; value: Frame }> = [];
    for (let i = 0; i < children.length; i += 2) {
      const key = children[i];
      if (key.kind !== 'scalar' || typeof key.result !== 'string') return undefined;
      const keyStart = skipSeparation(key.open);
      pairs.push({
        key: key.result,
        span: { start: keyStart, end: trimEnd(keyStart, key.close) },
        value: children[i + 1],
      });
    }
    if (pairs.length !== Object.keys(frame.result).length) return undefined;
    return { kind: 'map', start, pairs };
  };

  const range = (span: Span): Range => lines.range(span.start, span.end);

  return {
    // The walk of locateYaml (yaml.ts), step for step.
    locate(pointer, target) {
      let segments: string[];
      try {
        segments = parsePointer(pointer);
      } catch {
        segments = [];
      }
      let node = nodeOf(root);
      let key: Span | undefined;
      let exact = true;
      for (const segment of segments) {
        if (node === undefined || node.kind === 'flow') return undefined;
        let next: { key?: Span; value: Frame } | undefined;
        if (node.kind === 'map') {
          const pair = node.pairs.findLast((p) => p.key === segment);
          next = pair && { key: pair.span, value: pair.value };
        } else if (node.kind === 'seq' && /^(0|[1-9]\d*)$/.test(segment)) {
          const index = Number(segment);
          next = index < node.items.length ? { value: node.items[index] } : undefined;
        }
        if (!next) {
          exact = false;
          break;
        }
        node = nodeOf(next.value);
        key = next.key;
      }
      if (node === undefined) return undefined;
      if (exact && target === 'key' && key) return range(key);
      switch (node.kind) {
        case 'empty':
          return key ? range(key) : lines.range(0, 0);
        case 'map':
        case 'seq':
          return key ? range(key) : lines.range(node.start, lines.lineEnd(node.start));
        case 'flow':
          return key ? range(key) : lines.range(node.start, node.start + 1);
        case 'scalar':
          return range(node.span);
        case 'block-scalar':
          return undefined;
      }
    },
  };
}
