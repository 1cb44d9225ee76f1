import type { ManifestRule, Problem } from '../core/types.js';
import { stringValues } from './manifestFields.js';

export const grantConsistency: ManifestRule = {
  kind: 'manifest',
  meta: {
    id: 'grant-consistency',
    description: 'grant_types agree with redirect_uris and response_types.',
    defaultSeverity: 'error',
    help: 'RFC 7591 §2.1: grant_types and response_types must be consistent. The authorization_code grant needs a redirect URI to send the code to (RFC 6749 §3.1.2) and the response type `code` (§4.1.1); a refresh token is only issued with an authorization grant, not with client_credentials (§4.4.3).',
  },
  check(manifest) {
    if (!Array.isArray(manifest.value.grant_types)) return [];
    const grants = new Set(stringValues(manifest, 'grant_types'));
    const responses = new Set(stringValues(manifest, 'response_types'));
    const redirects = stringValues(manifest, 'redirect_uris');
    const problems: Problem[] = [];
    const pointer = '/grant_types';
    if (grants.has('authorization_code')) {
      if (redirects.length === 0)
        problems.push({
          pointer,
          message: 'grant type "authorization_code" needs at least one redirect URI in redirect_uris',
        });
      if (!responses.has('code'))
        problems.push({
          pointer,
          message: 'grant type "authorization_code" needs response type "code" in response_types',
        });
    }
    if (grants.has('refresh_token') && !grants.has('authorization_code')) {
      problems.push({
        pointer,
        message:
          'grant type "refresh_token" needs grant type "authorization_code" (no refresh token is issued without it)',
      });
    }
    return problems;
  },
};
