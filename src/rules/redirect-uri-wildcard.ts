import type { ManifestRule } from '../core/types.js';
import { stringItems } from './manifestFields.js';

export const redirectUriWildcard: ManifestRule = {
  kind: 'manifest',
  meta: {
    id: 'redirect-uri-wildcard',
    description: 'A redirect URI must not contain a wildcard (*).',
    defaultSeverity: 'error',
    security: { severity: 7.4 },
    help: 'RFC 9700 §4.1.3: authorization servers must compare redirect URIs by exact string matching; a pattern lets an attacker-chosen URI receive authorization codes (§4.1.1).',
  },
  check(manifest) {
    return stringItems(manifest, 'redirect_uris', (value) => value.includes('*')).map(({ pointer }) => ({
      pointer,
      message: 'redirect URI contains a wildcard ("*"); redirect URIs are matched exactly (RFC 9700 §4.1.3)',
    }));
  },
};
