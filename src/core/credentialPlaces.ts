import { parsePointer } from './pointer.js';

/**
 * Where a manifest holds credentials, whatever the type of what is there: a `client_secret` (RFC 6749 §2.3.1) and a
 * webhook header value at any depth, and anything under a webhook's `headers` (strings, objects with extra keys, keys
 * themselves: a header written as `"Authorization: Bearer …"` is still a credential). Nothing at or under one of
 * these places is ever quoted in a message, and the engine's redaction step (engine/redact.ts) enforces it.
 */

/** Names of the manifest's own structure: never a credential, so they may be shown (pointers, "did you mean"). */
export const CREDENTIAL_STRUCTURE: ReadonlySet<string> = new Set([
  'client_secret',
  'headers',
  'header_name',
  'header_value',
]);

/**
 * The index of the first segment that is a credential place, or -1: everything from that segment on is at or under
 * it. A `headers` counts under any `webhooks`, so a header list put at the wrong depth is covered too.
 */
export function credentialPlaceStart(segments: readonly string[]): number {
  let underWebhooks = false;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    if (segment === 'client_secret' || segment === 'header_value') return i;
    if (segment === 'headers' && underWebhooks) return i;
    if (segment === 'webhooks') underWebhooks = true;
  }
  return -1;
}

/**
 * The segments of a pointer, unescaped; split without a copy per segment when nothing is escaped (the redaction step
 * runs on every finding). Not a pointer (no leading `/`): one segment of the whole text, never a credential place's.
 */
export function pointerSegments(pointer: string): string[] {
  if (!pointer.startsWith('/')) return pointer === '' ? [] : [pointer];
  return pointer.includes('~') ? parsePointer(pointer) : pointer.slice(1).split('/');
}

/** Whether the value at `pointer` is at or under a credential place. */
export function isCredentialPlace(pointer: string): boolean {
  if (
    !pointer.includes('client_secret') &&
    !pointer.includes('header_value') &&
    !(pointer.includes('headers') && pointer.includes('webhooks'))
  )
    return false;
  return credentialPlaceStart(pointerSegments(pointer)) !== -1;
}
