import type { ManifestRule, Problem } from '../core/types.js';
import { marked } from '../core/quoted.js';
import { httpsSuggestion, schemeOf, stringItems } from './manifestFields.js';

interface Options {
  allowLoopback: boolean;
}

/** RFC 8252 §7.3: loopback redirects for native apps use http with an IP literal (or localhost) and any port. */
const LOOPBACK = /^http:\/\/(127\.0\.0\.1|\[::1\]|localhost)(:\d{1,5})?([/?]|$)/i;

export const redirectUriHttps: ManifestRule<Options> = {
  kind: 'manifest',
  meta: {
    id: 'redirect-uri-https',
    description: 'Each redirect URI must use https.',
    defaultSeverity: 'error',
    security: { severity: 7.4 },
    strictSeverity: 'error',
    optionsSchema: {
      type: 'object',
      properties: {
        allowLoopback: {
          type: 'boolean',
          description: 'Admit http://127.0.0.1, http://[::1] and http://localhost (RFC 8252 §7.3).',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { allowLoopback: false },
    strictOptions: { allowLoopback: false },
    hasSuggestions: true,
    help: 'An authorization code sent to a plain-http redirect URI can be read and replayed by anyone on the path (RFC 6749 §3.1.2.1 requires TLS for redirect endpoints that receive codes or tokens; RFC 9700 §4.1). With `allowLoopback`, loopback redirects of native apps are admitted as RFC 8252 §7.3 describes.',
  },
  check(manifest, options) {
    return stringItems(
      manifest,
      'redirect_uris',
      (value) => schemeOf(value) !== 'https' && !(options.allowLoopback && LOOPBACK.test(value.trim())),
    ).map(({ pointer, value }) => {
      const scheme = schemeOf(value);
      const problem: Problem = {
        pointer,
        message: scheme
          ? `redirect URI uses ${marked(scheme + ':')}, not https:`
          : 'redirect URI is not an absolute https URI',
      };
      const suggestions = httpsSuggestion(pointer, value);
      if (suggestions) problem.suggestions = suggestions;
      return problem;
    });
  },
};
