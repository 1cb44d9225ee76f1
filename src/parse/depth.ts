import type { CST } from 'yaml';

/**
 * Nesting depth, measured without recursion so that a 100,000-deep `[[[[…` cannot overflow the stack of a
 * recursive parser: JSON text is scanned before JSON.parse, YAML's syntax tree before `yaml` composes it.
 */

/** Offset at which JSON nesting first goes deeper than `max`, or -1. Exact for JSON (brackets outside strings). */
export function jsonDepthExceeded(text: string, max: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return i;
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return -1;
}

/**
 * Offset at which the nesting of YAML's concrete syntax tree first goes deeper than `max`, or -1: the first collection
 * (block or flow) in document order at a depth past the limit, counted as the composed document counts it (a pair in a
 * flow sequence, `[a: b]`, is a map of its own). Exact, and the same offset in every run.
 */
export function yamlDepthExceeded(tokens: readonly CST.Token[], max: number): number {
  const stack: Array<{ token: CST.Token | null | undefined; depth: number }> = [];
  for (const token of tokens.toReversed()) {
    if (token.type === 'document') stack.push({ token: token.value, depth: 1 });
  }
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    if (!token || (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection'))
      continue;
    if (depth > max) return token.offset;
    const pairsAreMaps = token.type === 'flow-collection' && token.start.source === '[';
    // Pushed last item first, key after value, so that they come off the stack in document order.
    for (const item of token.items.toReversed()) {
      const pair = item.sep !== undefined || item.start.some((t) => t.type === 'explicit-key-ind');
      if (pairsAreMaps && pair) {
        if (depth + 1 > max) return item.key?.offset ?? item.value?.offset ?? token.offset;
        stack.push({ token: item.value, depth: depth + 2 }, { token: item.key, depth: depth + 2 });
      } else {
        stack.push({ token: item.value, depth: depth + 1 }, { token: item.key, depth: depth + 1 });
      }
    }
  }
  return -1;
}
