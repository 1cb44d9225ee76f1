import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { uriPath } from '../../src/core/uriPath.js';
import { RELATIVE_REF, URI_REFERENCE } from '../support/rfc3986.js';

const BASE = 'https://example.test/repo/';
const ROOT = path.resolve('/srv/repo');

/** What any reader of the report does with the URI: resolve it against the root and decode each segment. */
function resolveBack(uri: string): { file: string; search: string; hash: string; origin: string } {
  const url = new URL(uri, BASE);
  const file = url.pathname.slice(new URL(BASE).pathname.length).split('/').map(decodeURIComponent).join('/');
  return { file, search: url.search, hash: url.hash, origin: url.origin };
}

function expectFaithful(file: string): void {
  const uri = uriPath(file);
  expect(uri).toMatch(URI_REFERENCE);
  // A relative reference, never read as a scheme ("c:/x") or an authority.
  expect(uri).toMatch(RELATIVE_REF);
  expect(resolveBack(uri)).toEqual({ file, search: '', hash: '', origin: new URL(BASE).origin });
  expect(fileURLToPath(new URL(uri, pathToFileURL(ROOT + path.sep)))).toBe(path.join(ROOT, ...file.split('/')));
}

describe('uriPath: a file name as an RFC 3986 relative reference', () => {
  test.each([
    ['apps/a.json', 'apps/a.json'],
    ['a#b.json', 'a%23b.json'],
    ['x?.yaml', 'x%3F.yaml'],
    ['100%.json', '100%25.json'],
    ['%41.json', '%2541.json'],
    ['my app.json', 'my%20app.json'],
    ['apps/[id].json', 'apps/%5Bid%5D.json'],
    ['[::1]/a.json', '%5B%3A%3A1%5D/a.json'],
    ['@scope/app.json', '%40scope/app.json'],
    ['c:/app.json', 'c%3A/app.json'],
    ['mailto:x.json', 'mailto%3Ax.json'],
    ['a/b:c.json', 'a/b%3Ac.json'],
    ['ünï/app.json', '%C3%BCn%C3%AF/app.json'],
    ['emoji/🚀.yaml', 'emoji/%F0%9F%9A%80.yaml'],
    ["it's (1)!*.json", 'it%27s%20%281%29%21%2A.json'],
    ['a+b=c;d,e$&.json', 'a%2Bb%3Dc%3Bd%2Ce%24%26.json'],
    ['back\\slash.json', 'back%5Cslash.json'],
    ['tab\tnew\nline.json', 'tab%09new%0Aline.json'],
    ['..json', '..json'],
    ['.../..a/b../x.json', '.../..a/b../x.json'],
    ['.hidden/~user/x.json', '.hidden/~user/x.json'],
  ])('%j → %s', (file, expected) => {
    expect(uriPath(file)).toBe(expected);
    expectFaithful(file);
  });

  test('any file name, however hostile, resolves back to itself', () => {
    const segment = fc
      .string({ unit: 'binary', minLength: 1, maxLength: 12 })
      .filter((s) => !s.includes('/') && !s.includes('\0') && s !== '.' && s !== '..');
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 4 }), (segments) => {
        expectFaithful(segments.join('/'));
      }),
      { numRuns: 500 },
    );
  });

  test('a name that is not well-formed UTF-16 still gives a valid reference, never an exception', () => {
    const unit = fc.constantFrom('a', '#', '\ud800', '\udfff', '😀', '%');
    fc.assert(
      fc.property(fc.string({ unit, minLength: 1, maxLength: 8 }), (name) => {
        expect(uriPath(name)).toMatch(RELATIVE_REF);
      }),
    );
  });
});

describe('the RFC 3986 oracle itself', () => {
  test.each([
    'a.json',
    'a%23b.json',
    '../x',
    '//host/p',
    'https://u:p@[::1]:8080/p?q=1#f',
    'https://[v1.x]/',
    'urn:a:b',
    '',
  ])('accepts %j', (uri) => {
    expect(uri).toMatch(URI_REFERENCE);
  });

  test.each(['a#b#c', 'a b', '%zz', '100%', 'a[1]', 'https://[::g]/', 'ü', 'a\\b'])('refuses %j', (uri) => {
    expect(uri).not.toMatch(URI_REFERENCE);
  });

  test('"c:/x" is a URI with a scheme, not a relative reference', () => {
    expect('c:/x').toMatch(URI_REFERENCE);
    expect('c:/x').not.toMatch(RELATIVE_REF);
  });
});
