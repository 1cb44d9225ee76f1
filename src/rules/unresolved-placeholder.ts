import type { ManifestRule } from '../core/types.js';
import { allStrings } from './manifestFields.js';
import { quoted } from '../core/quoted.js';
import { isCredentialPlace } from '../core/credentialPlaces.js';

/**
 * Template placeholders left in a value: `{YOUR_APPLICATION_DOMAIN}` (LivePerson's own examples), `{{ name }}`
 * (Mustache, Jinja), `${NAME}` / `${{ secrets.X }}` (shell, GitHub expressions), `<YOUR_DOMAIN>`.
 */
const PLACEHOLDER = /\$\{\{[^{}]*\}\}|\$\{[^{}\s]+\}|\{\{[^{}]+\}\}|\{\s*[A-Za-z_][\w.-]*\s*\}|<[A-Z][A-Z0-9_-]*>/g;

export const unresolvedPlaceholder: ManifestRule = {
  kind: 'manifest',
  meta: {
    id: 'unresolved-placeholder',
    description: 'A value still holds a template placeholder such as {YOUR_APPLICATION_DOMAIN}.',
    defaultSeverity: 'error',
    help: "LivePerson's example manifests hold placeholders like `{YOUR_APPLICATION_DOMAIN}` and `{CALLBACK_PATH}` to be replaced before installation. A manifest installed with one keeps it: redirects and launches go nowhere.",
  },
  check(manifest) {
    // Every placeholder form holds `{` or `<`: strings without either are passed over without the expression.
    const candidates = allStrings(manifest, (value) => value.includes('{') || value.includes('<'));
    return candidates.flatMap(({ pointer, value }) => {
      const found = [...new Set(value.match(PLACEHOLDER) ?? [])];
      if (found.length === 0) return [];
      // A credential (a header, a client_secret) is not quoted, not even its placeholder: `sk_{…}` is half a secret.
      if (isCredentialPlace(pointer)) {
        return [{ pointer, message: 'a credential holds an unresolved template placeholder (the value is not shown)' }];
      }
      const names = found.map((p) => quoted(p)).join(', ');
      return [{ pointer, message: `unresolved template placeholder${found.length > 1 ? 's' : ''} ${names}` }];
    });
  },
};
