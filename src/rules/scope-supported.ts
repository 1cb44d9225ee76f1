import type { ManifestRule } from '../core/types.js';
import { nearestName } from '../core/nearestName.js';
import { quoted } from '../core/quoted.js';

interface Options {
  allowed: string[];
}

export const scopeSupported: ManifestRule<Options> = {
  kind: 'manifest',
  meta: {
    id: 'scope-supported',
    description: 'Each space-separated scope token is in the allowed list.',
    defaultSeverity: 'error',
    optionsSchema: {
      type: 'object',
      properties: {
        allowed: {
          type: 'array',
          items: { type: 'string', pattern: '^[\\x21\\x23-\\x5B\\x5D-\\x7E]+$' },
          uniqueItems: true,
          description: 'Scope tokens the policy allows (RFC 6749 §3.3 scope-token syntax).',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { allowed: ['msg.consumer'] },
    help: "LivePerson's manifest schema lists `msg.consumer` as the supported scope. LivePerson also issues scopes such as `faas.lambda.invoke` and `ihub.tpb.customendpoint`; a policy that needs them lists them in the option `allowed`. `scope` is a space-separated list (RFC 6749 §3.3).",
  },
  check(manifest, options) {
    const scope = manifest.value.scope;
    if (typeof scope !== 'string') return [];
    const allowed = options.allowed ?? [];
    if (scope.trim() === '')
      return [{ pointer: '/scope', message: 'scope is empty; leave it out or name at least one scope' }];
    const tokens = [...new Set(scope.split(' ').filter((t) => t !== ''))];
    const problems = tokens
      .filter((token) => !allowed.includes(token))
      .map((token) => {
        const suggestion = nearestName(token, allowed);
        const hint = suggestion
          ? `; did you mean "${suggestion}"?`
          : `; allowed: ${allowed.map((a) => `"${a}"`).join(', ') || 'none'}`;
        return { pointer: '/scope', message: `scope ${quoted(token)} is not allowed by the policy${hint}` };
      });
    if (/^ | $|  |[\t\n\r]/.test(scope)) {
      problems.push({ pointer: '/scope', message: 'scope tokens must be separated by single spaces (RFC 6749 §3.3)' });
    }
    return problems;
  },
};
