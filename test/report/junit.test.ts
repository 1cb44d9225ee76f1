import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import type { Finding } from '../../src/core/types.js';
import { toJunit } from '../../src/report/junit.js';
import { xmlRepresentable } from '../../src/report/xmlEscape.js';
import { context, readReportFixture, result, withFindings } from '../support/reportResult.js';
import { canonical, fromCanonical, xmlErrors, xpath } from '../support/xmllint.js';

const xsd = readReportFixture('junit.xsd');
const xml = toJunit(result, context);

describe('junit', () => {
  test('valid against the JUnit schema test-report readers share, and the schema is not vacuous', async () => {
    expect(await xmlErrors(xml, xsd)).toEqual([]);
    expect(await xmlErrors(xml.replace('<testcase name="schema"', '<testcase'), xsd)).not.toEqual([]);
    expect(await xmlErrors(xml.replace('failures="2"', 'failures="two"'), xsd)).not.toEqual([]);
  });

  test.each([
    ['the run counts every test case', '/testsuites/@tests = count(//testcase)'],
    ['the run counts every failed case', '/testsuites/@failures = count(//testcase[failure])'],
    ['no suite miscounts its cases', 'count(//testsuite[@tests != count(testcase)]) = 0'],
    ['no suite miscounts its failures', 'count(//testsuite[@failures != count(testcase[failure])]) = 0'],
    ['no suite miscounts its skipped cases', 'count(//testsuite[@skipped != count(testcase[skipped])]) = 0'],
    ['no case both fails and is skipped', 'count(//testcase[failure and skipped]) = 0'],
  ])('%s', async (_name, expression) => {
    expect(await xpath(xml, expression)).toBe('true');
  });

  test('a suite per file: each manifest, the skipped file, and the skipped rules under the tool', async () => {
    const names = [...(await canonical(xml)).matchAll(/<testsuite [^>]*?name="([^"]*)"/g)].map((m) => m[1]);
    expect(names).toEqual([
      'apps/a.json',
      'apps/b|c.yaml',
      'apps/clean.json',
      'apps/link.json',
      'lp-app-manifest-check',
    ]);
  });

  test.each([
    // [suite, case, what the case holds]
    ['apps/a.json', 'schema', 'failure[@type="error"]'],
    ['apps/a.json', 'redirect-uri-https', 'failure[@type="error"]'],
    ['apps/b|c.yaml', 'client-name-format', 'failure[@type="warning"]'],
    ['apps/b|c.yaml', 'server-assigned-field', 'system-out and not(failure) and not(skipped)'],
    ['apps/b|c.yaml', 'scope-supported', 'skipped[@message="suppressed: legacy app, ticket APP-12"] and not(failure)'],
    ['apps/b|c.yaml', 'acme/display-name-prefix', 'failure[@type="error"]'],
    ['apps/clean.json', 'apps/clean.json', 'not(*)'],
    ['apps/link.json', 'apps/link.json', 'skipped[@message="symlink points outside the root; not read"]'],
    ['lp-app-manifest-check', 'logo-fetch', 'skipped[@message="offline"]'],
  ])('in %s, the case %s holds %s', async (suite, name, holds) => {
    expect(await xpath(xml, `boolean(//testsuite[@name="${suite}"]/testcase[@name="${name}"][${holds}])`)).toBe('true');
  });

  test('a failure names the file, position, severity, message, rule and pointer of each finding of its rule', async () => {
    const twice: Finding[] = [
      result.findings[1],
      { ...result.findings[1], line: 13, pointer: '/redirect_uris/1', severity: 'warning', message: 'second' },
    ];
    const out = toJunit(withFindings(twice), context);
    const failure = '//testcase[@name="redirect-uri-https"]/failure';
    expect(await xpath(out, `string(${failure}/@message)`)).toBe('redirect URI uses http:, not https: (and 1 more)');
    expect(await xpath(out, `string(${failure}/@type)`)).toBe('error');
    expect(await xpath(out, `string(${failure})`)).toBe(
      [
        'apps/a.json:12:5: error redirect URI uses http:, not https: [redirect-uri-https] at /redirect_uris/0',
        'apps/a.json:13:5: warning second [redirect-uri-https] at /redirect_uris/1',
      ].join('\n'),
    );
  });

  test('for any findings: valid, counts that agree, and each error or warning in exactly one failure', async () => {
    const files = ['a.json', 'b.yaml', 'c.json'];
    const finding = fc.record({
      file: fc.constantFrom(...files, 'broken.json'),
      ruleId: fc.constantFrom('schema', 'redirect-uri-https', 'acme/display-name-prefix'),
      severity: fc.constantFrom('error' as const, 'warning' as const, 'notice' as const),
      suppressed: fc.boolean(),
      line: fc.integer({ min: 1, max: 99 }),
    });
    const invariants = [
      '/testsuites/@tests = count(//testcase)',
      '/testsuites/@failures = count(//testcase[failure])',
      'count(//testsuite[@tests != count(testcase)]) = 0',
      'count(//testsuite[@failures != count(testcase[failure])]) = 0',
      'count(//testsuite[@skipped != count(testcase[skipped])]) = 0',
      'count(//testcase[failure and skipped]) = 0',
      'count(//testcase[count(failure) > 1]) = 0',
    ].join(' and ');
    await fc.assert(
      fc.asyncProperty(fc.array(finding, { maxLength: 12 }), fc.subarray(files), async (drawn, skippedFiles) => {
        const findings: Finding[] = drawn.map((f, i) => ({
          ...result.findings[0],
          ...f,
          endLine: f.line,
          message: `message ${i}`,
          suppressed: f.suppressed ? { kind: 'baseline', reason: 'accepted' } : undefined,
        }));
        const out = toJunit(
          {
            manifests: files.map((file) => ({ file, format: 'json' })),
            findings,
            skipped: skippedFiles.map((file) => ({ ruleId: '', file, reason: 'not read' })),
          },
          context,
        );
        expect(await xmlErrors(out, xsd)).toEqual([]);
        expect(await xpath(out, `boolean(${invariants})`)).toBe('true');
        const failed = [...(await canonical(out)).matchAll(/<failure [^>]*>([^<]*)<\/failure>/g)]
          .flatMap((m) => m[1].split('\n'))
          .map((line) => /message \d+/.exec(line)![0])
          .sort();
        const failing = findings.filter((f) => !f.suppressed && f.severity !== 'notice').map((f) => f.message);
        expect(failed).toEqual(failing.sort());
        // Every manifest, file with findings and skipped file has its suite.
        const suites = Number(await xpath(out, 'count(//testsuite[@file])'));
        expect(suites).toBe(new Set([...files, ...findings.map((f) => f.file)]).size);
      }),
      { numRuns: 8 },
    );
  });

  test('hostile file names, messages and reasons are read back as written, and the report stays valid', async () => {
    const text = fc.string({
      unit: fc.oneof(
        fc.constantFrom('&', '<', '>', '"', "'", ']]>', '\n', '\r', '\t', '\u0000', '\u001b', '\ud800', '\udfff', '😀'),
        fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp)),
      ),
      minLength: 1,
      maxLength: 30,
    });
    await fc.assert(
      fc.asyncProperty(text, text, text, async (file, message, reason) => {
        const hostile = {
          ...result,
          manifests: [{ file, format: 'json' as const }],
          findings: [{ ...result.findings[0], file, message }],
          skipped: [{ ruleId: '', file: `${file}.skipped`, reason }],
        };
        const out = toJunit(hostile, context);
        expect(await xmlErrors(out, xsd)).toEqual([]);
        const doc = await canonical(out);
        const attribute = (element: string, name: string) =>
          [...doc.matchAll(new RegExp(`<${element} [^>]*?${name}="([^"]*)"`, 'g'))].map((m) => fromCanonical(m[1]));
        expect(attribute('testsuite', 'file')).toEqual([file, `${file}.skipped`].map(xmlRepresentable));
        expect(attribute('failure', 'message')).toEqual([xmlRepresentable(message)]);
        expect(attribute('skipped', 'message')).toEqual([xmlRepresentable(reason)]);
      }),
      { numRuns: 10 },
    );
  });
});
