import { expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { placeholderHost } from '../../src/rules/placeholder-host.js';
import { hostsIn, isPlaceholderHost } from '../../src/rules/placeholderHosts.js';
import { ruleTable, runRule } from './ruleTable.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

ruleTable(placeholderHost, {
  valid: [
    {
      name: 'real hosts, and words that only contain a placeholder word',
      text: `
        {
          "client_name": "com.acme.yourstory",
          "description": "Your orders, at your fingertips: https://acme.example/your/orders",
          "redirect_uris": ["https://younger.example/cb", "https://foryou.example/cb", "https://yours.example/cb"],
          "entry_uri": "https://app.acme.example/your",
          "logo_uri": "https://img.icons8.com/acme/70/logo.png"
        }`,
    },
    {
      name: 'template placeholders are unresolved-placeholder’s',
      text: `
        client_name: x
        entry_uri: https://{YOUR_APPLICATION_DOMAIN}/appentry`,
    },
  ],
  invalid: [
    {
      name: 'the official custom connector’s webhook endpoint and logo (JSON)',
      text: `
        {
          "client_name": "x",
          "logo_uri": "https://img.icons8.com/cotton/64/000000/domain.png",
          "capabilities": {
            "webhooks": {
              "ms.MessagingEventNotification.ContentEvent": {"endpoint": "https://your/webhooks/endpoint"}
            }
          }
        }`,
      expected: [
        {
          pointer: '/logo_uri',
          line: 3,
          column: 15,
          endLine: 3,
          endColumn: 67,
          message: "logo_uri is the documentation's sample logo",
        },
        {
          pointer: '/capabilities/webhooks/ms.MessagingEventNotification.ContentEvent/endpoint',
          line: 6,
          column: 66,
          endLine: 6,
          endColumn: 98,
          message: 'the webhook endpoint names the placeholder host "your"',
        },
      ],
    },
    {
      name: 'the forms people write after the documentation, in any case and place (YAML)',
      text: `
        client_name: x
        entry_uri: https://YOUR/appentry
        redirect_uris:
          - https://app.your-domain.com/oauth
          - https://yourapp.example.com:8443/cb
          - https://user@your.server./cb
        description: callbacks go to https://changeme.example/ and https://XXXX.acme.example/`,
      expected: [
        { pointer: '/entry_uri', line: 2, column: 12, endLine: 2, endColumn: 33, message: '"YOUR"' },
        {
          pointer: '/redirect_uris/0',
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 38,
          message: '"app.your-domain.com"',
        },
        { pointer: '/redirect_uris/1', line: 5, column: 5, endLine: 5, endColumn: 40 },
        { pointer: '/redirect_uris/2', line: 6, column: 5, endLine: 6, endColumn: 33, message: '"your.server."' },
        {
          pointer: '/description',
          line: 7,
          column: 14,
          endLine: 7,
          endColumn: 86,
          message: 'the value names the placeholder hosts "changeme.example", "XXXX.acme.example"',
        },
      ],
    },
  ],
});

test.each([
  ['your', true],
  ['YOUR', true],
  ['your-domain.com', true],
  ['yourdomain.com', true],
  ['your_app_server', true],
  ['api.your-company.example', true],
  ['replace-me.example', true],
  ['xxx.example', true],
  ['younger.example', false],
  ['yours.example', false],
  ['yourself.example', false],
  ['app.acme.example', false],
  ['xx.example', false],
])('isPlaceholderHost(%p) is %p', (host, expected) => {
  expect(isPlaceholderHost(host)).toBe(expected);
});

test.each([
  ['https://your/webhooks/endpoint', ['your']],
  ['see https://u:p@Your.Host:8443/x?y and http://[::1]/', ['Your.Host', '[::1]']],
  ['mailto:your@acme.example', []],
])('hostsIn(%p)', (text, hosts) => {
  expect(hostsIn(text)).toEqual(hosts);
});

test('every placeholder URI of the reference document is found', async () => {
  const reference = readFileSync(path.join(repo, 'examples/official/custom-connector.json'), 'utf8');
  const findings = await runRule(placeholderHost, { name: 'official', files: { 'c.json': reference } });
  // Five webhook endpoints and the logo: the {YOUR_APPLICATION_DOMAIN} URIs are unresolved-placeholder's.
  expect(findings.map((f) => f.pointer)).toEqual([
    '/logo_uri',
    ...[
      'ms.MessagingEventNotification.ContentEvent',
      'ms.MessagingEventNotification.RichContentEvent',
      'ms.MessagingEventNotification.AcceptStatusEvent',
      'ms.MessagingEventNotification.ChatStateEvent',
      'cqm.ExConversationChangeNotification',
    ].map((event) => `/capabilities/webhooks/${event}/endpoint`),
  ]);
});

test('a placeholder host in a credential is reported without quoting it', async () => {
  const findings = await runRule(placeholderHost, {
    name: 'c',
    text: `{"client_name": "x", "client_secret": "https://your-tenant.example/Zq7Kd9Lm2"}`,
  });
  expect(findings.map((f) => f.message)).toEqual(['a credential names a placeholder host (the value is not shown)']);
});
