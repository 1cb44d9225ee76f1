import type { ManifestRule, Problem } from '../core/types.js';
import { isCredentialPlace } from '../core/credentialPlaces.js';
import { quoted } from '../core/quoted.js';
import { allStrings, uriPlaceOf } from './manifestFields.js';
import { DOCUMENTATION_LOGO, hostsIn, isPlaceholderHost, MAY_HOLD_PLACEHOLDER_HOST } from './placeholderHosts.js';

export const placeholderHost: ManifestRule = {
  kind: 'manifest',
  meta: {
    id: 'placeholder-host',
    description:
      'A URI still names a placeholder host of the documentation (https://your/webhooks/endpoint) or its sample logo.',
    defaultSeverity: 'error',
    help: "LivePerson's manifest documentation writes `https://your/webhooks/endpoint` and `https://your/appentry` for the application's own endpoints, and an icons8 icon as the logo. Installed as they are, notifications go nowhere, the quick-launch entry opens nothing and the console shows someone else's icon. Template placeholders such as `{YOUR_APPLICATION_DOMAIN}` are unresolved-placeholder's.",
  },
  check(manifest) {
    const problems: Problem[] = [];
    const candidates = allStrings(
      manifest,
      (value) => value.includes('://') && (MAY_HOLD_PLACEHOLDER_HOST.test(value) || value.includes('icons8')),
    );
    for (const { pointer, value } of candidates) {
      const hosts = [...new Set(hostsIn(value).filter(isPlaceholderHost))];
      const sampleLogo = value.trim().toLowerCase() === DOCUMENTATION_LOGO;
      if (hosts.length === 0 && !sampleLogo) continue;
      const place = uriPlaceOf(pointer);
      if (isCredentialPlace(pointer)) {
        problems.push({ pointer, message: 'a credential names a placeholder host (the value is not shown)' });
      } else if (sampleLogo) {
        problems.push({
          pointer,
          message: `${place} is the documentation's sample logo, not the application's; put the URI of its own 70×70 logo`,
        });
      } else {
        const names = hosts.map((host) => quoted(host)).join(', ');
        problems.push({
          pointer,
          message: `${place} names the placeholder host${hosts.length > 1 ? 's' : ''} ${names}; put the application's own host`,
        });
      }
    }
    return problems;
  },
};
