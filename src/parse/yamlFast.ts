import jsYaml from 'js-yaml';
import { keysOf } from '../core/keysOf.js';
import { JS_YAML_OPTIONS, loadWithFrames, type Frame } from './yamlFastPositions.js';

/**
 * The fast path for YAML manifests. `yaml` (the full path, with positions and every check) spends most of its time in
 * its lexer and CST; js-yaml builds the same value several times faster (switch yaml-fast-path, bench/RESULTS.md).
 * Most manifests need no position at all, because nothing
 * is wrong with them: so the value comes from js-yaml, and `yaml` runs only when a finding needs a position.
 *
 * The fast path is taken only when both parsers must agree. Whenever the text or the value holds anything where
 * YAML 1.2 core (as `yaml` reads it) and js-yaml's CORE_SCHEMA could differ, or anything the full path reports on
 * (duplicate keys, tags, anchors and aliases, several documents, non-finite numbers, depth), it returns undefined
 * and the full path decides. A property test compares both paths on generated YAML.
 */
export function fastYamlValue(text: string, maxDepth: number): Record<string, unknown> | undefined {
  return fastYamlRead(text, maxDepth, false)?.value;
}

/** What the fast path read: the value and, when asked for, js-yaml's frames of the same reading. */
export interface FastYamlRead {
  value: Record<string, unknown>;
  /** Undefined where they were not asked for, or js-yaml does not read the text as one document. */
  frames: Frame | undefined;
}

/**
 * fastYamlValue, and with `withFrames` the frames positions and fix rendering need, from the one reading: the value is
 * the same (same parser, same options; the listener only watches), and so is the decision to take the fast path.
 */
export function fastYamlRead(text: string, maxDepth: number, withFrames: boolean): FastYamlRead | undefined {
  if (risky(text)) return undefined;
  let read: { value: unknown; frames: Frame | undefined };
  try {
    read = withFrames ? loadWithFrames(text) : { value: jsYaml.load(text, JS_YAML_OPTIONS), frames: undefined };
  } catch {
    return undefined;
  }
  const { value, frames } = read;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  return agreed(value, maxDepth) ? { value: value as Record<string, unknown>, frames } : undefined;
}

/**
 * Text the fast path leaves to the full one: anchors, aliases and tags (`&`, `*`, `!` opening a token), merge keys,
 * directives and document markers, complex keys, a flow collection opening a line or inside another (where it may be
 * a key), tabs, a byte order mark, binary/hex/octal or signed radix numbers, negative zero (js-yaml drops its sign), a
 * quoted scalar that does not end on its line, a comment glued to a quote or bracket, a lone CR, keep-chomping block
 * scalars and block scalars with an indentation indicator, lines over 1,024 characters (the limit of an implicit key),
 * and a flow collection spanning lines. Each pattern is tried only when a substring search finds what it needs: one
 * regular expression of all the alternatives cost more than js-yaml's whole parse of some manifests, and even a
 * one-character expression as the test cost as much as all the substring searches.
 */
const RISKY: ReadonlyArray<readonly [readonly string[], RegExp]> = [
  [['&', '*', '!'], /(?:^|[\s[\]{},])[&*!]/m],
  [['<<', '\t'], /<<|\t/],
  [['---', '...', '%'], /^(?:---|\.\.\.|%)/m],
  // `?` as the indicator of an explicit key wherever one can open: at a line's start, after a block indicator of the
  // same line (`- ? [a]`, `? ? x`, `: ? x`) or inside a flow collection (`{? [a, b] : c}`, `[x, ? y]`). js-yaml turns a
  // collection key into a string (`[object Object]`, `a,b`); `yaml` keeps it a collection, which is a parse error.
  [['?'], /(?:^|[-?:[{,]) *\?(?=[\s,[\]{}]|$)/m],
  [['0b', '0B', '0o', '0O', '0x', '0X'], /(?:^|[\s:[\]{},-])[-+]?0[bBoOxX]/m],
  [['[', '{'], /^ *(?:- +)*[[{]|[[{,] *[[{]/m],
  [['-0'], /(?:^|[\s[{:,])-0/m],
  [['#'], /["'\]}]#/],
  [['\r'], /\r(?!\n)/],
  // A byte order mark after the first line: `yaml` drops one that opens a document after comments (`# c\n<BOM>k: v`
  // is key `k`), js-yaml keeps it in the key, and a manifest's `client_name` would go unseen.
  [['\uFEFF'], /\uFEFF/],
  [['+'], /[|>][1-9]?\+|[|>]\+[1-9]?/],
  // An explicit indentation indicator: `yaml` 2.x drops a trailing line of spaces that is more indented than the
  // indicator says but less than the first line (`k: |1\n   d\n  \n`), which YAML 1.2 and js-yaml keep as content.
  [['|', '>'], /[|>]-?[1-9]/],
  [['"', "'"], /(?:^|[\s[{,])(?:"(?:[^"\\\n]|\\.)*\\?|'(?:[^'\n]|'')*)$/m],
  // A sequence entry with nothing on its line: js-yaml 4.3 reads a less indented entry after an empty one into the
  // inner sequence (`-\n  - b\n  -\n- x` gives [[b, null, x]], not [[b, null], x]).
  [['-\n', '-\r', '- \n', '- \r', '- #', '-  '], /^ *(?:- +)*- *(?:#.*)?\r?$/m],
];

/** Whether the text holds any of the needles: a plain substring search, several times faster than a regular expression. */
function holdsAny(text: string, needles: readonly string[]): boolean {
  for (const needle of needles) if (text.includes(needle)) return true;
  return false;
}

function risky(text: string): boolean {
  return (
    RISKY.some(([cheap, exact]) => holdsAny(text, cheap) && exact.test(text)) ||
    (holdsAny(text, ['[', '{']) && flowSpansLines(text)) ||
    hasLongLine(text) ||
    EMPTY_ENTRY.test(text.slice(text.lastIndexOf('\n') + 1))
  );
}

/** The same empty sequence entry as the last line of a text without a final line break. */
const EMPTY_ENTRY = /^ *(?:- +)*- *$/;

/** A line over 1,024 characters, found with indexOf (a regular expression like /[^\n]{1025}/ rescans every line from each of its characters). */
function hasLongLine(text: string): boolean {
  if (text.length <= 1024) return false;
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    if ((end === -1 ? text.length : end) - start > 1024) return true;
    if (end === -1) return false;
    start = end + 1;
  }
}

/** A flow collection that does not close on the line it opens on: the parsers differ on its continuation lines. */
function flowSpansLines(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) depth++;
    else if (c === 0x5d || c === 0x7d) depth--;
    else if (c === 0x0a) {
      if (depth !== 0) return true;
      depth = 0;
    }
  }
  return depth !== 0;
}

/** YAML 1.2 core scalars other than strings: a string that looks like one may have been resolved differently. */
const CORE_NON_STRING =
  /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|true|True|TRUE|false|False|FALSE|null|Null|NULL|~|)$/;

/** Only strings that begin like a number, a boolean, null or `~` (or are empty) need the regular expression. */
function mayResolve(text: string): boolean {
  if (text === '') return true;
  const c = text.charCodeAt(0);
  const candidate =
    (c >= 0x30 && c <= 0x39) ||
    c === 0x2b ||
    c === 0x2d ||
    c === 0x2e ||
    c === 0x7e ||
    c === 0x74 ||
    c === 0x54 ||
    c === 0x66 ||
    c === 0x46 ||
    c === 0x6e ||
    c === 0x4e;
  return candidate && CORE_NON_STRING.test(text);
}

/**
 * Every number finite, no string or key that could have resolved differently, nesting within the limit. Scalars are
 * judged where they are met and only collections go on the stack: an entry for every value cost more than the checks.
 */
function agreed(root: object, maxDepth: number): boolean {
  const stack: Array<{ node: object; depth: number }> = [{ node: root, depth: 1 }];
  const scalarAgrees = (value: unknown): boolean => {
    if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
    return typeof value !== 'string' || !mayResolve(value);
  };
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > maxDepth) return false;
    if (Array.isArray(node)) {
      for (const item of node as unknown[]) {
        if (item !== null && typeof item === 'object') stack.push({ node: item, depth: depth + 1 });
        else if (!scalarAgrees(item)) return false;
      }
    } else {
      for (const key of keysOf(node)) {
        if (mayResolve(key)) return false;
        const item = (node as Record<string, unknown>)[key];
        if (item !== null && typeof item === 'object') stack.push({ node: item, depth: depth + 1 });
        else if (!scalarAgrees(item)) return false;
      }
    }
  }
  return true;
}
