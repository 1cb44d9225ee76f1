import { expect, test } from '@jest/globals';
import { builtinRules } from '../../src/rules/index.js';

/** Issue 18: the rules whose findings are security weaknesses, for code scanning to rank as security alerts. */
const SECURITY_RULES = [
  'client-secret-committed',
  'webhook-header-secret',
  'redirect-uri-https',
  'redirect-uri-wildcard',
  'redirect-uri-fragment',
  'uri-https',
  'uri-credentials',
  'uri-public-host',
];

test('the security rules declare it, every redirect-uri-* rule among them; no other rule does', () => {
  const declared = builtinRules.filter((r) => r.meta.security).map((r) => r.meta.id);
  const ids = builtinRules.map((r) => r.meta.id);
  const expected = ids.filter((id) => SECURITY_RULES.includes(id) || id.startsWith('redirect-uri-'));
  expect(declared.sort()).toEqual(expected.sort());
  expect(declared.length).toBeGreaterThanOrEqual(6);
});

test.each(builtinRules.filter((r) => r.meta.security).map((r) => [r.meta.id, r.meta.security!.severity] as const))(
  '%s has a security-severity GitHub accepts (0.1 to 10.0, one decimal)',
  (_id, severity) => {
    expect(severity).toBeGreaterThan(0);
    expect(severity).toBeLessThanOrEqual(10);
    expect(Number(severity.toFixed(1))).toBe(severity);
  },
);
