import type { ManifestRule, Problem } from '../core/types.js';
import { marked } from '../core/quoted.js';
import { httpsSuggestion, schemeOf, stringField } from './manifestFields.js';

export const uriHttps: ManifestRule = {
  kind: 'manifest',
  meta: {
    id: 'uri-https',
    description: 'logo_uri and entry_uri must use https.',
    defaultSeverity: 'error',
    security: { severity: 5.3 },
    hasSuggestions: true,
    help: 'The entry URI starts the SSO flow and the logo is shown inside the https Conversational Cloud console: over plain http the first can be hijacked and the second is blocked as mixed content.',
  },
  check(manifest) {
    const problems: Problem[] = [];
    for (const property of ['logo_uri', 'entry_uri']) {
      const field = stringField(manifest, property);
      if (!field) continue;
      const scheme = schemeOf(field.value);
      if (scheme === 'https') continue;
      const problem: Problem = {
        pointer: field.pointer,
        message: scheme
          ? `${property} uses ${marked(scheme + ':')}, not https:`
          : `${property} is not an absolute https URI`,
      };
      const suggestions = httpsSuggestion(field.pointer, field.value);
      if (suggestions) problem.suggestions = suggestions;
      problems.push(problem);
    }
    return problems;
  },
};
