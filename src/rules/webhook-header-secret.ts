import type { ManifestRule } from '../core/types.js';
import { headerValuePointer, webhookHeaders } from './manifestFields.js';

const CREDENTIAL_NAME =
  /^(proxy-)?authorization$|^cookie$|api[-_]?key|access[-_]?key|token|secret|passw(or)?d|credential|signature|^x-auth/i;
const AUTH_SCHEME = /^(bearer|basic|token|digest|apikey)\s+\S/i;
const KNOWN_PREFIX = /^(gh[pousr]_[A-Za-z0-9]{20,}|xox[abpr]-|sk_(live|test)_|AKIA[0-9A-Z]{16}|eyJ[A-Za-z0-9_-]{8,}\.)/;
/** A reference to a secret kept elsewhere (CI secret, template variable) is not itself a secret. */
const REFERENCE = /^\s*(\$\{\{?[^}]*\}?\}|\{\{[^}]*\}\})\s*$/;

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

function reasonFor(name: string, value: string): string | undefined {
  if (value.trim() === '' || REFERENCE.test(value)) return undefined;
  if (AUTH_SCHEME.test(value)) return 'an HTTP authentication scheme';
  if (CREDENTIAL_NAME.test(name)) return 'a credential header name';
  if (KNOWN_PREFIX.test(value)) return 'a known token format';
  if (looksRandom(value)) return 'a long random-looking token';
  return undefined;
}

export const webhookHeaderSecret: ManifestRule = {
  kind: 'manifest',
  meta: {
    id: 'webhook-header-secret',
    description: 'A webhook header value looks like a credential committed to the repository.',
    defaultSeverity: 'warning',
    strictSeverity: 'error',
    help: 'Webhook headers are often used to authenticate UMS to your endpoint. A credential committed in a manifest is readable by everyone with access to the repository and its history, and lives on after rotation elsewhere. Keep the value out of the file (inject it at installation) and rotate it. The value is never printed by this tool.',
  },
  check(manifest) {
    return webhookHeaders(manifest).flatMap((header) => {
      const { name, value } = header;
      const reason = reasonFor(name, value);
      if (!reason) return [];
      return [
        {
          pointer: headerValuePointer(header),
          message: `webhook header "${name.slice(0, 80)}" has a value that looks like a credential (${reason}); keep secrets out of the repository (the value is not shown)`,
        },
      ];
    });
  },
};
