import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { nearestName, onlyCloseName } from '../../src/core/nearestName.js';

const KNOWN = ['id', 'client_name', 'redirect_uris', 'grant_types', 'logo_uri', 'scope', 'scopes'];

describe('nearestName', () => {
  test.each<[string, string | undefined]>([
    ['redirect_uri', 'redirect_uris'],
    ['Client_Name', 'client_name'],
    ['clientname', 'client_name'],
    ['grant_type', 'grant_types'],
    ['logo_url', 'logo_uri'],
    ['ix', 'id'],
    // Every character of the shorter name would change: a rewrite, not a typo.
    ['xz', undefined],
    ['xrd', undefined],
    ['ab', undefined],
    ['redirect', 'redirect_uris'],
    // More than a third of the longer name would change.
    ['client', undefined],
    ['colour_scheme', undefined],
  ])('%p → %p', (name, expected) => {
    expect(nearestName(name, KNOWN)).toBe(expected);
  });

  test('a name that shares no character with any known name is never near one', () => {
    const known = fc.uniqueArray(fc.stringMatching(/^[a-m_]{1,16}$/), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(fc.stringMatching(/^[n-z0-9]{1,16}$/), known, (name, names) => {
        expect(nearestName(name, names)).toBeUndefined();
        expect(onlyCloseName(name, names)).toBeUndefined();
      }),
    );
  });

  test('a name one edit from a known name of four or more characters is near it', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z_]{4,16}$/), fc.nat(), fc.constantFrom('x', 'q'), (known, at, c) => {
        const i = at % known.length;
        const typo = known.slice(0, i) + c + known.slice(i + 1);
        if (typo === known) return;
        expect(nearestName(typo, [known])).toBe(known);
      }),
    );
  });
});

describe('onlyCloseName', () => {
  test.each<[string, string | undefined]>([
    ['redirect_uri', 'redirect_uris'],
    ['clientname', 'client_name'],
    // Close to both scope and scopes: a guess, not a correction.
    ['scoe', undefined],
    ['xz', undefined],
  ])('%p → %p', (name, expected) => {
    expect(onlyCloseName(name, KNOWN)).toBe(expected);
  });
});
