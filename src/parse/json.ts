import { parseTree, visit, type ParseError, printParseErrorCode } from 'jsonc-parser';
import type { Range } from '../core/types.js';
import { toPointer } from '../core/pointer.js';
import { locateJson, skipBlanks, stringEnd } from './jsonPositions.js';
import { LineIndex } from './lineIndex.js';
import type { ParseLimits, ParseOutcome, ParseProblem, SourceDocument } from './types.js';
import { jsonDepthExceeded } from './depth.js';
import { parseErrorAt } from './parseError.js';
import { optimized } from '../core/optimizations.js';

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
    return tooDeep() ?? syntaxError(text, error instanceof Error ? error.message : String(error));
  }
  const shape = shapeOf(value);
  if (shape.depth > limits.maxDepth) {
    const deep = tooDeep();
    if (deep) return deep;
  }

  // JSON.parse keeps the last of duplicate keys silently. When the text has as many keys as the value, there is no
  // duplicate and the (much slower) visit that finds them with their positions is skipped: measured ~0.45 s of
  // jsonc-parser visits on 5,000 manifests against ~0.03 s for the two counts.
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
        const keys = seen[seen.length - 1];
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
            message: `duplicate key "${property}" (first at line ${lineIndex().position(first).line}); the last value is used`,
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
 * Positions are found in the text when a finding needs one (jsonPositions.ts). A class, not an object of closures:
 * every document lives to the end of the run, and fewer objects for each of 10,000 is less for the collector to copy.
 */
class JsonDocument implements SourceDocument {
  readonly format = 'json';
  private lines: LineIndex | undefined;

  constructor(
    readonly file: string,
    readonly text: string,
    readonly value: unknown,
  ) {}

  locate(pointer: string, target: 'key' | 'value' = 'value'): Range {
    this.lines ??= new LineIndex(this.text);
    return locateJson(this.text, pointer, target, this.lines);
  }
}

/**
 * Object keys in valid JSON text: strings followed by a colon. Quotes are found with indexOf, a fast search: a loop
 * over every character cost ~5 µs of a 1.5 KB manifest.
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

/**
 * Own keys of every object in a parsed JSON value, and its nesting depth (containers), without recursion. Only
 * containers go on the stack.
 */
function shapeOf(value: unknown): { keys: number; depth: number } {
  if (value === null || typeof value !== 'object') return { keys: 0, depth: 0 };
  let keys = 0;
  let depth = 0;
  const stack: Array<{ node: object; level: number }> = [{ node: value, level: 1 }];
  while (stack.length > 0) {
    const { node, level } = stack.pop()!;
    if (level > depth) depth = level;
    if (Array.isArray(node)) {
      for (const item of node)
        if (item !== null && typeof item === 'object') stack.push({ node: item, level: level + 1 });
    } else {
      for (const key in node) {
        if (!Object.prototype.hasOwnProperty.call(node, key)) continue;
        keys++;
        const item = (node as Record<string, unknown>)[key];
        if (item !== null && typeof item === 'object') stack.push({ node: item, level: level + 1 });
      }
    }
  }
  return { keys, depth };
}

function syntaxError(text: string, v8Message: string): ParseOutcome {
  const position = /at position (\d+)/.exec(v8Message);
  let offset: number;
  if (position) {
    offset = Number(position[1]);
  } else {
    const errors: ParseError[] = [];
    parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
    offset = errors.length > 0 ? errors[0].offset : /end of JSON input/.test(v8Message) ? text.length : 0;
    if (errors.length > 0 && !/end of JSON input/.test(v8Message) && !/is not valid JSON/.test(v8Message)) {
      v8Message = printParseErrorCode(errors[0].error);
    }
  }
  // V8 quotes the text around the fault (`Unexpected token 'x', ..."client_secret": 'hun"... is not valid JSON`):
  // everything from that quote on is cut, so no part of a value (a secret, say) reaches a report.
  let message = v8Message
    .split(/, (?:\.\.\.)?"/)[0]
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/^Unexpected end of JSON input$/, 'unexpected end of file');
  if (message.includes('"') || message.length > 80) message = 'syntax error';
  return parseErrorAt(text, offset, `invalid JSON: ${lowerFirst(message)}`);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
