import type { ManifestRule } from '../core/types.js';

export const clientSecretCommitted: ManifestRule = {
  kind: 'manifest',
  meta: {
    id: 'client-secret-committed',
    description: 'A client_secret is committed in the manifest.',
    defaultSeverity: 'error',
    security: { severity: 9.1 },
    help: 'LivePerson issues the client_secret when it installs the application; it authenticates the client (RFC 6749 §2.3.1) and must stay confidential (§10.1). A committed secret is exposed to everyone with access to the repository and its history: remove it and ask LivePerson to rotate it. The value is never printed by this tool.',
  },
  check(manifest) {
    if (!Object.prototype.hasOwnProperty.call(manifest.value, 'client_secret')) return [];
    return [
      {
        pointer: '/client_secret',
        target: 'key',
        message: 'client_secret must not be committed; remove it and have it rotated (the value is not shown)',
      },
    ];
  },
};
