/**
 * Nesting depth, measured without recursion so that a 100,000-deep `[[[[…` cannot overflow the stack of a
 * recursive parser: the text is scanned before any library parses it.
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
 * Offset at which YAML flow nesting first goes deeper than `max`, or -1. Approximate (quotes are tracked per line,
 * comments skipped); block nesting needs an indentation per level, so the size limit already bounds it, and the
 * parsed tree is measured again exactly afterwards.
 */
export function yamlFlowDepthExceeded(text: string, max: number): number {
  let depth = 0;
  let quote = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      quote = 0;
      continue;
    }
    if (quote !== 0) {
      if (quote === 0x22 && c === 0x5c) i++;
      else if (c === quote) quote = 0;
      continue;
    }
    if (c === 0x23 && (i === 0 || text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 0x09)) {
      const end = text.indexOf('\n', i);
      if (end === -1) break;
      i = end - 1;
    } else if (c === 0x22 || (c === 0x27 && (i === 0 || /[\s[{,:]/.test(text[i - 1])))) {
      quote = c;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return i;
    } else if (c === 0x5d || c === 0x7d) {
      depth = Math.max(0, depth - 1);
    }
  }
  return -1;
}
