import type { ManifestRule } from '../core/types.js';
import { quoted } from '../core/quoted.js';

/** Reverse-DNS: a lowercase top-level label, then at least one more label (`com.example`, `com.liveperson.MyApp`). */
const REVERSE_DNS = /^[a-z][a-z0-9-]*(\.[A-Za-z0-9]([A-Za-z0-9_-]*[A-Za-z0-9])?)+$/;

export const clientNameFormat: ManifestRule = {
  kind: 'manifest',
  meta: {
    id: 'client-name-format',
    description: 'client_name is in reverse-DNS form (com.example.app).',
    defaultSeverity: 'warning',
    strictSeverity: 'error',
    help: 'LivePerson asks for a unique name "e.g. com.liveperson.applicationName". A reverse-DNS name under a domain you own cannot collide with another vendor\'s application.',
  },
  check(manifest) {
    const name = manifest.value.client_name;
    if (typeof name !== 'string' || name === '' || REVERSE_DNS.test(name)) return [];
    return [
      {
        pointer: '/client_name',
        message: `client_name ${quoted(name)} is not in reverse-DNS form (e.g. com.example.app)`,
      },
    ];
  },
};
