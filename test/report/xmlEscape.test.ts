import { expect, test } from '@jest/globals';
import fc from 'fast-check';
import { xmlAttribute, xmlRepresentable, xmlText } from '../../src/report/xmlEscape.js';
import { canonical, fromCanonical, xmlErrors } from '../support/xmllint.js';

/**
 * The oracle, by code point and not by regular expression: XML 1.0 §2.2 Char, less the C1 controls; anything else
 * (a lone surrogate included) is expected back as a visible `\uXXXX`.
 */
function expected(text: string): string {
  let out = '';
  for (const c of text) {
    const cp = c.codePointAt(0)!;
    const char =
      cp === 0x9 ||
      cp === 0xa ||
      cp === 0xd ||
      (cp >= 0x20 && cp < 0x7f) ||
      (cp > 0x9f && cp <= 0xd7ff) ||
      (cp >= 0xe000 && cp <= 0xfffd) ||
      cp >= 0x10000;
    out += char ? c : `\\u${cp.toString(16).padStart(4, '0')}`;
  }
  return out;
}

/** Strings made of what breaks XML writers, and of any code point (lone surrogates too). */
const hostile = fc.string({
  unit: fc.oneof(
    fc.constantFrom('&', '<', '>', '"', "'", ']]>', '<![CDATA[', '&amp;', '&#10;', '\r', '\n', '\r\n', '\t', ' '),
    fc.constantFrom('\u0000', '\u0008', '\u000b', '\u001b', '\u007f', '\u0085', '\u2028', '\ufffe', '\uffff', '\ufeff'),
    fc.constantFrom('\ud800', '\udbff', '\udc00', '\udfff', '\ud83d', '\ude80', '😀', 'é', 'ß'),
    fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp)),
  ),
  maxLength: 40,
});

test('what an XML reader gets back is the text, with what XML cannot hold made visible', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(hostile, { minLength: 1, maxLength: 80 }), async (texts) => {
      // One document per run: an attribute in either quote and character data for each text.
      const xml = `<r>${texts.map((t) => `<v a="${xmlAttribute(t)}" b='${xmlAttribute(t)}'>${xmlText(t)}</v>`).join('')}</r>`;
      const read = [...(await canonical(xml)).matchAll(/<v a="([^"]*)" b="([^"]*)">([^<]*)<\/v>/g)].map((m) =>
        m.slice(1).map(fromCanonical),
      );
      expect(read).toEqual(texts.map((t) => [expected(t), expected(t), expected(t)]));
    }),
    { numRuns: 20 },
  );
});

test('the escaped forms never hold markup, a CDATA end or a raw line end', () => {
  fc.assert(
    fc.property(hostile, (text) => {
      expect(xmlText(text)).not.toMatch(/[<>]|]]>|\r|&(?!(amp|lt|gt|#13);)/);
      expect(xmlAttribute(text)).not.toMatch(/[<>"'\t\n\r]|&(?!(amp|lt|gt|quot|apos|#9|#10|#13);)/);
      expect(xmlRepresentable(text)).toBe(expected(text));
    }),
    { numRuns: 2000 },
  );
});

test.each([
  ['a CDATA end', 'a]]>b', 'a]]&gt;b'],
  ['both quotes', `"x" 'y'`, `&quot;x&quot; &apos;y&apos;`],
  ['an escape sequence', 'a\u001b[2Jb', 'a\\u001b[2Jb'],
  ['a lone high surrogate', 'a\ud800b', 'a\\ud800b'],
  ['a lone low surrogate at the end', 'a\udc00', 'a\\udc00'],
  ['a surrogate pair', 'a😀', 'a😀'],
  ['a NUL', '\u0000', '\\u0000'],
  ['U+FFFF', '\uffff', '\\uffff'],
  ['line ends', 'a\r\nb\tc', 'a&#13;&#10;b&#9;c'],
])('an attribute with %s', async (_name, text, escaped) => {
  expect(xmlAttribute(text)).toBe(escaped);
  expect(await xmlErrors(`<r a="${xmlAttribute(text)}"/>`)).toEqual([]);
});

test('the oracle is not vacuous: the raw characters are refused by the parser', async () => {
  for (const raw of ['\u0001', '\ud800', '\uffff']) expect(await xmlErrors(`<r a="${raw}"/>`)).not.toEqual([]);
});
