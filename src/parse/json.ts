import { parseTree, visit, type ParseError } from 'jsonc-parser';
import type { Range } from '../core/types.js';
import { toPointer } from '../core/pointer.js';
import { keysOf } from '../core/keysOf.js';
import { locateJsonAll, skipBlanks, stringEnd } from './jsonPositions.js';
import { LineIndex } from './lineIndex.js';
import type { LocateMeter, LocateRequest, ParseLimits, ParseOutcome, ParseProblem, SourceDocument } from './types.js';
import { jsonDepthExceeded } from './depth.js';
import { parseErrorAt } from './parseError.js';
import { infiniteNumberAt } from './jsonNumbers.js';
import { quoted } from '../core/quoted.js';
import { optimized } from '../core/optimizations.js';
import { messageOf } from '../core/messageOf.js';

/**
 * JSON is judged by JSON.parse itself (exact semantics, and fast); jsonc-parser only supplies what JSON.parse
 * cannot: duplicate keys, positions, and the offset of a syntax error when V8's message has none.
 */
export function parseJson(file: string, text: string, limits: ParseLimits): ParseOutcome {
  // V8's JSON.parse is iterative, so depth is measured on the value it returns (one walk that also counts keys);
  // the text is scanned for the offset only when the value is too deep or the text does not parse.
  const tooDeep = () => {
    const offset = jsonDepthExceeded(text, limits.maxDepth);
    return offset === -1 ? undefined : parseErrorAt(text, offset, `nesting is deeper than ${limits.maxDepth} levels`);
  };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return tooDeep() ?? syntaxError(text, messageOf(error));
  }
  const shape = shapeOf(value);
  if (shape.depth > limits.maxDepth) {
    const deep = tooDeep();
    if (deep) return deep;
  }
  if (!shape.finite) return parseErrorAt(text, infiniteNumberAt(text), INFINITE_NUMBER);

  // JSON.parse keeps the last of duplicate keys silently. When the text has as many keys as the value, there is no
  // duplicate and the visit that finds them with their positions, an order of magnitude slower than the two counts,
  // is skipped (switch json-key-count, bench/RESULTS.md).
  if (optimized('json-key-count') && keyTokens(text) === shape.keys)
    return { ok: true, document: new JsonDocument(file, text, value), problems: [] };
  let lines: LineIndex | undefined;
  const lineIndex = () => (lines ??= new LineIndex(text));
  const problems: ParseProblem[] = [];
  const seen: Array<Map<string, number>> = [];
  visit(
    text,
    {
      onObjectBegin: () => void seen.push(new Map()),
      onObjectEnd: () => void seen.pop(),
      onObjectProperty: (property, offset, length, _line, _char, pathSupplier) => {
        // jsonc-parser reports a property between its object's begin and end: seen has that object's map.
        const keys = seen[seen.length - 1]!;
        const first = keys.get(property);
        if (first === undefined) {
          keys.set(property, offset);
          return;
        }
        const pointer = toPointer([...pathSupplier(), property]);
        problems.push({
          ruleId: 'duplicate-key',
          problem: {
            pointer,
            target: 'key',
            message: `duplicate key ${quoted(property)} (first at line ${lineIndex().position(first).line}); the last value is used`,
            range: lineIndex().range(offset, offset + length),
          },
        });
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );

  return { ok: true, document: new JsonDocument(file, text, value), problems };
}

/**
 * Positions are found in the text when findings need them (jsonPositions.ts), all of a file's at once. A class, not an
 * object of closures: fewer objects for each of 10,000 documents is less for the collector to copy.
 */
class JsonDocument implements SourceDocument {
  readonly format = 'json';

  constructor(
    readonly file: string,
    readonly text: string,
    readonly value: unknown,
  ) {}

  locateAll(requests: readonly LocateRequest[], meter?: LocateMeter): Range[] {
    return locateJsonAll(this.text, requests, new LineIndex(this.text), meter);
  }
}

/**
 * Object keys in valid JSON text: strings followed by a colon. Quotes are found with indexOf, a native search, rather
 * than by a loop over every character.
 */
function keyTokens(text: string): number {
  let count = 0;
  for (let open = text.indexOf('"'); open !== -1;) {
    const end = stringEnd(text, open);
    if (text.charCodeAt(skipBlanks(text, end)) === 0x3a) count++;
    open = text.indexOf('"', end);
  }
  return count;
}

/** The message of a number beyond a double's range; it never quotes the number (no source text in a parse error). */
const INFINITE_NUMBER = 'a number JSON cannot hold: too large for a 64-bit float (RFC 8259 §6)';

/**
 * Own keys of every object in a parsed JSON value, its nesting depth (containers), and whether every number in it is
 * finite, without recursion. Only containers go on the stack.
 */
function shapeOf(value: unknown): { keys: number; depth: number; finite: boolean } {
  if (value === null || typeof value !== 'object') {
    return { keys: 0, depth: 0, finite: typeof value !== 'number' || Number.isFinite(value) };
  }
  let keys = 0;
  let depth = 0;
  let finite = true;
  const stack: Array<{ node: object; level: number }> = [{ node: value, level: 1 }];
  while (stack.length > 0) {
    const { node, level } = stack.pop()!;
    if (level > depth) depth = level;
    if (Array.isArray(node)) {
      for (const item of node as unknown[]) {
        if (item !== null && typeof item === 'object') stack.push({ node: item, level: level + 1 });
        else if (typeof item === 'number' && !Number.isFinite(item)) finite = false;
      }
    } else {
      const own = keysOf(node);
      keys += own.length;
      for (let i = 0; i < own.length; i++) {
        const key = own[i]!;
        const item = (node as Record<string, unknown>)[key];
        if (item !== null && typeof item === 'object') stack.push({ node: item, level: level + 1 });
        else if (typeof item === 'number' && !Number.isFinite(item)) finite = false;
      }
    }
  }
  return { keys, depth, finite };
}

/**
 * What is wrong, by kind, in words of our own: V8's messages quote the text around the fault (`Unexpected token 'x',
 * ..."client_secret": 'hun"... is not valid JSON`), and no character of the text may reach a report (it may be a
 * secret). The message only picks the kind; the offset is V8's, or jsonc-parser's when V8 gives none.
 */
const JSON_SYNTAX: ReadonlyArray<readonly [RegExp, string]> = [
  [/^Unexpected end of JSON input/, 'unexpected end of file'],
  [/^Unterminated string/, 'unterminated string'],
  [/^Bad control character in string literal/, 'control character in a string (escape it)'],
  [/^Bad escaped character/, 'invalid escape sequence in a string'],
  [/^Bad Unicode escape/, 'invalid \\u escape in a string'],
  [/^Expected property name or '\}'/, "expected property name or '}'"],
  [/^Expected double-quoted property name/, 'expected double-quoted property name'],
  [/^Expected ',' or '\}' after property value/, "expected ',' or '}' after property value"],
  [/^Expected ',' or '\]' after array element/, "expected ',' or ']' after array element"],
  [/^Expected ':' after property name/, "expected ':' after property name"],
  [/^Unexpected non-whitespace character after JSON/, 'unexpected text after the JSON value'],
  [/^No number after minus sign/, 'no number after minus sign'],
  [/^Exponent part is missing a number/, 'exponent part is missing a number'],
  [/^Unterminated fractional number/, 'unterminated fractional number'],
  [/^Unexpected number/, 'unexpected number'],
  [/^Unexpected string/, 'unexpected string'],
  [/^Unexpected token/, 'unexpected character'],
];

function jsonSyntaxKind(v8Message: string): string {
  return JSON_SYNTAX.find(([pattern]) => pattern.test(v8Message))?.[1] ?? 'syntax error';
}

function syntaxError(text: string, v8Message: string): ParseOutcome {
  const position = /at position (\d+)/.exec(v8Message);
  let offset: number;
  if (position) {
    offset = Number(position[1]);
  } else if (/^Unexpected end of JSON input/.test(v8Message)) {
    offset = text.length;
  } else {
    const errors: ParseError[] = [];
    parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
    offset = errors[0]?.offset ?? 0;
  }
  return parseErrorAt(text, offset, `invalid JSON: ${jsonSyntaxKind(v8Message)}`);
}
