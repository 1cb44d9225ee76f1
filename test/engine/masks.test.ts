import { expect, test } from '@jest/globals';
import { maskValues } from '../../src/engine/credentials.js';
import { parseSource } from '../../src/parse/parseSource.js';

test('the values to mask are found in a manifest with a 300,000-item array (no spread into call arguments)', () => {
  const text = JSON.stringify({
    client_name: 'com.acme.app',
    redirect_uris: new Array(300_000).fill(0),
    client_secret: 'sk_live_9f8e7d6c5b4a',
  });
  const outcome = parseSource('a.json', Buffer.from(text), 'json');
  expect(maskValues([{ outcome }])).toEqual(['sk_live_9f8e7d6c5b4a']);
});
