import {
  CREDENTIAL_STRUCTURE,
  credentialPlaceStart,
  isCredentialPlace,
  pointerSegments,
} from '../core/credentialPlaces.js';
import { childPointer, escapeSegment, toPointer } from '../core/pointer.js';
import type { ValuePatch } from '../core/types.js';
import { QUOTE_CLOSE, QUOTE_OPEN, unmarked } from '../core/quoted.js';
import type { ParseOutcome } from '../parse/types.js';
import { credentialsOf, isOrdinaryWords } from './credentials.js';

/** What a value that may be a credential is replaced by. */
export const REDACTED = '[redacted]';

/** A quoted value shorter than this is too common to be told apart as a piece of a secret ("http", "true"). */
const MIN_PIECE = 4;
/**
 * A quoted value sharing this many characters in a row with a secret is dropped, and a secret at least this long is
 * replaced wherever it occurs raw: shorter ones would turn words of the messages into [redacted].
 */
const PIECE = 6;
/** Secrets of one file indexed for comparison, in characters; beyond it, every quoted value of the file is dropped. */
const INDEX_LIMIT = 65_536;

const INDEX = /^(0|[1-9]\d*)$/;
/** Names of the manifest's structure as a span shows them, quoted or not. */
const STRUCTURE_SPANS: ReadonlySet<string> = new Set(
  [...CREDENTIAL_STRUCTURE].flatMap((name) => [name, JSON.stringify(name)]),
);

/**
 * The one redaction step: every finding's message and pointer (and anything else shown of a finding) passes through
 * it in the engine before any reporter sees it (evaluate.ts). A value quoted from the source (core/quoted.ts) is
 * replaced when the finding is at or under a credential place (core/credentialPlaces.ts) or when it shares a piece
 * with a credential of the file (credentials.ts): contains one, or is a piece of one. Every raw occurrence of a
 * credential is replaced too, in the message and in the pointer, and a pointer's keys under a credential place are
 * replaced. Then the marks are removed.
 */
export class Redaction {
  /** Every piece of MIN_PIECE..PIECE characters of every secret (and of its escaped forms). */
  private readonly pieces = new Set<string>();
  /** Secrets shorter than PIECE: a quoted value containing one is dropped. */
  private readonly short: string[] = [];
  /** Secrets of PIECE characters or more by the hash of their first PIECE characters (windowHash), longest first. */
  private readonly byPrefix = new Map<number, string[]>();
  /**
   * A bit per hash of byPrefix's keys, modulo the bits it has: most windows of a text are passed over without a
   * lookup. Sized to the secrets (about 64 bits each): a fixed large array for every file with findings cost more,
   * in allocation and the collections it set off, than the redaction itself.
   */
  private readonly prefixBits: Uint32Array | undefined;
  /** prefixBits.length - 1 (a power of two less one), to mask a hash to a word's index. */
  private readonly wordMask: number = 0;
  private readonly everyQuote: boolean;
  /** Every secret as written and as JSON and YAML double quotes write it, however short or ordinary: for edits. */
  private readonly everyForm: string[] = [];

  constructor(
    secrets: Iterable<string>,
    private readonly value?: unknown,
  ) {
    const forms = new Set<string>();
    for (const secret of secrets) {
      if (secret.length > 0) this.everyForm.push(secret, JSON.stringify(secret).slice(1, -1));
      // Ordinary words are redacted where they stand (a credential place), but not looked for elsewhere: a header
      // value `support` must not turn a file name in a message into `acme-[redacted]-console`.
      if (secret.length < MIN_PIECE || isOrdinaryWords(secret)) continue;
      // As written, as JSON writes it in a quoted value, and as a pointer segment writes it.
      forms.add(secret);
      forms.add(JSON.stringify(secret).slice(1, -1));
      forms.add(escapeSegment(secret));
    }
    let size = 0;
    for (const form of forms) size += form.length;
    this.everyQuote = size > INDEX_LIMIT;
    if (forms.size > 0) {
      // Two words (64 bits) a secret, a power of two, at most 2^15 words.
      const words = Math.min(1 << 15, 2 ** Math.ceil(Math.log2(2 * forms.size)));
      this.prefixBits = new Uint32Array(words);
      this.wordMask = words - 1;
    }
    for (const form of [...forms].sort((a, b) => b.length - a.length)) {
      if (form.length < PIECE) {
        this.short.push(form);
      } else {
        const prefix = windowHash(form, 0);
        const list = this.byPrefix.get(prefix);
        if (list) list.push(form);
        else this.byPrefix.set(prefix, [form]);
        this.prefixBits![(prefix >>> 5) & this.wordMask]! |= 1 << (prefix & 31);
      }
      if (this.everyQuote) continue;
      for (let length = MIN_PIECE; length <= PIECE; length++)
        for (let i = 0; i + length <= form.length; i++) this.pieces.add(form.slice(i, i + length));
    }
  }

  /** The message of a finding at `pointer` (its pointer before redaction), as reporters may show it. */
  message(message: string, pointer: string): string {
    if (!message.includes(QUOTE_OPEN) && !message.includes(QUOTE_CLOSE)) return this.raw(message);
    const atCredential = isCredentialPlace(pointer);
    let out = '';
    let at = 0;
    while (at < message.length) {
      const open = message.indexOf(QUOTE_OPEN, at);
      if (open === -1) {
        out += this.raw(unmarked(message.slice(at)));
        break;
      }
      out += this.raw(unmarked(message.slice(at, open)));
      const close = message.indexOf(QUOTE_CLOSE, open + 1);
      const end = close === -1 ? message.length : close;
      const span = unmarked(message.slice(open + 1, end));
      out += this.shown(span, atCredential) ? span : REDACTED;
      at = end + 1;
    }
    return out;
  }

  /** The pointer as reporters may show it: keys under a credential place and raw credentials replaced. */
  pointer(pointer: string): string {
    if (!isCredentialPlace(pointer)) return this.raw(pointer);
    const segments = pointerSegments(pointer);
    const start = credentialPlaceStart(segments);
    let node: unknown = this.value;
    const shown = segments.map((segment, i) => {
      const parent = node;
      node = childOf(parent, segment);
      if (i > start && !CREDENTIAL_STRUCTURE.has(segment)) {
        // An index of an array is structure; a key (or anything when the value is unknown but an index) is data.
        const index = INDEX.test(segment) && (Array.isArray(parent) || parent === undefined);
        if (!index) return REDACTED;
      }
      return this.raw(segment);
    });
    return toPointer(shown);
  }

  /**
   * Whether a fix or suggestion may be shown and applied: none of its patches is at or under a credential place, and
   * no edit's text holds a credential of the file, even a short or ordinary one (an edit is source text, printed in
   * diffs and suggestion blocks, so it is held to more than a message is).
   */
  allowsEdits(edits: ReadonlyArray<{ text: string }>, patches: ReadonlyArray<ValuePatch>): boolean {
    for (const patch of patches) {
      if (isCredentialPlace(patch.pointer)) return false;
      if (
        patch.op === 'rename' &&
        isCredentialPlace(childPointer(patch.pointer.slice(0, patch.pointer.lastIndexOf('/')), patch.key))
      )
        return false;
    }
    return edits.every(({ text }) => !this.everyForm.some((secret) => text.includes(secret)));
  }

  /** Source text to print (a diff's lines): every credential of the file, however short, replaced. */
  sourceText(text: string): string {
    let out = text;
    for (const secret of [...this.everyForm].sort((a, b) => b.length - a.length))
      if (out.includes(secret)) out = out.split(secret).join(REDACTED);
    return out;
  }

  /** Other text shown with a finding (a suppression's reason): raw credentials replaced, marks removed. */
  text(text: string): string {
    return this.raw(unmarked(text));
  }

  private shown(span: string, atCredential: boolean): boolean {
    if (!atCredential && !this.everyQuote && this.pieces.size === 0) return true;
    if (STRUCTURE_SPANS.has(span)) return true;
    const content = contentOf(span);
    if (atCredential || this.everyQuote) return false;
    return !this.sharesPiece(content);
  }

  private sharesPiece(content: string): boolean {
    const length = content.length;
    if (length < MIN_PIECE) return false;
    if (length < PIECE) {
      if (this.pieces.has(content)) return true;
    } else {
      for (let i = 0; i + PIECE <= length; i++) if (this.pieces.has(content.slice(i, i + PIECE))) return true;
    }
    return this.short.some((secret) => content.includes(secret));
  }

  /**
   * Every occurrence of a secret of PIECE characters or more replaced. The windows of the text are hashed as they
   * roll, so a message costs a multiplication per character and no string: a file can have tens of thousands of
   * findings, each with its secrets to look for.
   */
  private raw(text: string): string {
    if (this.byPrefix.size === 0 || text.length < PIECE) return text;
    let out = '';
    let last = 0;
    let hash = windowHash(text, 0);
    const bits = this.prefixBits!;
    const mask = this.wordMask;
    for (let i = 0; ;) {
      const hit =
        // As in the constructor: the word's index masked to the words there are.
        (bits[(hash >>> 5) & mask]! & (1 << (hash & 31))) === 0
          ? undefined
          : this.byPrefix.get(hash)?.find((secret) => text.startsWith(secret, i));
      if (hit) {
        out += text.slice(last, i) + REDACTED;
        i += hit.length;
        last = i;
        if (i + PIECE > text.length) break;
        hash = windowHash(text, i);
      } else {
        if (i + PIECE >= text.length) break;
        hash =
          (Math.imul(hash - Math.imul(text.charCodeAt(i), BASE_TO_PIECE_1), BASE) + text.charCodeAt(i + PIECE)) | 0;
        i++;
      }
    }
    return out + text.slice(last);
  }
}

/** The redaction of one file's findings, from what it holds (or, when it did not parse, from its text). */
export function redactionOf(outcome: ParseOutcome): Redaction {
  return new Redaction(credentialsOf(outcome).secrets, outcome.ok ? outcome.document.value : undefined);
}

/** What a quoted span shows: the string a JSON literal stands for (cut ones too), or the text itself. */
function contentOf(span: string): string {
  const cut = span.endsWith('…');
  const body = cut ? span.slice(0, -1) : span;
  if (!body.startsWith('"')) return body;
  const inner = !cut && body.length >= 2 && body.endsWith('"') ? body.slice(1, -1) : body.slice(1);
  try {
    return JSON.parse(`"${inner}"`) as string;
  } catch {
    return inner;
  }
}

const BASE = 31;
/** BASE to the power PIECE - 1, modulo 2^32: the weight of the character leaving the window. */
const BASE_TO_PIECE_1 = Array.from({ length: PIECE - 1 }).reduce<number>((power) => Math.imul(power, BASE), 1);

/** A polynomial hash of the PIECE characters of `text` from `start`, modulo 2^32, rolled on in raw(). */
function windowHash(text: string, start: number): number {
  let hash = 0;
  for (let i = start; i < start + PIECE; i++) hash = (Math.imul(hash, BASE) + text.charCodeAt(i)) | 0;
  return hash;
}

function childOf(parent: unknown, segment: string): unknown {
  if (parent === null || typeof parent !== 'object') return undefined;
  if (Array.isArray(parent)) return INDEX.test(segment) ? parent[Number(segment)] : undefined;
  return Object.prototype.hasOwnProperty.call(parent, segment)
    ? (parent as Record<string, unknown>)[segment]
    : undefined;
}
