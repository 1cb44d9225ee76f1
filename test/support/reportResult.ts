// The report fixture every format's test reads: test/fixtures/report/result.json (a schema error, an http redirect,
// a forged annotation in a client_name, a notice, a suppressed finding, a custom rule's finding, a clean manifest, a
// skipped file and two skipped rules), with the context of the built-in rules and that custom rule.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CheckResult, Finding } from '../../src/core/types.js';
import { builtinRules } from '../../src/rules/index.js';
import { reportContext } from '../../src/engine/reportContext.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/report');

export const readReportFixture = (name: string) => readFileSync(path.join(fixtures, name), 'utf8');

export const result: CheckResult = JSON.parse(readReportFixture('result.json'));

export const customRule = {
  kind: 'manifest' as const,
  meta: {
    id: 'acme/display-name-prefix',
    description: 'display_name must start with "Acme"',
    defaultSeverity: 'error' as const,
  },
  check: () => [],
};

export const context = reportContext([...builtinRules, customRule]);

/** `result` with its findings replaced. */
export const withFindings = (findings: Finding[]): CheckResult => ({ ...result, findings });
