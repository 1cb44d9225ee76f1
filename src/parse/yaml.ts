import {
  type ErrorCode,
  type YAMLError,
  Composer,
  isAlias,
  isCollection,
  isMap,
  isScalar,
  isSeq,
  Lexer,
  Parser,
  type CST,
  type Document,
  type Node as YamlNode,
} from 'yaml';
import type { Range } from '../core/types.js';
import { toPointer } from '../core/pointer.js';
import { LineIndex } from './lineIndex.js';
import type { LocateMeter, LocateRequest, ParseLimits, ParseOutcome, ParseProblem, SourceDocument } from './types.js';
import { yamlDepthExceeded } from './depth.js';
import { parseErrorAt } from './parseError.js';
import { quoted } from '../core/quoted.js';
import { fastYamlRead } from './yamlFast.js';
import { repeatedDirectiveAt } from './yamlDirectives.js';
import { keyText, locateYamlAll } from './yamlPositions.js';
import { locateFastYaml, readFrames, type Frame } from './yamlFastPositions.js';
import { optimized } from '../core/optimizations.js';
import { messageOf } from '../core/messageOf.js';

/** Tags whose values are plain JSON data; anything else (!!binary, !!timestamp, custom tags) is not a manifest value. */
const JSON_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

/**
 * When js-yaml's frames of a fast-path text are read and kept. From `from` characters, a text is read once for its
 * value and its frames together (switch yaml-one-pass); `left` is what remains of the characters of text whose frames
 * documents may keep (spent by readings in one pass and by frames read later, for locating and rendering alike).
 */
export interface OnePass {
  from: number;
  left: number;
}

/**
 * The listener costs a fraction of a reading more and its frames take about three times the value's memory for the
 * document's life, while a second reading is only needed for a file with findings: most manifests are a few kilobytes
 * and clean, and a text of 64 KiB is far past any manifest of the 10,000-manifest corpus, built to have findings.
 * A document with findings lives to the end of the run, so kept frames must not multiply the memory of a repository
 * of large manifests: past 8 MiB, texts are read as with the switch off, and frames read later are not kept (read
 * again to render fixes). The same values and positions either way.
 */
const processOnePass: OnePass = { from: 64 * 1024, left: 8 * 1024 * 1024 };

/** Only the value is wanted (a text read again to verify a fix): no frames with it, none kept. */
export const NO_ONE_PASS: OnePass = Object.freeze({ from: Infinity, left: 0 });

/** Frames not read yet: the first that needs them reads them (a text without findings never does). */
const UNREAD = Symbol('unread');

/**
 * YAML 1.2 core schema; duplicate keys are findings, not parse errors (the last value wins). The value comes from the
 * fast path when it is certain to agree with the full one (see yamlFast.ts), else from the full path.
 */
export function parseYaml(
  file: string,
  text: string,
  limits: ParseLimits,
  onePass: OnePass = processOnePass,
): ParseOutcome {
  // The fast path measures the depth of the value it builds (js-yaml overflowing its stack on absurd nesting is a
  // refusal like any other); the full path scans the text first.
  if (!optimized('yaml-fast-path')) return parseYamlFully(file, text, limits);
  const once = text.length >= onePass.from && text.length <= onePass.left && optimized('yaml-one-pass');
  const read = fastYamlRead(text, limits.maxDepth, once);
  if (read === undefined) return parseYamlFully(file, text, limits);
  if (once) onePass.left -= text.length;
  const frames = once ? read.frames : UNREAD;
  return { ok: true, document: new FastYamlDocument(file, text, read.value, limits, onePass, frames), problems: [] };
}

/**
 * A document whose value came from the fast path, which keeps no tree with positions unless the text was read in one
 * pass: when findings need positions, js-yaml reads the text again for all of them (yamlFastPositions.ts), once for
 * locating and rendering fixes alike, and `yaml` composes it once for those that reading cannot answer. A class, not an
 * object of closures: fewer objects for each of 10,000 documents is less for the collector to copy.
 */
class FastYamlDocument implements SourceDocument {
  readonly format = 'yaml';
  readonly fastPath = true;

  constructor(
    readonly file: string,
    readonly text: string,
    readonly value: unknown,
    private readonly limits: ParseLimits,
    private readonly keep: OnePass,
    private read: Frame | undefined | typeof UNREAD,
  ) {}

  /**
   * js-yaml's frames of the text (yamlFastPositions.ts), read at most once while the budget of kept frames lasts;
   * undefined where it is not one document.
   */
  frames(): Frame | undefined {
    if (this.read !== UNREAD) return this.read;
    const frames = readFrames(this.text);
    if (this.text.length <= this.keep.left) {
      this.keep.left -= this.text.length;
      this.read = frames;
    }
    return frames;
  }

  locateAll(requests: readonly LocateRequest[], meter?: LocateMeter): Range[] {
    const lines = new LineIndex(this.text);
    // Off (the yaml-fast-positions optimization), `yaml` answers every request.
    const fast = optimized('yaml-fast-positions')
      ? locateFastYaml(this.text, requests, lines, meter, () => this.frames())
      : requests.map(() => undefined);
    const unanswered = requests.filter((_, i) => fast[i] === undefined);
    if (unanswered.length === 0) return fast as Range[];
    if (meter) meter.parses++;
    const composed = composeYaml(this.text, this.limits.maxDepth);
    const contents = 'documents' in composed ? composed.documents[0]?.contents : undefined;
    const answers = locateYamlAll(contents ?? null, unanswered, lines, meter);
    let next = 0;
    // answers has a range for each unanswered request, in order.
    return fast.map((range) => range ?? answers[next++]!);
  }
}

/** A document the full path composed: its tree, with every node's range, is kept for its findings' positions. */
class ComposedYamlDocument implements SourceDocument {
  readonly format = 'yaml';

  constructor(
    readonly file: string,
    readonly text: string,
    readonly value: unknown,
    private readonly contents: unknown,
  ) {}

  locateAll(requests: readonly LocateRequest[], meter?: LocateMeter): Range[] {
    return locateYamlAll(this.contents, requests, new LineIndex(this.text), meter);
  }
}

/**
 * `yaml`'s documents of the text, or the offset where its nesting goes deeper than `maxDepth`. The library's composer
 * recurses once per level and its parser keeps every open level, so a deep text could overflow the one or fill memory
 * with the other: the syntax tree is built a token at a time and abandoned once more levels are open than the limit
 * allows, its depth measured exactly (depth.ts), and only a tree within the limit is composed.
 */
function composeYaml(text: string, maxDepth: number): { documents: Document.Parsed[] } | { tooDeep: number } {
  const parser = new Parser();
  const tokens: CST.Token[] = [];
  let cut = false;
  for (const lexeme of new Lexer().lex(text)) {
    for (const token of parser.next(lexeme)) tokens.push(token);
    // The parser's stack holds the document, the open collections and at most one scalar being read.
    if (parser.stack.length > maxDepth + 2) {
      cut = true;
      break;
    }
  }
  const at = parser.offset;
  for (const token of parser.end()) tokens.push(token);
  const tooDeep = yamlDepthExceeded(tokens, maxDepth);
  if (tooDeep !== -1) return { tooDeep };
  if (cut) return { tooDeep: at };
  const composer = new Composer({ uniqueKeys: false, prettyErrors: false, strict: true });
  return { documents: Array.from<Document.Parsed>(composer.compose(tokens) as Iterable<Document.Parsed>) };
}

/** The full path: `yaml` with positions, duplicate keys, tags, aliases and depth. */
export function parseYamlFully(file: string, text: string, limits: ParseLimits): ParseOutcome {
  let composed;
  try {
    composed = composeYaml(text, limits.maxDepth);
  } catch (error) {
    return parseErrorAt(text, 0, describeFailure(error, limits));
  }
  if ('tooDeep' in composed)
    return parseErrorAt(text, composed.tooDeep, `nesting is deeper than ${limits.maxDepth} levels`);
  const { documents } = composed;
  const [doc, second] = documents;
  if (!doc) return parseErrorAt(text, 0, 'file holds no YAML document, only comments');
  if (second) {
    return parseErrorAt(
      text,
      second.range[0],
      `file holds ${documents.length} YAML documents; a manifest is one document`,
    );
  }
  // Compact block nesting (`- - - - x`) adds depth without adding lines, so the size limit does not bound it: the
  // library's recursive composer overflows the stack and records RESOURCE_EXHAUSTION instead of throwing.
  const exhausted = doc.errors.find((e) => e.code === 'RESOURCE_EXHAUSTION');
  if (exhausted) return parseErrorAt(text, exhausted.pos[0], `nesting is deeper than ${limits.maxDepth} levels`);
  const fault = doc.errors[0];
  if (fault) return parseErrorAt(text, fault.pos[0], `invalid YAML: ${yamlErrorKind(fault)}`);
  const repeated = repeatedDirectiveAt(text);
  if (repeated !== -1) return parseErrorAt(text, repeated, 'invalid YAML: a directive is repeated before one document');

  const problems: ParseProblem[] = [];
  const unfit = inspect(doc.contents, text, limits, problems);
  if (unfit) return parseErrorAt(text, unfit.offset, unfit.message);

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (error) {
    return parseErrorAt(text, 0, describeFailure(error, limits));
  }
  return {
    ok: true,
    document: new ComposedYamlDocument(file, text, value, doc.contents),
    problems,
  };
}

/** What went wrong when building the value, in words of our own: the library's messages name aliases and tags. */
function describeFailure(error: unknown, limits: ParseLimits): string {
  if (error instanceof RangeError) return `nesting is deeper than ${limits.maxDepth} levels`;
  const message = messageOf(error);
  if (/alias count/i.test(message)) {
    return `too many alias expansions (more than ${limits.maxAliasCount}): a YAML alias bomb?`;
  }
  if (/^Unresolved alias/.test(message)) return 'invalid YAML: an alias names no anchor defined before it';
  return 'invalid YAML: the value could not be built';
}

/**
 * The `yaml` library's error, by its code, in words of our own: its messages quote the text (`Invalid escape sequence
 * \q`, `Unresolved tag: !tag`, `Plain value cannot start with @`), and no character of the text may reach a report.
 * A few fixed messages of the library refine a code; they only choose the words, they are never copied.
 */
const YAML_ERRORS: Record<ErrorCode, string> = {
  ALIAS_PROPS: 'an alias cannot have an anchor or a tag',
  BAD_ALIAS: 'an alias or anchor name is empty or ends with ":"',
  BAD_COLLECTION_TYPE: 'a tag does not fit the kind of collection it is on',
  BAD_DIRECTIVE: 'invalid directive',
  BAD_DQ_ESCAPE: 'invalid escape sequence in a double-quoted string',
  BAD_INDENT: 'bad indentation',
  BAD_PROP_ORDER: 'anchors and tags must come after the indicator',
  BAD_SCALAR_START: 'a plain value cannot start with a reserved character (quote it)',
  BLOCK_AS_IMPLICIT_KEY: 'nested mappings are not allowed in compact mappings',
  BLOCK_IN_FLOW: 'a block collection cannot be inside a flow collection',
  DUPLICATE_KEY: 'duplicate key',
  IMPOSSIBLE: 'unexpected structure',
  KEY_OVER_1024_CHARS: 'an implicit key is longer than 1024 characters',
  MISSING_CHAR: 'a character is missing (a closing quote or bracket, a comma, or a ":" after a key)',
  MULTILINE_IMPLICIT_KEY: 'implicit keys need to be on a single line',
  MULTIPLE_ANCHORS: 'a node can have at most one anchor',
  MULTIPLE_DOCS: 'more than one document',
  MULTIPLE_TAGS: 'a node can have at most one tag',
  NON_STRING_KEY: 'a key is not a string',
  RESOURCE_EXHAUSTION: 'too deeply nested',
  TAB_AS_INDENT: 'tabs are not allowed as indentation',
  TAG_RESOLVE_FAILED: 'a tag could not be resolved',
  UNEXPECTED_TOKEN: 'unexpected token',
};

const YAML_REFINED: ReadonlyArray<readonly [ErrorCode, RegExp, string]> = [
  ['MISSING_CHAR', /^Missing closing "quote/, 'a double-quoted string is not closed'],
  ['MISSING_CHAR', /^Missing closing 'quote/, 'a single-quoted string is not closed'],
  ['MISSING_CHAR', /^Implicit map keys need to be followed by map values/, 'a key is not followed by ":" and a value'],
  ['MISSING_CHAR', /^Missing , (or : )?between/, 'a comma is missing between the items of a flow collection'],
  ['MISSING_CHAR', /^Missing space after :/, 'a space is missing after ":"'],
  ['MISSING_CHAR', /^Comments must be separated/, 'a comment must be separated from the value by a space'],
  ['BAD_INDENT', /^All mapping items must start at the same column/, 'mapping items must start at the same column'],
  ['BAD_INDENT', /^All sequence items must start at the same column/, 'sequence items must start at the same column'],
  [
    'BAD_INDENT',
    /^Flow (sequence|mapping) in block collection must be sufficiently indented/,
    'a flow collection is not indented enough or not closed',
  ],
];

function yamlErrorKind(error: YAMLError): string {
  const refined = YAML_REFINED.find(([code, pattern]) => code === error.code && pattern.test(error.message));
  return refined?.[2] ?? YAML_ERRORS[error.code] ?? 'syntax error';
}

interface Unfit {
  offset: number;
  message: string;
}

const COLLECTION_KEY = 'a mapping key is itself a collection; manifest keys are strings';

/**
 * One walk over the tree in document order (an explicit stack, never recursion): duplicate keys, keys that are
 * collections, tags that are not JSON data, numbers JSON cannot hold, the exact nesting depth, and aliases. Anchors are
 * met in the order `yaml` resolves them (a node before its contents, a key before its value), so each alias is checked
 * where it stands: it must name an anchor set before it, and not one around it (a structure that holds itself, which
 * no JSON value is).
 */
function inspect(root: unknown, text: string, limits: ParseLimits, problems: ParseProblem[]): Unfit | undefined {
  let lines: LineIndex | undefined;
  const lineIndex = () => (lines ??= new LineIndex(text));
  const anchors = new Map<string, YamlNode>();
  const stack: Array<{ node: unknown; path: string[]; depth: number; isKey?: boolean }> = [
    { node: root, path: [], depth: 1 },
  ];
  while (stack.length > 0) {
    const { node, path, depth, isKey } = stack.pop()!;
    if (!node) continue;
    const offset = (node as YamlNode).range?.[0] ?? 0;
    if (isAlias(node)) {
      const named = anchors.get(node.source);
      if (!named) return { offset, message: 'invalid YAML: an alias names no anchor set before it' };
      const [start, end] = named.range ?? [0, 0];
      if (start <= offset && offset < end)
        return { offset, message: 'an alias inside the node its anchor names makes a structure JSON cannot hold' };
      // An alias key (`*x : 1`) is the node it names: a collection smuggled in that way is refused too.
      if (isKey && isCollection(named)) return { offset, message: COLLECTION_KEY };
      continue;
    }
    if (!isScalar(node) && !isCollection(node)) continue;
    if (isKey && isCollection(node)) return { offset, message: COLLECTION_KEY };
    // Keys are checked like values: `!!binary k: 1` would be a Uint8Array key.
    const tag = node.tag;
    if (tag !== undefined && tag !== '!' && !JSON_TAGS.has(tag)) return { offset, message: tagMessage(tag) };
    if (node.anchor) anchors.set(node.anchor, node);
    if (isScalar(node)) {
      // A key becomes a property name, so `.inf:` is the key "Infinity", not a number.
      if (!isKey && typeof node.value === 'number' && !Number.isFinite(node.value))
        return { offset, message: 'a number JSON cannot hold (infinite or not a number)' };
      continue;
    }
    if (depth > limits.maxDepth) return { offset, message: `nesting is deeper than ${limits.maxDepth} levels` };
    if (isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--)
        stack.push({ node: node.items[i], path: [...path, String(i)], depth: depth + 1 });
      continue;
    }
    if (!isMap(node)) continue;
    const seen = new Map<string, number>();
    for (const pair of node.items) {
      const key = keyText(pair);
      const keyNode = pair.key as YamlNode | null;
      const keyOffset = keyNode?.range?.[0];
      const first = seen.get(key);
      if (first !== undefined && keyOffset !== undefined) {
        problems.push({
          ruleId: 'duplicate-key',
          problem: {
            pointer: toPointer([...path, key]),
            target: 'key',
            message: `duplicate key ${quoted(key)} (first at line ${lineIndex().position(first).line}); the last value is used`,
            range: lineIndex().range(keyNode!.range![0], keyNode!.range![1]),
          },
        });
      } else if (first === undefined) {
        seen.set(key, keyOffset ?? 0);
      }
    }
    // Last pair first, value before key: they come off the stack in document order.
    for (const pair of node.items.toReversed()) {
      stack.push({ node: pair.value, path: [...path, keyText(pair)], depth: depth + 1 });
      stack.push({ node: pair.key, path, depth, isKey: true });
    }
  }
  return undefined;
}

/** YAML 1.1 types that are not JSON data, named in messages; any other tag is the author's and is not quoted. */
const STANDARD_TAGS = new Set(['binary', 'timestamp', 'set', 'omap', 'pairs', 'merge', 'value', 'yaml']);

function tagMessage(tag: string): string {
  const name = tag.startsWith('tag:yaml.org,2002:') ? tag.slice('tag:yaml.org,2002:'.length) : undefined;
  return name !== undefined && STANDARD_TAGS.has(name)
    ? `YAML tag !!${name} is not plain JSON data`
    : 'a custom YAML tag is not plain JSON data';
}
