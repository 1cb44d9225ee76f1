import type { Rule } from '../core/types.js';
import { parseError } from './parse-error.js';
import { duplicateKey } from './duplicate-key.js';
import { schema } from './schema.js';
import { consumerIdentityAuth } from './consumer-identity-auth.js';
import { redirectUriHttps } from './redirect-uri-https.js';
import { redirectUriFragment } from './redirect-uri-fragment.js';
import { redirectUriWildcard } from './redirect-uri-wildcard.js';
import { uriHttps } from './uri-https.js';
import { uriCredentials } from './uri-credentials.js';
import { uriPublicHost } from './uri-public-host.js';
import { unresolvedPlaceholder } from './unresolved-placeholder.js';
import { placeholderHost } from './placeholder-host.js';
import { noImplicitGrant } from './no-implicit-grant.js';
import { grantConsistency } from './grant-consistency.js';
import { quickLaunchEntryUri } from './quick-launch-entry-uri.js';
import { webhookEventName } from './webhook-event-name.js';
import { webhookHeaderSecret } from './webhook-header-secret.js';
import { scopeSupported } from './scope-supported.js';
import { clientSecretCommitted } from './client-secret-committed.js';
import { clientNameFormat } from './client-name-format.js';
import { clientNameUnique } from './client-name-unique.js';
import { clientNameMissing } from './client-name-missing.js';
import { serverAssignedField } from './server-assigned-field.js';
import { logoDimensions } from './logo-dimensions.js';
import { logoFetch } from './logo-fetch.js';
import { invalidSuppression } from './invalid-suppression.js';

/** The built-in rules, in the order of SPEC §3. Adding a rule is adding a file and a line here. */
export const builtinRules: readonly Rule[] = [
  parseError,
  duplicateKey,
  schema,
  consumerIdentityAuth,
  redirectUriHttps,
  redirectUriFragment,
  redirectUriWildcard,
  uriHttps,
  uriCredentials,
  uriPublicHost,
  unresolvedPlaceholder,
  placeholderHost,
  noImplicitGrant,
  grantConsistency,
  quickLaunchEntryUri,
  webhookEventName,
  webhookHeaderSecret,
  scopeSupported,
  clientSecretCommitted,
  clientNameFormat,
  clientNameUnique,
  clientNameMissing,
  serverAssignedField,
  logoDimensions,
  logoFetch,
  invalidSuppression,
];

const byId = new Map(builtinRules.map((rule) => [rule.meta.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
