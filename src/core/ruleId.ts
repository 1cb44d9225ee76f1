/** A built-in rule id: lowercase words or digits joined by `-` (`schema`, `redirect-uri-https`, `oauth2-pkce`). */
export const BUILTIN_RULE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * A custom rule id is namespaced (`acme/display-name-prefix`), so it can never be taken by a future built-in rule.
 * The policy schema's pattern for it is generated from this (`npm run catalog`).
 */
export const CUSTOM_RULE_ID = /^[a-z0-9][a-z0-9._-]*\/[a-z0-9][a-z0-9._/-]*$/;
