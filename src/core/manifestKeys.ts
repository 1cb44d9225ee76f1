import { distance } from 'fastest-levenshtein';

/**
 * What makes a JSON or YAML file an application manifest (SPEC §4), shared by the candidate filter of discovery
 * and the rules: a top-level `client_name` (or `client_name#tag`) key, or, for a manifest that lacks it, a key that
 * is a misspelling of it or several keys only manifests have.
 */

/** Top-level keys only an application manifest (an RFC 7591 client) has; two of them make a file a manifest. */
export const MANIFEST_ONLY_KEYS: readonly string[] = [
  'redirect_uris',
  'grant_types',
  'response_types',
  'logo_uri',
  'entry_uri',
  'capabilities',
  'quick_launch_enabled',
  'enabled_for_profiles',
  'client_id',
  'client_secret',
  'client_id_issued_at',
  'client_secret_expires_at',
];

/** How many of MANIFEST_ONLY_KEYS make a file a manifest without its client_name. */
export const MANIFEST_ONLY_QUORUM = 2;

/** `clientName`, `Client-Name`, `client name` all read as `clientname`; then a typo or two is allowed. */
export function clientNameDistance(key: string): number {
  return distance(key.toLowerCase().replace(/[\s_.-]/g, ''), 'clientname');
}

/** A key that is a misspelling of `client_name` (but not the key itself). */
export function isNearClientName(key: string): boolean {
  return key !== 'client_name' && !key.startsWith('client_name#') && clientNameDistance(key) <= 2;
}
