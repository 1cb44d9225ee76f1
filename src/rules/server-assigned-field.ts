import type { ManifestRule } from '../core/types.js';

const ASSIGNED = ['id', 'client_id', 'client_id_issued_at', 'client_secret_expires_at', 'deleted'];

export const serverAssignedField: ManifestRule = {
  kind: 'manifest',
  meta: {
    id: 'server-assigned-field',
    description: 'The manifest holds a field LivePerson assigns at installation (id, client_id, …).',
    defaultSeverity: 'notice',
    help: 'LivePerson assigns `id`, `client_id`, `client_id_issued_at`, `client_secret_expires_at` and `deleted` when it installs an application (RFC 7591 §3.2.1). They are accepted, for manifests exported from an installed application, but what you send is not what is used.',
  },
  check(manifest) {
    return ASSIGNED.filter((field) => Object.prototype.hasOwnProperty.call(manifest.value, field)).map((field) => ({
      pointer: `/${field}`,
      target: 'key' as const,
      message: `"${field}" is assigned by LivePerson at installation; the value here is ignored`,
    }));
  },
};
