import jsYaml from 'js-yaml';
import { keysOf } from '../core/keysOf.js';
import type { Range } from '../core/types.js';
import type { LineIndex } from './lineIndex.js';
import type { Frame, LocateMeter, LocateRequest } from './types.js';
import { arrayIndex, deepestFound, pointerTrie, type Place, type TrieNode } from './pointerTrie.js';

export type { Frame } from './types.js';

/**
 * Positions in a fast-path document (yamlFast.ts) without `yaml`: js-yaml, already warm from reading every file, reads
 * the text again with a listener that sees where each node opens and closes (or, for a long text, already did while
 * reading its value: switch yaml-one-pass in yaml.ts), and the requests of all the file's findings, and the fixes
 * rendered (renderPatch.ts), are answered from that one reading, with the walk of yamlPositions.ts and the same ranges
 * (a property test compares both on generated YAML). `yaml` runs cold when the first findings need it: composing the
 * 160 YAML files with findings of the 10,000-manifest benchmark cost more than this (bench/RESULTS.md; switch it off
 * with LP_APP_MANIFEST_CHECK_WITHOUT=yaml-fast-positions). What it does not model (a block scalar's range, a pointer
 * into a flow collection, a sequence with empty entries) is undefined, and the caller asks `yaml`.
 */

export interface Span {
  start: number;
  end: number;
}

/** A frame as the walks of positions (here) and of fix rendering (renderPatch.ts) see it. */
export type FastNode =
  | { kind: 'map'; start: number; pairs: Array<{ key: string; span: Span; value: Frame }> }
  | { kind: 'seq'; start: number; items: Frame[] }
  | { kind: 'flow'; start: number }
  | { kind: 'scalar'; span: Span }
  | { kind: 'block-scalar' }
  | { kind: 'empty' };

interface FastPlace extends Place {
  key: Span | undefined;
  node: FastNode | undefined;
}

/**
 * The ranges of the requests, in order; undefined for those this reading cannot answer (all of them if it failed).
 * `framesOf` gives the reading: a document that keeps its frames passes them, so that js-yaml reads the text once.
 */
export function locateFastYaml(
  text: string,
  requests: readonly LocateRequest[],
  lines: LineIndex,
  meter?: LocateMeter,
  framesOf: (text: string) => Frame | undefined = readFrames,
): Array<Range | undefined> {
  // The reading the answers come from, whether made here or shared (with the value, or with fix rendering).
  if (meter) meter.parses++;
  const root = framesOf(text);
  if (!root) return requests.map(() => undefined);
  const nodeOf = nodeReader(text);
  const { root: top, leaves } = pointerTrie<FastPlace>(requests);
  let steps = 0;
  top.found = { under: undefined, key: undefined, node: nodeOf(root) };
  const stack: Array<TrieNode<FastPlace>> = top.children ? [top] : [];
  while (stack.length > 0) {
    const at = stack.pop()!;
    const found = at.found!;
    const node = found.node;
    const children = at.children!;
    if (node?.kind === 'map') {
      // Last pair first, as in yamlPositions.ts.
      for (const pair of node.pairs.toReversed()) {
        steps++;
        const child = children.get(pair.key);
        if (!child || child.found?.under === found) continue;
        child.found = { under: found, key: pair.span, node: nodeOf(pair.value) };
        if (child.children) stack.push(child);
      }
    } else if (node?.kind === 'seq') {
      for (const [segment, child] of children) {
        steps++;
        const index = arrayIndex(segment);
        const item = index === undefined ? undefined : node.items[index];
        if (item === undefined) continue;
        child.found = { under: found, key: undefined, node: nodeOf(item) };
        if (child.children) stack.push(child);
      }
    }
  }
  if (meter) meter.steps += steps;
  const range = (span: Span): Range => lines.range(span.start, span.end);
  // The ending of the walk of yamlPositions.ts, case for case.
  return requests.map(({ target = 'value' }, index): Range | undefined => {
    // leaves are the requests' own, in order.
    const { place, exact } = deepestFound(leaves[index]!);
    const { node, key } = place;
    // Stopped at a node this reading does not look into: `yaml` knows what is there.
    if (node === undefined || (!exact && node.kind === 'flow')) return undefined;
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
  });
}

/**
 * How the fast path has js-yaml read a text, for its value and for its frames alike. CORE_SCHEMA: YAML 1.2 core types
 * only (no timestamps, no merge keys); duplicate keys throw (json: false).
 */
export const JS_YAML_OPTIONS = { schema: jsYaml.CORE_SCHEMA, json: false } as const;

/** js-yaml's reading of the text as a tree of frames, or undefined where it does not read it as one document. */
export function readFrames(text: string): Frame | undefined {
  if (text.charCodeAt(0) === 0xfeff) return undefined;
  try {
    return loadWithFrames(text).frames;
  } catch {
    return undefined;
  }
}

/**
 * The value js-yaml reads (what `jsYaml.load(text, JS_YAML_OPTIONS)` returns: the listener only watches) and, from the
 * same reading, its tree of frames: undefined where it is not one document. Throws where js-yaml does.
 */
export function loadWithFrames(text: string): { value: unknown; frames: Frame | undefined } {
  const top: Frame = { open: 0, close: 0, kind: null, result: null, children: [] };
  const stack: Frame[] = [top];
  let broken = false;
  const value = jsYaml.load(text, {
    ...JS_YAML_OPTIONS,
    listener(event, state) {
      if (broken) return;
      if (event === 'open') {
        const frame: Frame = { open: state.position, close: -1, kind: null, result: null, children: [] };
        const parent = stack.at(-1);
        // A node opened after the top one closed: no tree of frames, `yaml` answers.
        if (!parent) {
          broken = true;
          return;
        }
        parent.children.push(frame);
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
  const frames = !broken && top.children.length === 1 && stack.length === 1 ? top.children[0] : undefined;
  return { value, frames };
}

/** What a frame is, where its text starts and, for a block collection, its entries; undefined where unsure. */
export function nodeReader(text: string): (frame: Frame) => FastNode | undefined {
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

  return (frame) => {
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
      const value = children[i + 1];
      if (!key || !value || key.kind !== 'scalar' || typeof key.result !== 'string') return undefined;
      const keyStart = skipSeparation(key.open);
      pairs.push({
        key: key.result,
        span: { start: keyStart, end: trimEnd(keyStart, key.close) },
        value,
      });
    }
    if (pairs.length !== keysOf(frame.result).length) return undefined;
    return { kind: 'map', start, pairs };
  };
}
