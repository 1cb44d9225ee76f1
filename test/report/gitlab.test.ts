import { describe, expect, test } from '@jest/globals';
import { Ajv } from 'ajv';
import type { CheckResult } from '../../src/core/types.js';
import { toGitlab } from '../../src/report/gitlab.js';
import { toSarif } from '../../src/report/sarif.js';
import { context, readReportFixture, result, withFindings } from '../support/reportResult.js';

const validate = new Ajv({ allErrors: true, strict: true, strictRequired: false }).compile(
  JSON.parse(readReportFixture('gitlab-code-quality.schema.json')),
);
const issuesOf = (r: CheckResult) => JSON.parse(toGitlab(r, context));

describe('gitlab code quality', () => {
  const issues = issuesOf(result);

  test('valid against the documented shape, and the schema is not vacuous', () => {
    expect(validate(issues) ? [] : validate.errors).toEqual([]);
    expect(validate([{ ...issues[0], severity: 'error' }])).toBe(false);
    expect(validate([{ ...issues[0], location: { path: 'apps/a.json' } }])).toBe(false);
    expect(validate([{ ...issues[0], location: { ...issues[0].location, path: './apps/a.json' } }])).toBe(false);
  });

  test('an issue per unsuppressed finding: message, rule, path and line', () => {
    const shown = result.findings.filter((f) => !f.suppressed);
    expect(issues.map((i: { description: string }) => i.description)).toEqual(shown.map((f) => f.message));
    expect(issues.map((i: { check_name: string }) => i.check_name)).toEqual(shown.map((f) => f.ruleId));
    expect(issues[1].location).toEqual({ path: 'apps/a.json', lines: { begin: 12 } });
  });

  test.each([
    ['an error', 'schema', 'major'],
    ['an error of a security rule', 'redirect-uri-https', 'critical'],
    ['a warning', 'client-name-format', 'minor'],
    ['a notice', 'server-assigned-field', 'info'],
    ['an error of a custom rule', 'acme/display-name-prefix', 'major'],
  ])('%s (%s) is %s', (_name, ruleId, severity) => {
    expect(issues.find((i: { check_name: string }) => i.check_name === ruleId).severity).toBe(severity);
  });

  test('fingerprints are unique, survive lines moving, and are the ones SARIF gives code scanning', () => {
    const same = [result.findings[1], { ...result.findings[1], message: 'again' }];
    const prints = (r: CheckResult) => issuesOf(r).map((i: { fingerprint: string }) => i.fingerprint);
    expect(new Set(prints(withFindings(same))).size).toBe(2);
    const moved = withFindings(result.findings.map((f) => ({ ...f, line: f.line + 3, endLine: f.endLine + 3 })));
    expect(prints(moved)).toEqual(prints(result));
    const sarif = JSON.parse(toSarif(result, context)).runs[0].results.filter(
      (r: { suppressions?: unknown }) => !r.suppressions,
    );
    expect(prints(result)).toEqual(
      sarif.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['lpAppManifestCheck/v1']),
    );
  });

  test('a clean run is an empty list', () => {
    expect(issuesOf(withFindings([]))).toEqual([]);
  });
});
