/**
 * The candidate filter may be loose, never blind (SPEC §4): every text whose parsed top level has a client_name key,
 * however the source spells it, or that client-name-missing would report, passes it. The property tests build such
 * texts, check with the real parsers what they mean, and hold the filter to it.
 */
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { mayBeManifest } from '../../src/discover/manifestSniff.js';
import { parseSource } from '../../src/parse/parseSource.js';
import { isManifestValue } from '../../src/engine/evaluate.js';
import { missingClientName } from '../../src/rules/client-name-missing.js';
import type { ManifestFormat } from '../../src/core/types.js';

const bytes = (text: string) => new TextEncoder().encode(text);

/** What the engine would make of the text: a manifest, one client-name-missing reports, or neither. */
function verdict(text: string, format: ManifestFormat): 'manifest' | 'near-miss' | 'other' {
  const outcome = parseSource(`x.${format}`, bytes(text), format);
  if (!outcome.ok) return 'other';
  if (isManifestValue(outcome.document.value)) return 'manifest';
  return missingClientName(outcome.document.value) ? 'near-miss' : 'other';
}

describe('the candidate filter', () => {
  test.each([
    ['{"client\\u005fname": "x"}', 'json', true],
    ['{"\\u0063\\u006C\\u0069ent_name": "x"}', 'json', true],
    ['"client\\x5fname": x', 'yaml', true],
    ['"client\\U0000005fname": x', 'yaml', true],
    ['? "client\\\n  _name"\n: x\n', 'yaml', true],
    ['{"client_nmae": "x", "display_name": "y"}', 'json', true],
    ['clientName: x\n', 'yaml', true],
    ['{"redirect_uris": [], "grant_types": []}', 'json', true],
    ['{"name": "x", "version": "1.0.0"}', 'json', false],
    ['{"path": "C:\\\\temp\\\\file"}', 'json', false],
    ['scripts:\n  build: tsc\n', 'yaml', false],
  ] as const)('%j (%s) passes: %s', (text, format, passes) => {
    expect(mayBeManifest(bytes(text))).toBe(passes);
    // The table's texts mean what the rows say they mean.
    expect(verdict(text, format) !== 'other').toBe(passes);
  });

  /** client_name with each character kept or escaped as JSON or YAML double-quoted scalars allow. */
  const spelled = (escape: 'json' | 'yaml') =>
    fc.array(fc.integer({ min: 0, max: escape === 'json' ? 1 : 3 }), { minLength: 11, maxLength: 11 }).map((ways) =>
      [...'client_name']
        .map((c, i) => {
          const code = c.charCodeAt(0);
          const hex = (n: number) => code.toString(16).padStart(n, '0');
          const upper = (s: string) => (i % 2 === 0 ? s.toUpperCase() : s);
          switch (ways[i]) {
            case 1:
              return `\\u${upper(hex(4))}`;
            case 2:
              return `\\x${upper(hex(2))}`;
            case 3:
              return `\\U${upper(hex(8))}`;
            default:
              return c;
          }
        })
        .join(''),
    );

  test('a client_name key spelled with JSON escapes always passes', () => {
    fc.assert(
      fc.property(spelled('json'), fc.boolean(), (key, first) => {
        const text = first ? `{"${key}": "com.a.b", "d": "\\\\"}` : `{"scope": "msg.consumer",\n  "${key}": "x"}`;
        expect(verdict(text, 'json')).toBe('manifest');
        expect(mayBeManifest(bytes(text))).toBe(true);
      }),
    );
  });

  test('a client_name key spelled with YAML escapes, or split by an escaped line break, always passes', () => {
    fc.assert(
      fc.property(spelled('yaml'), fc.nat(10), fc.nat(4), (key, cut, indent) => {
        const at = Math.min(cut, key.length);
        // An escape sequence is not split: the line break goes before the backslash that starts one.
        const split =
          key.lastIndexOf('\\', at) === -1 || key.slice(0, at).endsWith('\\') ? 0 : key.lastIndexOf('\\', at);
        const broken = split > 0 ? `${key.slice(0, split)}\\\n${' '.repeat(indent + 2)}${key.slice(split)}` : key;
        const text = split > 0 ? `? "${broken}"\n: com.a.b\n` : `"${key}": com.a.b\n`;
        expect(verdict(text, 'yaml')).toBe('manifest');
        expect(mayBeManifest(bytes(text))).toBe(true);
      }),
    );
  });

  test('a misspelt client_name, in any case and separator, passes and is a near miss', () => {
    const variants = fc
      .tuple(
        fc.constantFrom('client_name', 'clientName', 'Client-Name', 'client name', 'CLIENT_NAME'),
        fc.nat(),
        fc.nat(),
      )
      .map(([base, at, letter]) => {
        const position = at % base.length;
        const replacement = 'abcdefghijklmnopqrstuvwxyz'[letter % 26];
        return base.slice(0, position) + replacement + base.slice(position + 1);
      })
      .filter((key) => key !== 'client_name');
    fc.assert(
      fc.property(variants, fc.boolean(), (key, json) => {
        const text = json
          ? `{${JSON.stringify(key)}: "x", "scope": "msg.consumer"}`
          : `${JSON.stringify(key)}: x\nscope: y\n`;
        expect(verdict(text, json ? 'json' : 'yaml')).not.toBe('other');
        expect(mayBeManifest(bytes(text))).toBe(true);
      }),
    );
  });
});
