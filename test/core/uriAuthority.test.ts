import { expect, test } from '@jest/globals';
import fc from 'fast-check';
import { uriAuthorities, uriUserinfos } from '../../src/core/uriAuthority.js';

test.each([
  ['https://u:p@h.example/x', ['u:p']],
  ['see https://a.example/ and ftp://me@files.example', ['me']],
  ['https://u:p@ss@h.example/', ['u:p@ss']],
  ["https://u:it's@h.example/", ["u:it's"]],
  ['git+ssh://git@github.com/acme/app', ['git']],
  ['1a://u:p@h', ['u:p']],
  ['mailto:me@acme.example', []],
  ['://u:p@h', []],
  ['9://u:p@h', []],
  ['https://a.example/p?next=u:p@h#x@y', []],
  ['"https://a.example", "x@y"', []],
  ['https://@h.example/', []],
])('uriUserinfos(%p) is %p', (text, expected) => {
  expect(uriUserinfos(text)).toEqual(expected);
});

test('the host and port follow the last @ of the authority', () => {
  expect(uriAuthorities('x https://a@b@[::1]:8443/p y http://h.example:80?q')).toEqual([
    { userinfo: 'a@b', hostPort: '[::1]:8443' },
    { userinfo: undefined, hostPort: 'h.example:80' },
  ]);
});

/** What the redaction found before (a regular expression), which the scan must never find less than. */
const BEFORE = /[A-Za-z][A-Za-z0-9+.-]*:\/\/([^/?#@\s"'<>]+)@/g;

test('every userinfo the former expression found is within one the scan finds', () => {
  const piece = fc.constantFrom(
    'a',
    'Z',
    '9',
    '+',
    '.',
    '-',
    ':',
    '/',
    '//',
    '@',
    '?',
    '#',
    ' ',
    '"',
    "'",
    '<',
    '\\',
    'é',
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
      const text = pieces.join('');
      const found = uriUserinfos(text);
      for (const match of text.matchAll(BEFORE))
        expect(found.some((userinfo) => userinfo === match[1] || userinfo.startsWith(match[1] + '@'))).toBe(true);
    }),
    { numRuns: 5000 },
  );
});

test('a megabyte built against a scheme-by-scheme search is one pass', () => {
  // A regular expression that tried every letter as a scheme's start took a minute for 160 KB of this.
  const half = 'a'.repeat(512 * 1024);
  expect(uriUserinfos(`${half}://${half} @`)).toEqual([]);
  expect(uriUserinfos(`${half}://${'x'.repeat(1000)}@h`)).toEqual(['x'.repeat(1000)]);
  expect(uriAuthorities(`${'a1'.repeat(256 * 1024)}://h`)).toEqual([{ userinfo: undefined, hostPort: 'h' }]);
});
