import type { Range } from '../core/types.js';
import type { LineIndex } from './lineIndex.js';
import type { LocateMeter, LocateRequest } from './types.js';
import { arrayIndex, deepestFound, pointerTrie, type Place, type TrieNode } from './pointerTrie.js';

/** Where a walk found a value: its own text (a container's opening bracket only), and the key that names it. */
interface JsonPlace extends Place {
  key: { start: number; end: number } | undefined;
  start: number;
  end: number;
}

/**
 * The ranges of many pointers in JSON text that JSON.parse accepted, from one scan: keys are read, values off the
 * requested paths are skipped (strings with indexOf), each character is passed once. jsonc-parser's parseTree gives
 * the same offsets but builds the whole tree, and run cold on the first files with findings it costs more than the
 * scan (bench/RESULTS.md). The ranges are those of jsonc-parser's tree (a property test compares both): a value's own
 * text, a key with its quotes, a container by its key or else its opening bracket, and the last of duplicate keys,
 * as JSON.parse takes it.
 */
export function locateJsonAll(
  text: string,
  requests: readonly LocateRequest[],
  lines: LineIndex,
  meter?: LocateMeter,
): Range[] {
  const { root, leaves } = pointerTrie<JsonPlace>(requests);
  const scan = new Scan(text);
  scan.place(root, scan.blank(0), undefined, undefined);
  if (meter) meter.steps += scan.steps;
  return requests.map(({ target = 'value' }, index) => {
    // leaves are the requests' own, in order.
    const { place, exact } = deepestFound(leaves[index]!);
    const { key } = place;
    if (exact && target === 'key' && key) return lines.range(key.start, key.end);
    return lines.range(place.start, place.end);
  });
}

class Scan {
  /** Characters passed over, for the cost model of the tests. */
  steps = 0;

  constructor(private readonly text: string) {}

  /**
   * Records the value starting at `at` as found for `node`, walks into it where requests go deeper, and returns
   * where the value ends. Recursion follows the requested pointers, which are no deeper than the value.
   */
  place(node: TrieNode<JsonPlace>, at: number, key: JsonPlace['key'], under: JsonPlace | undefined): number {
    const c = this.text.charCodeAt(at);
    if (c !== 0x7b && c !== 0x5b) {
      const end = this.scalarEnd(at);
      node.found = { under, key, start: at, end };
      return end;
    }
    // A container is shown by its key, or else by its opening bracket.
    const found: JsonPlace = key
      ? { under, key, start: key.start, end: key.end }
      : { under, key, start: at, end: at + 1 };
    node.found = found;
    if (!node.children) return this.containerEnd(at);
    return c === 0x7b ? this.walkObject(at, node.children, found) : this.walkArray(at, node.children, found);
  }

  private walkObject(at: number, children: Map<string, TrieNode<JsonPlace>>, under: JsonPlace): number {
    let i = this.blank(at + 1);
    while (this.text.charCodeAt(i) === 0x22) {
      const key = { start: i, end: this.stringEnd(i) };
      const valueAt = this.blank(this.blank(key.end) + 1);
      const child = children.get(this.keyText(key.start, key.end));
      const end = child ? this.place(child, valueAt, key, under) : this.valueEnd(valueAt);
      i = this.blank(end);
      if (this.text.charCodeAt(i) === 0x2c) i = this.blank(i + 1);
    }
    return i + 1;
  }

  private walkArray(at: number, children: Map<string, TrieNode<JsonPlace>>, under: JsonPlace): number {
    const wanted = new Map<number, TrieNode<JsonPlace>>();
    for (const [segment, child] of children) {
      const index = arrayIndex(segment);
      if (index !== undefined) wanted.set(index, child);
    }
    let i = this.blank(at + 1);
    for (let n = 0; i < this.text.length && this.text.charCodeAt(i) !== 0x5d; n++) {
      const child = wanted.get(n);
      const end = child ? this.place(child, i, undefined, under) : this.valueEnd(i);
      i = this.blank(end);
      if (this.text.charCodeAt(i) === 0x2c) i = this.blank(i + 1);
    }
    return i + 1;
  }

  blank(at: number): number {
    const end = skipBlanks(this.text, at);
    this.steps += end - at;
    return end;
  }

  private valueEnd(at: number): number {
    const c = this.text.charCodeAt(at);
    return c === 0x7b || c === 0x5b ? this.containerEnd(at) : this.scalarEnd(at);
  }

  /** The end of a string, number, true, false or null. */
  private scalarEnd(at: number): number {
    if (this.text.charCodeAt(at) === 0x22) return this.stringEnd(at);
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
    this.steps += i - at;
    return i;
  }

  private keyText(start: number, end: number): string {
    const raw = this.text.slice(start + 1, end - 1);
    return raw.includes('\\') ? (JSON.parse(this.text.slice(start, end)) as string) : raw;
  }

  private stringEnd(at: number): number {
    const end = stringEnd(this.text, at);
    this.steps += end - at;
    return end;
  }

  /** Just past the bracket that closes the container opening at `at`. */
  private containerEnd(at: number): number {
    let depth = 0;
    for (let i = at; i < this.text.length; i++) {
      const c = this.text.charCodeAt(i);
      if (c === 0x22) i = stringEnd(this.text, i) - 1;
      else if (c === 0x7b || c === 0x5b) depth++;
      else if ((c === 0x7d || c === 0x5d) && --depth === 0) {
        this.steps += i + 1 - at;
        return i + 1;
      }
    }
    this.steps += this.text.length - at;
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
