import type { ManifestRule } from '../core/types.js';
import { stringItems } from './manifestFields.js';
import { quoted } from '../core/quoted.js';

const IMPLICIT = new Set(['token', 'id_token token']);

export const noImplicitGrant: ManifestRule = {
  kind: 'manifest',
  meta: {
    id: 'no-implicit-grant',
    description: 'response_types should not include token or "id_token token" (the implicit grant).',
    defaultSeverity: 'warning',
    strictSeverity: 'error',
    help: 'RFC 9700 §2.1.2: clients SHOULD NOT use the implicit grant (response type `token`) or other response types that issue access tokens in the authorization response; use `code` with PKCE.',
  },
  check(manifest) {
    return stringItems(manifest, 'response_types', (value) => IMPLICIT.has(value)).map(({ pointer, value }) => ({
      pointer,
      message: `response type ${quoted(value)} issues an access token in the redirect (implicit grant); use "code" (RFC 9700 §2.1.2)`,
    }));
  },
};
