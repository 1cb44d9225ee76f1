import type { ManifestRule } from '../core/types.js';
import { headerValuePointer, webhookHeaders } from './manifestFields.js';
import { credentialReason } from './credentialValue.js';

export const webhookHeaderSecret: ManifestRule = {
  kind: 'manifest',
  meta: {
    id: 'webhook-header-secret',
    description: 'A webhook header value looks like a credential committed to the repository.',
    defaultSeverity: 'warning',
    security: { severity: 8.0 },
    strictSeverity: 'error',
    help: 'Webhook headers are often used to authenticate UMS to your endpoint. A credential committed in a manifest is readable by everyone with access to the repository and its history, and lives on after rotation elsewhere. Keep the value out of the file (inject it at installation) and rotate it. The value is never printed by this tool.',
  },
  check(manifest) {
    return webhookHeaders(manifest).flatMap((header) => {
      const reason = credentialReason(header.name, header.value);
      if (!reason) return [];
      // Nothing under `headers` is quoted, not even the name (it may be a credential written in the wrong place).
      return [
        {
          pointer: headerValuePointer(header),
          message: `webhook header ${header.index + 1} has a value that looks like a credential (${reason}); keep secrets out of the repository (the value is not shown)`,
        },
      ];
    });
  },
};
