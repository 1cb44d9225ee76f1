import type { ManifestRule, Problem } from '../core/types.js';
import { isRecord } from './manifestFields.js';
import { quoted } from '../core/quoted.js';

const POINTER = '/capabilities/engagement/consumer_identity';

export const consumerIdentityAuth: ManifestRule = {
  kind: 'manifest',
  meta: {
    id: 'consumer-identity-auth',
    description: 'capabilities.engagement.consumer_identity must be ["auth"].',
    defaultSeverity: 'error',
    hasSuggestions: true,
    help: 'LivePerson\'s manifest schema says of `consumer_identity`: "The value has to be set to auth." An engagement that admits unauthenticated consumers is refused at installation.',
  },
  check(manifest) {
    const capabilities = manifest.value.capabilities;
    if (!isRecord(capabilities) || !isRecord(capabilities.engagement)) return [];
    const identity = capabilities.engagement.consumer_identity;
    if (!Array.isArray(identity)) return [];
    const problems: Problem[] = [];
    identity.forEach((item, index) => {
      if (item !== 'auth') {
        problems.push({
          pointer: `${POINTER}/${index}`,
          message: `consumer_identity must be ["auth"]; ${quoted(item)} is not allowed`,
        });
      }
    });
    if (problems.length === 0 && identity.length === 0) {
      problems.push({ pointer: POINTER, message: 'consumer_identity must be ["auth"], not empty' });
    }
    // Admitting only authenticated consumers changes who can use the engagement: offered, never applied.
    const suggestions = [
      {
        description: 'Set consumer_identity to ["auth"]',
        patches: [{ op: 'replace' as const, pointer: POINTER, value: ['auth'] }],
      },
    ];
    for (const problem of problems) problem.suggestions = suggestions;
    return problems;
  },
};
