import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { toCheckstyle } from '../../src/report/checkstyle.js';
import { xmlRepresentable } from '../../src/report/xmlEscape.js';
import { context, readReportFixture, result } from '../support/reportResult.js';
import { canonical, fromCanonical, xmlErrors } from '../support/xmllint.js';

const xsd = readReportFixture('checkstyle.xsd');

/** Each element's attributes, as libxml2 read them (canonical XML writes attributes in name order, values escaped). */
async function elements(xml: string, name: string): Promise<Array<Record<string, string>>> {
  const doc = await canonical(xml);
  return [...doc.matchAll(new RegExp(`<${name}((?: [a-z]+="[^"]*")*)>`, 'g'))].map((m) =>
    Object.fromEntries([...m[1].matchAll(/ ([a-z]+)="([^"]*)"/g)].map(([, key, value]) => [key, fromCanonical(value)])),
  );
}

describe('checkstyle', () => {
  const xml = toCheckstyle(result, context);

  test('valid against the checkstyle shape reviewdog reads, and the schema is not vacuous', async () => {
    expect(await xmlErrors(xml, xsd)).toEqual([]);
    expect(await xmlErrors(xml.replace('severity="info"', 'severity="notice"'), xsd)).not.toEqual([]);
    expect(await xmlErrors(xml.replace(' line="7"', ''), xsd)).not.toEqual([]);
  });

  test('a file element per manifest; an error per unsuppressed finding, severity in checkstyle terms, rule as source', async () => {
    expect((await elements(xml, 'file')).map((f) => f.name)).toEqual([
      'apps/a.json',
      'apps/b|c.yaml',
      'apps/clean.json',
    ]);
    expect(await elements(xml, 'error')).toEqual(
      result.findings
        .filter((f) => !f.suppressed)
        .map((f) => ({
          line: String(f.line),
          column: String(f.column),
          severity: { error: 'error', warning: 'warning', notice: 'info' }[f.severity],
          message: f.message,
          source: f.ruleId,
        })),
    );
  });

  test('hostile file names and messages are read back as written, and the report stays valid', async () => {
    const text = fc.string({
      unit: fc.oneof(
        fc.constantFrom('&', '<', '>', '"', "'", ']]>', '\n', '\r', '\t', '\u0000', '\u001b', '\ud800', '\udfff', '😀'),
        fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp)),
      ),
      minLength: 1,
      maxLength: 30,
    });
    await fc.assert(
      fc.asyncProperty(text, text, async (file, message) => {
        const out = toCheckstyle({ ...result, findings: [{ ...result.findings[0], file, message }] }, context);
        expect(await xmlErrors(out, xsd)).toEqual([]);
        expect((await elements(out, 'file')).at(-1)).toEqual({ name: xmlRepresentable(file) });
        expect((await elements(out, 'error'))[0].message).toBe(xmlRepresentable(message));
      }),
      { numRuns: 10 },
    );
  });
});
