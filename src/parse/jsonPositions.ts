import type { Range } from '../core/types.js';
import { parsePointer } from '../core/pointer.js';
import type { LineIndex } from './lineIndex.js';

interface Span {
  start: number;
  end: number;
}

/**
 * The range of a pointer in JSON text that JSON.parse accepted, found by one scan along the pointer: keys are read,
 * values off the path are skipped (strings with indexOf). jsonc-parser's parseTree, run cold on the first files
 * with findings, cost ~0.45 ms a file (~70 ms for the 156 JSON files with findings of the 10,000-manifest
 * benchmark); this costs a few microseconds. The ranges are those of jsonc-parser's tree (a property test compares
 * both): a value's own text, a key with its quotes, a container by its key or else its opening bracket, and the last
 * of duplicate keys, as JSON.parse takes it.
 */
export function locateJson(text: string, pointer: string, target: 'key' | 'value', lines: LineIndex): Range {
  let segments: string[];
  try {
    segments = parsePointer(pointer);
  } catch {
    segments = [];
  }
  const scan = new Scan(text);
  let value: Span = scan.value(scan.blank(0));
  let key: Span | undefined;
  let exact = true;
  for (const segment of segments) {
    const child = scan.child(value.start, segment);
    if (!child) {
      exact = false;
      break;
    }
    value = child.value;
    key = child.key;
  }
  if (exact && target === 'key' && key) return lines.range(key.start, key.end);
  const first = text.charCodeAt(value.start);
  if (first === 0x7b || first === 0x5b)
    return key ? lines.range(key.start, key.end) : lines.range(value.start, value.start + 1);
  return lines.range(value.start, value.end);
}

class Scan {
  constructor(private readonly text: string) {}

  blank(at: number): number {
    return skipBlanks(this.text, at);
  }

  /** The value starting at `at`. */
  value(at: number): Span {
    const c = this.text.charCodeAt(at);
    if (c === 0x22) return { start: at, end: this.stringEnd(at) };
    if (c === 0x7b || c === 0x5b) return { start: at, end: this.containerEnd(at) };
    let i = at;
    for (
      let d = this.text.charCodeAt(i);
      i < this.text.length &&
      d !== 0x2c &&
      d !== 0x7d &&
      d !== 0x5d &&
      d !== 0x20 &&
      d !== 0x0a &&
      d !== 0x0d &&
      d !== 0x09;
      d = this.text.charCodeAt(++i)
    );
    return { start: at, end: i };
  }

  /** The member or item `segment` of the container at `at`, the last of equal keys. */
  child(at: number, segment: string): { key?: Span; value: Span } | undefined {
    const open = this.text.charCodeAt(at);
    if (open === 0x7b) {
      let found: { key: Span; value: Span } | undefined;
      let i = this.blank(at + 1);
      while (this.text.charCodeAt(i) === 0x22) {
        const key = { start: i, end: this.stringEnd(i) };
        const value = this.value(this.blank(this.blank(key.end) + 1));
        if (this.keyText(key) === segment) found = { key, value };
        i = this.blank(value.end);
        if (this.text.charCodeAt(i) === 0x2c) i = this.blank(i + 1);
      }
      return found;
    }
    if (open === 0x5b && /^(0|[1-9]\d*)$/.test(segment)) {
      const index = Number(segment);
      let i = this.blank(at + 1);
      for (let n = 0; this.text.charCodeAt(i) !== 0x5d && i < this.text.length; n++) {
        const value = this.value(i);
        if (n === index) return { value };
        i = this.blank(value.end);
        if (this.text.charCodeAt(i) === 0x2c) i = this.blank(i + 1);
      }
    }
    return undefined;
  }

  private keyText(key: Span): string {
    const raw = this.text.slice(key.start + 1, key.end - 1);
    return raw.includes('\\') ? (JSON.parse(this.text.slice(key.start, key.end)) as string) : raw;
  }

  private stringEnd(at: number): number {
    return stringEnd(this.text, at);
  }

  /** Just past the bracket that closes the container opening at `at`. */
  private containerEnd(at: number): number {
    let depth = 0;
    for (let i = at; i < this.text.length; i++) {
      const c = this.text.charCodeAt(i);
      if (c === 0x22) i = this.stringEnd(i) - 1;
      else if (c === 0x7b || c === 0x5b) depth++;
      else if ((c === 0x7d || c === 0x5d) && --depth === 0) return i + 1;
    }
    return this.text.length;
  }
}

/** Past the JSON blanks (space, tab, CR, LF) from `at`. */
export function skipBlanks(text: string, at: number): number {
  let i = at;
  for (let c = text.charCodeAt(i); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = text.charCodeAt(++i));
  return i;
}

/** Just past the closing quote of the string opening at `at` (the text's end when it does not close). */
export function stringEnd(text: string, at: number): number {
  let close = text.indexOf('"', at + 1);
  while (close !== -1 && escapedAt(text, close)) close = text.indexOf('"', close + 1);
  return close === -1 ? text.length : close + 1;
}

/** Whether the character at `index` follows an odd run of backslashes (a quote that does not end a string). */
function escapedAt(text: string, index: number): boolean {
  let backslashes = 0;
  while (text.charCodeAt(index - 1 - backslashes) === 0x5c) backslashes++;
  return backslashes % 2 === 1;
}
