import { CREDENTIAL_STRUCTURE } from '../core/credentialPlaces.js';
import { keysOf } from '../core/keysOf.js';
import { uriUserinfos } from '../core/uriAuthority.js';
import type { ParseOutcome, SourceDocument } from '../parse/types.js';
import { AUTH_SCHEME, credentialReason, isReference, KNOWN_TOKEN } from '../rules/credentialValue.js';

/**
 * The credentials of one file, found where core/credentialPlaces.ts says they live (and in the userinfo of any URI):
 * `secrets`, every value the redaction step (redact.ts) keeps out of messages and pointers, and `masks`, the few
 * that are surely credentials, for the Action to register with the runner's masking.
 */
export interface Credentials {
  secrets: Set<string>;
  masks: Set<string>;
}

/**
 * The runner replaces a masked value everywhere in the job's log, so only credentials are masked, never ordinary
 * words: masking `support` would turn every later line into `acme-***-console`. A mask is at least 8 characters
 * and not ordinary words; a password made of words (`correct-horse-battery`) is still redacted from every report
 * where it stands, only not masked in the rest of the log.
 */
const MASK_MIN_LENGTH = 8;
/** Words of letters, alone or joined by a space, `-`, `_`, `.` or `/` (`support`, `Content-Type`, `text/plain`). */
const ORDINARY_WORDS = /^[A-Za-z]+(?:[ ._/-][A-Za-z]+)*$/;

/** Whether a value is ordinary words, never masked and never looked for elsewhere in a message (redact.ts). */
export function isOrdinaryWords(text: string): boolean {
  return ORDINARY_WORDS.test(text);
}

/** The credentials of a parsed file, or of the text of one that did not parse. */
export function credentialsOf(outcome: ParseOutcome): Credentials {
  if (outcome.ok) return credentialsOfDocument(outcome.document);
  return outcome.text === undefined ? { secrets: new Set(), masks: new Set() } : credentialsInText(outcome.text);
}

/** The values the Action registers with `::add-mask::`: credentials only (see MASK_MIN_LENGTH). */
export function maskValues(files: readonly { outcome: ParseOutcome }[]): string[] {
  const masks = new Set<string>();
  for (const file of files) for (const mask of credentialsOf(file.outcome).masks) masks.add(mask);
  return [...masks];
}

function credentialsOfDocument(document: SourceDocument): Credentials {
  const found: Credentials = { secrets: new Set(), masks: new Set() };
  // A key spelled `client_secret`, `headers` or `header_value`, or a URI with userinfo, needs one of these in the
  // text (escapes need a backslash, aliases repeat their anchor's text): most manifests are passed over unwalked.
  const { text } = document;
  if (!text.includes('header') && !text.includes('secret') && !text.includes('@') && !text.includes('\\')) return found;
  walk(document.value, found);
  return found;
}

type Zone = 'none' | 'secret' | 'header_value' | 'headers';

interface Visit {
  container: object;
  zone: Zone;
  underWebhooks: boolean;
  /** For a header_value: its header's name, when the header is an object with a string header_name. */
  headerName: string;
  /** The key this container is under. */
  key: string | undefined;
}

/**
 * Every value under a credential place, keys included, and every URI's userinfo; iterative (no recursion). Only
 * containers go on the stack: the Action masks every file of the run, and an entry per value cost more than the rest.
 */
function walk(root: unknown, found: Credentials): void {
  if (root === null || typeof root !== 'object') return;
  const stack: Visit[] = [{ container: root, zone: 'none', underWebhooks: false, headerName: '', key: undefined }];
  while (stack.length > 0) {
    const { container, zone, underWebhooks, headerName, key } = stack.pop()!;
    const visit = (child: unknown, childKey: string | undefined): void => {
      let childZone = zone;
      if (childKey !== undefined) {
        if (zone !== 'none' && !CREDENTIAL_STRUCTURE.has(childKey)) found.secrets.add(childKey);
        if (childKey === 'client_secret') childZone = 'secret';
        else if (childKey === 'header_value' && zone !== 'secret') childZone = 'header_value';
        else if (childKey === 'headers' && underWebhooks && zone === 'none') childZone = 'headers';
      }
      const childName = childKey === 'header_value' ? nameOf(container) : headerName;
      if (typeof child === 'string') {
        if (child.includes('@')) userinfo(child, found);
        if (childZone !== 'none') scalar(child, childZone, childName, childKey ?? key, found);
      } else if (typeof child === 'number' || typeof child === 'boolean') {
        if (childZone !== 'none') scalar(String(child), childZone, childName, childKey ?? key, found);
      } else if (child !== null && typeof child === 'object') {
        stack.push({
          container: child,
          zone: childZone,
          underWebhooks: underWebhooks || childKey === 'webhooks',
          headerName: childName,
          key: childKey ?? key,
        });
      }
    };
    if (Array.isArray(container)) {
      for (const item of container) visit(item, undefined);
    } else {
      const record = container as Record<string, unknown>;
      for (const childKey of keysOf(record)) visit(record[childKey], childKey);
    }
  }
}

function nameOf(container: object): string {
  const name = (container as Record<string, unknown>).header_name;
  return typeof name === 'string' ? name : '';
}

/** A value at a credential place. */
function scalar(value: string, zone: Zone, headerName: string, key: string | undefined, found: Credentials): void {
  if (zone === 'headers' && key === 'header_name') {
    // A header's name is shown nowhere (it is under `headers`) but is a secret only when it looks like one: names
    // such as Accept or Authorization must not turn words of the messages into [redacted].
    if (credentialReason('', value) === undefined) return;
  }
  found.secrets.add(value);
  if (zone === 'secret') mask(value, found);
  else if (zone === 'header_value') {
    if (credentialReason(headerName, value) !== undefined) mask(value, found);
  } else {
    // Anything else under `headers`: a header written as one string (`Authorization: Bearer …`) or put under a key.
    const colon = value.indexOf(':');
    const [name, rest] = colon === -1 ? ['', value] : [value.slice(0, colon), value.slice(colon + 1)];
    if (credentialReason('', value) !== undefined || credentialReason(name.trim(), rest.trim()) !== undefined) {
      mask(value, found);
      mask(rest, found);
    }
  }
}

/** The userinfo of every URI in the string: a secret; its password (or a token used as the user) is masked. */
function userinfo(value: string, found: Credentials): void {
  for (const info of uriUserinfos(value)) {
    found.secrets.add(info);
    const colon = info.indexOf(':');
    if (colon !== -1) {
      const password = info.slice(colon + 1);
      found.secrets.add(password);
      mask(password, found);
      mask(decodePercent(password), found);
    } else if (credentialReason('', info) !== undefined) {
      mask(info, found);
    }
  }
}

function decodePercent(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function maskable(text: string): boolean {
  return text.length >= MASK_MIN_LENGTH && !isOrdinaryWords(text);
}

/** A credential's value to mask: each line on its own (the runner masks line by line), and an auth scheme's token. */
function mask(value: string, found: Credentials): void {
  if (isReference(value)) return;
  const scheme = AUTH_SCHEME.exec(value);
  // Group 2 of AUTH_SCHEME is not optional: a match has the token.
  const candidates = scheme ? [value, scheme[2]!] : [value];
  for (const candidate of candidates) {
    for (const line of candidate.split(/\r\n|\r|\n/)) {
      const text = line.trim();
      if (maskable(text)) found.masks.add(text);
    }
  }
}

/**
 * A file that did not parse has no values, only text: its credentials are what the usual spellings hold (a
 * `client_secret` or `header_value` line, an `Authorization:` line, an auth scheme's token, a known token format, a
 * URI's userinfo), so a broken file is masked and redacted too.
 */
export function credentialsInText(text: string): Credentials {
  const found: Credentials = { secrets: new Set(), masks: new Set() };
  let headerName = '';
  for (const line of text.split(/\r\n|\r|\n/)) {
    const field = /(client_secret|header_value|header_name|authorization)["']?\s*[:=]\s*(.*)$/i.exec(line);
    if (!field) continue;
    const key = field[1]!.toLowerCase();
    const values = rawValues(field[2]!);
    if (key === 'header_name') {
      headerName = values[0] ?? '';
      continue;
    }
    for (const value of values) {
      found.secrets.add(value);
      if (key !== 'header_value' || credentialReason(headerName, value) !== undefined) mask(value, found);
    }
  }
  for (const match of text.matchAll(/\b(?:bearer|basic|token|digest|apikey)\s+([A-Za-z0-9._~+/=:-]{4,})/gi)) {
    found.secrets.add(match[0]);
    const token = match[1]!;
    found.secrets.add(token);
    // `the token expires` is prose, not a credential: only a token that could be masked on its own counts.
    if (maskable(token)) mask(match[0], found);
  }
  for (const match of text.matchAll(KNOWN_TOKEN)) {
    found.secrets.add(match[0]);
    mask(match[0], found);
  }
  if (text.includes('@')) userinfo(text, found);
  return found;
}

/**
 * The value after `key:` on a line of a file that did not parse, in the forms it may take: quoted (JSON, YAML), plain
 * to the end of the line or to a flow collection's `,`/`}`, and without a YAML tag or anchor in front.
 */
function rawValues(rest: string): string[] {
  const values = new Set<string>();
  const add = (value: string) => {
    const trimmed = value.trim();
    if (trimmed !== '') values.add(trimmed);
  };
  const text = rest.trim();
  const quote = text[0];
  if (quote === '"' || quote === "'") {
    let end = 1;
    while (end < text.length && text[end] !== quote) end += text[end] === '\\' && quote === '"' ? 2 : 1;
    add(text.slice(1, end));
  } else {
    const plain = text.replace(/\s+#.*$/, '').replace(/,\s*$/, '');
    add(plain);
    add(plain.replace(/["',\s]+$/, ''));
    add(plain.replace(/^([!&]\S*\s+)+/, ''));
    const flowEnd = plain.search(/[,}\]]/);
    add(flowEnd === -1 ? plain : plain.slice(0, flowEnd));
  }
  return [...values];
}
