import type { Manifest } from '../engine/types.js';
import { childPointer, toPointer } from '../engine/pointer.js';

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

/** String items of an array property, with their pointers. */
export function stringItems(manifest: Manifest, property: string): Located<string>[] {
  const list = manifest.value[property];
  if (!Array.isArray(list)) return [];
  const items: Located<string>[] = [];
  list.forEach((item, index) => {
    if (typeof item === 'string') items.push({ pointer: childPointer(`/${property}`, index), value: item });
  });
  return items;
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
  /** Pointer of the header's `header_value`. */
  valuePointer: string;
}

/** Every well-formed webhook header, under every event key (known or not). */
export function webhookHeaders(manifest: Manifest): WebhookHeader[] {
  const webhooks = webhooksOf(manifest);
  if (!webhooks) return [];
  const headers: WebhookHeader[] = [];
  for (const [event, webhook] of Object.entries(webhooks)) {
    if (!isRecord(webhook) || !Array.isArray(webhook.headers)) continue;
    webhook.headers.forEach((header, index) => {
      if (!isRecord(header) || typeof header.header_name !== 'string' || typeof header.header_value !== 'string') return;
      headers.push({
        name: header.header_name,
        value: header.header_value,
        valuePointer: childPointer(childPointer(childPointer(`/capabilities/webhooks`, event), 'headers'), index) + '/header_value',
      });
    });
  }
  return headers;
}

/**
 * Every string value anywhere in the manifest (not keys) that `wanted` accepts, depth-first in document order,
 * iteratively. Pointers are built only for the strings kept: escaping a pointer for every value of 10,000 manifests
 * cost more than the rule that looked at them (measured by npm run bench).
 */
export function allStrings(manifest: Manifest, wanted: (value: string) => boolean = () => true): Located<string>[] {
  const found: Located<string>[] = [];
  const path: Array<string | number> = [];
  const stack: Array<{ value: unknown; depth: number; segment: string | number }> = [{ value: manifest.value, depth: 0, segment: '' }];
  while (stack.length > 0) {
    const { value, depth, segment } = stack.pop()!;
    if (depth > 0) path[depth - 1] = segment;
    if (typeof value === 'string') {
      if (wanted(value)) found.push({ pointer: toPointer(path.slice(0, depth)), value });
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], depth: depth + 1, segment: i });
    } else if (isRecord(value)) {
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i--) stack.push({ value: value[keys[i]], depth: depth + 1, segment: keys[i] });
    }
  }
  return found;
}

/** The scheme of a URI, lower-cased, decided without `new URL` (placeholders like `{DOMAIN}` make it throw). */
export function schemeOf(uri: string): string | undefined {
  const match = /^\s*([A-Za-z][A-Za-z0-9+.-]*):/.exec(uri);
  return match ? match[1].toLowerCase() : undefined;
}

export const WEBHOOK_EVENTS: readonly string[] = [
  'ms.MessagingEventNotification.ContentEvent',
  'ms.MessagingEventNotification.RichContentEvent',
  'ms.MessagingEventNotification.AcceptStatusEvent',
  'ms.MessagingEventNotification.ChatStateEvent',
  'cqm.ExConversationChangeNotification',
];
