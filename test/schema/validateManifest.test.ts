import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { validateManifest } from '../../src/schema/validateManifest.js';
import { unmarked } from '../../src/core/quoted.js';
import schema from '../../schemas/manifest.schema.json' with { type: 'json' };

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const example = (name: string) => JSON.parse(readFileSync(path.join(repo, 'examples', name), 'utf8'));

const brief = (value: unknown) =>
  validateManifest(value).problems.map(({ pointer, keyword, message }) => ({
    pointer,
    keyword,
    message: unmarked(message),
  }));

const engagement = {
  design_engagement: false,
  design_window: false,
  entry_point: ['section'],
  visitor_behavior: ['flow'],
  target_audience: ['geo_location'],
  goal: ['lead'],
  consumer_identity: ['auth'],
  language_selection: false,
};

test('the schema is a valid draft-07 schema under ajv strict mode', () => {
  expect(() => new Ajv({ strict: true, allowUnionTypes: true }).compile(schema)).not.toThrow();
});

test.each(['official/custom-connector.json', 'official/web-application.json', 'good/acme-order-bot.json'])(
  '%s has no schema problem',
  (name) => {
    expect(validateManifest(example(name)).problems).toEqual([]);
  },
);

describe('violations, one problem each, with a message a person understands', () => {
  test.each([
    [
      'missing client_name',
      { display_name: 'x' },
      [{ pointer: '', keyword: 'required', message: 'missing required property "client_name"' }],
    ],
    ['not an object', ['client_name'], [{ pointer: '', keyword: 'type', message: 'must be an object, not an array' }]],
    [
      'unknown top-level property with a suggestion',
      { client_name: 'x', redirect_uri: ['https://a'] },
      [
        {
          pointer: '/redirect_uri',
          keyword: 'additionalProperties',
          message: 'unknown property "redirect_uri"; did you mean "redirect_uris"?',
        },
      ],
    ],
    [
      'unknown property in a webhook',
      {
        client_name: 'x',
        capabilities: { webhooks: { 'cqm.ExConversationChangeNotification': { endpoint: 'https://a', max_retry: 3 } } },
      },
      [
        {
          pointer: '/capabilities/webhooks/cqm.ExConversationChangeNotification/max_retry',
          keyword: 'additionalProperties',
          message: 'unknown property "max_retry"; did you mean "max_retries"?',
        },
      ],
    ],
    [
      'unknown capability',
      { client_name: 'x', capabilities: { webhook: {} } },
      [
        {
          pointer: '/capabilities/webhook',
          keyword: 'additionalProperties',
          message: 'unknown property "webhook"; did you mean "webhooks"?',
        },
      ],
    ],
    [
      'unknown header property: a key under headers may be a credential, so it is not quoted',
      {
        client_name: 'x',
        capabilities: {
          webhooks: {
            'cqm.ExConversationChangeNotification': {
              endpoint: 'https://a',
              headers: [{ header_name: 'a', header_value: 'b', name: 'c' }],
            },
          },
        },
      },
      [
        {
          pointer: '/capabilities/webhooks/cqm.ExConversationChangeNotification/headers/0/name',
          keyword: 'additionalProperties',
          message: 'unknown property (its name is not shown); allowed here: "header_name", "header_value"',
        },
      ],
    ],
    [
      'max_retries as a string and out of range',
      {
        client_name: 'x',
        capabilities: {
          webhooks: {
            'cqm.ExConversationChangeNotification': { endpoint: 'https://a', max_retries: '3' },
            'ms.MessagingEventNotification.ContentEvent': { endpoint: 'https://a', max_retries: 6 },
          },
        },
      },
      [
        {
          pointer: '/capabilities/webhooks/cqm.ExConversationChangeNotification/max_retries',
          keyword: 'type',
          message: 'must be an integer, not a string ("3")',
        },
        {
          pointer: '/capabilities/webhooks/ms.MessagingEventNotification.ContentEvent/max_retries',
          keyword: 'maximum',
          message: 'must be <= 5, not 6',
        },
      ],
    ],
    [
      'a plain-http endpoint',
      {
        client_name: 'x',
        capabilities: { webhooks: { 'cqm.ExConversationChangeNotification': { endpoint: 'http://a.example/' } } },
      },
      [
        {
          pointer: '/capabilities/webhooks/cqm.ExConversationChangeNotification/endpoint',
          keyword: 'pattern',
          message: 'must start with "https://", not "http://a.example/"',
        },
      ],
    ],
    [
      'an unknown event key is not a schema error, but its webhook is still validated',
      { client_name: 'x', capabilities: { webhooks: { 'ms.Whatever': { endpoint: 'https://a', max_retries: -1 } } } },
      [
        {
          pointer: '/capabilities/webhooks/ms.Whatever/max_retries',
          keyword: 'minimum',
          message: 'must be >= 0, not -1',
        },
      ],
    ],
    [
      'retention_time between 1 and 3599',
      {
        client_name: 'x',
        capabilities: { webhooks: { 'ms.Whatever': { endpoint: 'https://a', retry: { retention_time: 60 } } } },
      },
      [
        {
          pointer: '/capabilities/webhooks/ms.Whatever/retry/retention_time',
          keyword: 'minimum',
          message: 'must be >= 3600, not 60',
        },
      ],
    ],
    [
      'a malformed language tag',
      { client_name: 'x', 'client_name#en_US': 'y', 'client_name#ja-JP': 'z' },
      [
        {
          pointer: '/client_name#en_US',
          keyword: 'additionalProperties',
          message: '"client_name#en_US": malformed BCP 47 language tag "en_US" (e.g. client_name#ja-JP)',
        },
      ],
    ],
    [
      'a localized name over 128 characters',
      { client_name: 'x', 'client_name#ja-JP': 'あ'.repeat(129) },
      [{ pointer: '/client_name#ja-JP', keyword: 'maxLength', message: 'is 129 characters long; the maximum is 128' }],
    ],
    [
      'lengths',
      {
        client_name: 'x',
        description: 'd'.repeat(257),
        redirect_uris: ['https://a/' + 'p'.repeat(130)],
        logo_uri: 'https://' + 'l'.repeat(1020),
      },
      [
        { pointer: '/description', keyword: 'maxLength', message: 'is 257 characters long; the maximum is 256' },
        { pointer: '/logo_uri', keyword: 'maxLength', message: 'is 1028 characters long; the maximum is 1024' },
        { pointer: '/redirect_uris/0', keyword: 'maxLength', message: 'is 140 characters long; the maximum is 128' },
      ],
    ],
    [
      'enums with the nearest value',
      { client_name: 'x', grant_types: ['client_credential'], response_types: ['code', 'code'] },
      [
        {
          pointer: '/grant_types/0',
          keyword: 'enum',
          message:
            '"client_credential" is not allowed; must be one of "client_credentials", "authorization_code", "refresh_token" (did you mean "client_credentials"?)',
        },
        {
          pointer: '/response_types/1',
          keyword: 'uniqueItems',
          message: '"code" repeats item 0 (/response_types/0)',
        },
      ],
    ],
    [
      'every repeated redirect URI, each naming the first',
      {
        client_name: 'x',
        redirect_uris: ['https://a.example/cb', 'https://b.example/cb', 'https://a.example/cb', 'https://b.example/cb'],
        grant_types: ['refresh_token', 'authorization_code', 'refresh_token', 'refresh_token'],
      },
      [
        {
          pointer: '/grant_types/2',
          keyword: 'uniqueItems',
          message: '"refresh_token" repeats item 0 (/grant_types/0)',
        },
        {
          pointer: '/grant_types/3',
          keyword: 'uniqueItems',
          message: '"refresh_token" repeats item 0 (/grant_types/0)',
        },
        {
          pointer: '/redirect_uris/2',
          keyword: 'uniqueItems',
          message: '"https://a.example/cb" repeats item 0 (/redirect_uris/0)',
        },
        {
          pointer: '/redirect_uris/3',
          keyword: 'uniqueItems',
          message: '"https://b.example/cb" repeats item 1 (/redirect_uris/1)',
        },
      ],
    ],
    [
      'engagement missing fields',
      { client_name: 'x', capabilities: { engagement: { design_engagement: true } } },
      [
        'design_window',
        'entry_point',
        'visitor_behavior',
        'target_audience',
        'goal',
        'consumer_identity',
        'language_selection',
      ].map((name) => ({
        pointer: '/capabilities/engagement',
        keyword: 'required',
        message: `missing required property "${name}"`,
      })),
    ],
    [
      'target_audience and goal: a string or an array of supported values',
      {
        client_name: 'x',
        capabilities: { engagement: { ...engagement, target_audience: 'ip', goal: ['lead', 'fame'] } },
      },
      [
        {
          pointer: '/capabilities/engagement/goal/1',
          keyword: 'enum',
          message: expect.stringMatching(/^"fame" is not allowed; must be one of "url"/),
        },
      ],
    ],
    [
      'target_audience as a bad string and an empty array',
      {
        client_name: 'x',
        capabilities: { engagement: { ...engagement, target_audience: 'everyone', entry_point: [] } },
      },
      [
        { pointer: '/capabilities/engagement/entry_point', keyword: 'minItems', message: 'must not be empty' },
        {
          pointer: '/capabilities/engagement/target_audience',
          keyword: 'enum',
          message: expect.stringMatching(/^"everyone" is not allowed/),
        },
      ],
    ],
    [
      'server-assigned fields and client_secret are accepted by the schema (rules report them)',
      {
        client_name: 'x',
        id: 1,
        client_id: 'a',
        client_id_issued_at: 1,
        client_secret_expires_at: 0,
        deleted: false,
        client_secret: 's',
        enabled: true,
        enabled_for_profiles: [1, 2],
      },
      [],
    ],
  ])('%s', (_name, value, expected) => {
    const sorted = <T extends { pointer: string }>(list: T[]) =>
      [...list].sort((a, b) => (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0));
    expect(sorted(brief(value))).toEqual(expected);
  });
});

test('secrets are never quoted back', () => {
  const value = {
    client_name: 'x',
    client_secret: 12345678,
    capabilities: {
      webhooks: {
        'ms.X': { endpoint: 'https://a', headers: [{ header_name: 'Authorization', header_value: 987654321 }] },
      },
    },
  };
  const messages = JSON.stringify(validateManifest(value).problems);
  expect(messages).toContain('header_value');
  expect(messages).not.toContain('987654321');
  expect(messages).not.toContain('12345678');
});

test('repeated items past the limit are counted, not described', () => {
  const value = { client_name: 'x', redirect_uris: Array.from({ length: 7 }, () => 'https://a.example/cb') };
  expect(validateManifest(value).problems.map((p) => p.pointer)).toEqual(
    [1, 2, 3, 4, 5, 6].map((i) => `/redirect_uris/${i}`),
  );
  const limited = validateManifest(value, 2);
  expect(limited.problems.map((p) => p.pointer)).toEqual(['/redirect_uris/1', '/redirect_uris/2']);
  expect(limited.undescribed).toBe(4);
});
