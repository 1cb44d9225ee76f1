import type { ManifestRule } from '../core/types.js';
import { stringItems } from './manifestFields.js';

export const redirectUriFragment: ManifestRule = {
  kind: 'manifest',
  meta: {
    id: 'redirect-uri-fragment',
    description: 'A redirect URI must not contain a fragment (#).',
    defaultSeverity: 'error',
    security: { severity: 4.3 },
    help: 'RFC 6749 §3.1.2: "The endpoint URI MUST NOT include a fragment component."',
  },
  check(manifest) {
    return stringItems(manifest, 'redirect_uris', (value) => value.includes('#')).map(({ pointer }) => ({
      pointer,
      message: 'redirect URI contains a fragment ("#"); RFC 6749 §3.1.2 forbids it',
    }));
  },
};
