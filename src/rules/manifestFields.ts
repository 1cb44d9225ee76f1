import type { Manifest, ProblemSuggestion } from '../core/types.js';
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
 * The string values of one value, walked once and shared by every rule that looks at every string (allStrings):
 * placeholder-host, uri-credentials and unresolved-placeholder each walked every manifest before. A string's pointer
 * is not built here but from `owners` and the containers' chain, only for the strings a rule keeps: an entry and a
 * pointer for every value of 10,000 manifests cost more than the rules that looked at them (measured with
 * --cpu-prof).
 */
interface StringWalk {
  /** Every string value (not keys), depth-first in document order. */
  strings: string[];
  /** The container each string is in: an index into the two arrays below. */
  owners: number[];
  /** Each string's key or index in its container. */
  segments: Array<string | number>;
  /** Each container's own container (-1 for the root) and its key or index there. */
  containerOwners: number[];
  containerSegments: Array<string | number>;
}

/** Parsed values are never changed (fixes patch a copy, core/valuePatch.ts), so a walk stays true while it is kept. */
const walks = new WeakMap<object, StringWalk>();

function walkStrings(root: object): StringWalk {
  const walk: StringWalk = { strings: [], owners: [], segments: [], containerOwners: [], containerSegments: [] };
  // Iterative, forward, one frame per open container: a deep value cannot overflow the call stack, and no key list
  // is reversed. A container is left where it descended and taken up again after its child.
  const frames: Array<{ container: object; keys: string[] | undefined; next: number; node: number }> = [];
  const open = (container: object, owner: number, segment: string | number): void => {
    frames.push({
      container,
      keys: Array.isArray(container) ? undefined : Object.keys(container),
      next: 0,
      node: walk.containerOwners.length,
    });
    walk.containerOwners.push(owner);
    walk.containerSegments.push(segment);
  };
  open(root, -1, '');
  while (frames.length > 0) {
    const frame = frames[frames.length - 1]!;
    const { container, keys, node } = frame;
    const length = keys === undefined ? (container as unknown[]).length : keys.length;
    let descended = false;
    while (frame.next < length) {
      const segment: string | number = keys === undefined ? frame.next : keys[frame.next]!;
      const child: unknown = (container as Record<string | number, unknown>)[segment];
      frame.next++;
      if (typeof child === 'string') {
        walk.strings.push(child);
        walk.owners.push(node);
        walk.segments.push(segment);
      } else if (child !== null && typeof child === 'object') {
        open(child, node, segment);
        descended = true;
        break;
      }
    }
    if (!descended) frames.pop();
  }
  return walk;
}

/** The pointer of the walk's string at `index`, from its key up through its containers (the root has none). */
function pointerOf(walk: StringWalk, index: number): string {
  let node = walk.owners[index]!;
  let pointer = '/' + escapeSegment(walk.segments[index]!);
  for (; node > 0; node = walk.containerOwners[node]!)
    pointer = '/' + escapeSegment(walk.containerSegments[node]!) + pointer;
  return pointer;
}

/**
 * Every string value anywhere in the manifest (not keys) that `wanted` accepts, with its pointer, depth-first in
 * document order. The manifest is walked once for every caller (walkStrings); pointers are built for the kept only.
 */
export function allStrings(manifest: Manifest, wanted: (value: string) => boolean = () => true): Located<string>[] {
  let walk = walks.get(manifest.value);
  if (walk === undefined) {
    walk = walkStrings(manifest.value);
    walks.set(manifest.value, walk);
  }
  const found: Located<string>[] = [];
  const { strings } = walk;
  for (let index = 0; index < strings.length; index++) {
    const value = strings[index]!;
    if (wanted(value)) found.push({ pointer: pointerOf(walk, index), value });
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
