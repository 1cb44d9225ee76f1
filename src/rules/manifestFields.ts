import type { Manifest, ProblemSuggestion } from '../core/types.js';
import { keysOf } from '../core/keysOf.js';
import { childPointer, escapeSegment } from '../core/pointer.js';

/**
 * Typed views of the parts of a manifest several rules look at. Rules see schema-invalid input too, so every view
 * keeps only well-typed parts and never throws; the schema stage reports the rest.
 */

export interface Located<T> {
  pointer: string;
  value: T;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * String items of an array property that `wanted` accepts, with their pointers. Rules pass what they look for, so
 * only the items they report get an object and a pointer: four rules look at every redirect URI of every manifest.
 */
export function stringItems(
  manifest: Manifest,
  property: string,
  wanted: (value: string) => boolean = () => true,
): Located<string>[] {
  const list = manifest.value[property];
  if (!Array.isArray(list)) return [];
  const items: Located<string>[] = [];
  for (let index = 0; index < list.length; index++) {
    const item: unknown = list[index];
    if (typeof item === 'string' && wanted(item))
      items.push({ pointer: childPointer(childPointer('', property), index), value: item });
  }
  return items;
}

/** The string items of an array property, without pointers. */
export function stringValues(manifest: Manifest, property: string): string[] {
  const list = manifest.value[property];
  return Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : [];
}

/** A string property of the top level. */
export function stringField(manifest: Manifest, property: string): Located<string> | undefined {
  const value = manifest.value[property];
  return typeof value === 'string' ? { pointer: childPointer('', property), value } : undefined;
}

/** `capabilities.webhooks` as a record, when it is one. */
export function webhooksOf(manifest: Manifest): Record<string, unknown> | undefined {
  const capabilities = manifest.value.capabilities;
  if (!isRecord(capabilities)) return undefined;
  return isRecord(capabilities.webhooks) ? capabilities.webhooks : undefined;
}

export interface WebhookHeader {
  name: string;
  value: string;
  /** The event key it is under, and its index in that webhook's `headers`. */
  event: string;
  index: number;
}

/** The pointer of a header's value: built for the headers a rule reports, not for every one. */
export function headerValuePointer(header: WebhookHeader): string {
  return (
    childPointer(childPointer(childPointer('/capabilities/webhooks', header.event), 'headers'), header.index) +
    '/header_value'
  );
}

/** Every well-formed webhook header, under every event key (known or not). */
export function webhookHeaders(manifest: Manifest): WebhookHeader[] {
  const webhooks = webhooksOf(manifest);
  if (!webhooks) return [];
  const headers: WebhookHeader[] = [];
  for (const [event, webhook] of Object.entries(webhooks)) {
    if (!isRecord(webhook) || !Array.isArray(webhook.headers)) continue;
    webhook.headers.forEach((header, index) => {
      if (!isRecord(header) || typeof header.header_name !== 'string' || typeof header.header_value !== 'string')
        return;
      headers.push({ name: header.header_name, value: header.header_value, event, index });
    });
  }
  return headers;
}

/**
 * The string values of one manifest, walked once and shared by every rule that looks at every string (allStrings):
 * placeholder-host, uri-credentials and unresolved-placeholder each walked every manifest before. What a pointer is
 * built from (each string's container and key, each container's) is recorded only once a rule keeps a string: few
 * do, and an entry and a pointer for every value of 10,000 manifests cost more than the rules that looked at them
 * (measured with --cpu-prof).
 */
interface StringWalk {
  /** Every string value (not keys), depth-first in document order. */
  strings: string[];
  /** Whether the four arrays below are filled. */
  located: boolean;
  /** The container each string is in (an index into the two arrays below), and its key or index there. */
  owners: number[];
  segments: Array<string | number>;
  /** Each container's own container (-1 for the root) and its key or index there. */
  containerOwners: number[];
  containerSegments: Array<string | number>;
}

/**
 * Walks `root` depth-first in document order, iteratively (a deep value cannot overflow the call stack) and forward
 * (no key list is reversed): one frame per open container, left where it descended and taken up after the child.
 */
function walkStrings(root: object, located: boolean): StringWalk {
  const walk: StringWalk = {
    strings: [],
    located,
    owners: [],
    segments: [],
    containerOwners: [],
    containerSegments: [],
  };
  const { strings, owners, segments, containerOwners, containerSegments } = walk;
  const containers: object[] = [root];
  const keyLists: Array<readonly string[] | undefined> = [Array.isArray(root) ? undefined : keysOf(root)];
  const nexts: number[] = [0];
  const nodes: number[] = [0];
  if (located) {
    containerOwners.push(-1);
    containerSegments.push('');
  }
  let top = 0;
  frames: while (top >= 0) {
    const container = containers[top] as Record<string | number, unknown>;
    const keys = keyLists[top];
    const length = keys === undefined ? (container as unknown as unknown[]).length : keys.length;
    for (let next = nexts[top]!; next < length;) {
      const segment: string | number = keys === undefined ? next : keys[next]!;
      const child: unknown = container[segment];
      next++;
      if (typeof child === 'string') {
        strings.push(child);
        if (located) {
          owners.push(nodes[top]!);
          segments.push(segment);
        }
      } else if (child !== null && typeof child === 'object') {
        nexts[top] = next;
        if (located) {
          nodes[top + 1] = containerOwners.length;
          containerOwners.push(nodes[top]!);
          containerSegments.push(segment);
        }
        top++;
        containers[top] = child;
        keyLists[top] = Array.isArray(child) ? undefined : keysOf(child);
        nexts[top] = 0;
        continue frames;
      }
    }
    top--;
  }
  return walk;
}

/** The pointer of the walk's string at `index`, from its key up through its containers (the root has none). */
function pointerOf(walk: StringWalk, index: number): string {
  let pointer = '/' + escapeSegment(walk.segments[index]!);
  for (let node = walk.owners[index]!; node > 0; node = walk.containerOwners[node]!)
    pointer = '/' + escapeSegment(walk.containerSegments[node]!) + pointer;
  return pointer;
}

/**
 * The last value walked, and its walk. The engine runs every rule on one manifest before the next, so one entry
 * serves them all; a walk kept for every manifest (a WeakMap) outlived the young generation and cost more in the
 * garbage collector than the walks it saved. Parsed values are never changed (fixes patch a copy,
 * core/valuePatch.ts), so a walk stays true while it is kept.
 */
let last: { value: object; walk: StringWalk } | undefined;

/**
 * Every string value anywhere in the manifest (not keys) that `wanted` accepts, with its pointer, depth-first in
 * document order. The manifest is walked once for every caller, and once more for pointers when a string is kept.
 */
export function allStrings(manifest: Manifest, wanted: (value: string) => boolean = () => true): Located<string>[] {
  if (last?.value !== manifest.value) last = { value: manifest.value, walk: walkStrings(manifest.value, false) };
  const current = last;
  const found: Located<string>[] = [];
  const { strings } = current.walk;
  for (let index = 0; index < strings.length; index++) {
    const value = strings[index]!;
    if (!wanted(value)) continue;
    if (!current.walk.located) current.walk = walkStrings(current.value, true);
    found.push({ pointer: pointerOf(current.walk, index), value });
  }
  return found;
}

/** What a URI of the manifest is for, as messages name it. */
export type UriPlace = 'redirect URI' | 'entry_uri' | 'logo_uri' | 'webhook endpoint';

/** A URI the manifest gives LivePerson to call or show, and what it is for. */
export interface ManifestUri extends Located<string> {
  place: UriPlace;
}

/**
 * Every URI LivePerson calls or shows that `wanted` accepts: the redirect URIs, `entry_uri`, `logo_uri` and each
 * webhook's `endpoint` (under every event key, known or not). Objects and pointers are built only for the URIs kept.
 */
export function manifestUris(
  manifest: Manifest,
  wanted: (value: string, place: UriPlace) => boolean = () => true,
): ManifestUri[] {
  const uris: ManifestUri[] = [];
  const redirects = manifest.value.redirect_uris;
  if (Array.isArray(redirects)) {
    for (let index = 0; index < redirects.length; index++) {
      const value: unknown = redirects[index];
      if (typeof value === 'string' && wanted(value, 'redirect URI'))
        uris.push({ pointer: childPointer('/redirect_uris', index), value, place: 'redirect URI' });
    }
  }
  for (const place of ['entry_uri', 'logo_uri'] as const) {
    const value = manifest.value[place];
    if (typeof value === 'string' && wanted(value, place))
      uris.push({ pointer: childPointer('', place), value, place });
  }
  const webhooks = webhooksOf(manifest);
  if (webhooks) {
    for (const event of Object.keys(webhooks)) {
      const webhook = webhooks[event];
      if (!isRecord(webhook) || typeof webhook.endpoint !== 'string' || !wanted(webhook.endpoint, 'webhook endpoint'))
        continue;
      const pointer = childPointer(childPointer('/capabilities/webhooks', event), 'endpoint');
      uris.push({ pointer, value: webhook.endpoint, place: 'webhook endpoint' });
    }
  }
  return uris;
}

/** What the value at a pointer is for, in a message: a URI place of manifestUris, else `the value`. */
export function uriPlaceOf(pointer: string): string {
  if (/^\/redirect_uris\/\d+$/.test(pointer)) return 'the redirect URI';
  if (pointer === '/entry_uri' || pointer === '/logo_uri') return pointer.slice(1);
  if (/^\/capabilities\/webhooks\/[^/]+\/endpoint$/.test(pointer)) return 'the webhook endpoint';
  return 'the value';
}

/** The scheme of a URI, lower-cased, decided without `new URL` (placeholders like `{DOMAIN}` make it throw). */
export function schemeOf(uri: string): string | undefined {
  const match = /^\s*([A-Za-z][A-Za-z0-9+.-]*):/.exec(uri);
  return match ? match[1]!.toLowerCase() : undefined;
}

export const WEBHOOK_EVENTS: readonly string[] = [
  'ms.MessagingEventNotification.ContentEvent',
  'ms.MessagingEventNotification.RichContentEvent',
  'ms.MessagingEventNotification.AcceptStatusEvent',
  'ms.MessagingEventNotification.ChatStateEvent',
  'cqm.ExConversationChangeNotification',
];

/**
 * The suggestion that turns an `http:` URI at `pointer` into the same URI with `https:` (the server must serve it
 * there, so it is offered, never applied); undefined for any other scheme.
 */
export function httpsSuggestion(pointer: string, uri: string): ProblemSuggestion[] | undefined {
  const match = /^(\s*)http:/i.exec(uri);
  if (!match) return undefined;
  const value = `${match[1]}https:${uri.slice(match[0].length)}`;
  return [{ description: 'Use https', patches: [{ op: 'replace', pointer, value }] }];
}
