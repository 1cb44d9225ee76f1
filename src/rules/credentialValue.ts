/**
 * The secret detector: whether a header value looks like a credential. `webhook-header-secret` reports what it
 * flags, and the engine masks what it flags in the Action's log (engine/credentials.ts).
 */

const CREDENTIAL_NAME =
  /^(proxy-)?authorization$|^cookie$|api[-_]?key|access[-_]?key|token|secret|passw(or)?d|credential|signature|^x-auth/i;
/** An HTTP authentication scheme (RFC 9110 §11) and what follows it. */
export const AUTH_SCHEME = /^\s*(bearer|basic|token|digest|apikey)\s+(\S[\s\S]*)$/i;
const KNOWN_PREFIX = /^(gh[pousr]_[A-Za-z0-9]{20,}|xox[abpr]-|sk_(live|test)_|AKIA[0-9A-Z]{16}|eyJ[A-Za-z0-9_-]{8,}\.)/;
/** A reference to a secret kept elsewhere (CI secret, template variable) is not itself a secret. */
const REFERENCE = /^\s*(\$\{\{?[^}]*\}?\}|\{\{[^}]*\}\})\s*$/;

export function isReference(value: string): boolean {
  return REFERENCE.test(value);
}

/** Token formats a credential is known by, found anywhere in a text (for files that do not parse). */
export const KNOWN_TOKEN =
  /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|xox[abpr]-[A-Za-z0-9-]{6,}|sk_(?:live|test)_[A-Za-z0-9]{6,}|AKIA[0-9A-Z]{16}|eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9._-]*)/g;

/** Shannon entropy in bits per character. */
function entropy(text: string): number {
  const counts = new Map<string, number>();
  for (const c of text) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/**
 * A random-looking token: long, no spaces, several character classes and high entropy. Measured on samples:
 * hex/base64 API keys of 20+ characters score above 3.7 bits, words and media types ("application/json") below.
 */
function looksRandom(value: string): boolean {
  if (value.length < 20 || /\s/.test(value)) return false;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/].filter((r) => r.test(value)).length;
  if (classes < 2) return false;
  return entropy(value) >= 3.7;
}

/** Why a header value (under header `name`, '' when unknown) looks like a credential, or undefined when it does not. */
export function credentialReason(name: string, value: string): string | undefined {
  if (value.trim() === '' || isReference(value)) return undefined;
  if (AUTH_SCHEME.test(value)) return 'an HTTP authentication scheme';
  if (CREDENTIAL_NAME.test(name)) return 'a credential header name';
  if (KNOWN_PREFIX.test(value)) return 'a known token format';
  if (looksRandom(value)) return 'a long random-looking token';
  return undefined;
}
