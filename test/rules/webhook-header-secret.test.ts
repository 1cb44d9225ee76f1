import { expect, test } from '@jest/globals';
import { webhookHeaderSecret } from '../../src/rules/webhook-header-secret.js';
import { ruleTable, runRule } from './ruleTable.js';

/** Column of a header value in the one-line JSON `withHeader` makes. */
const valueColumn = (name: string, value: string) => withHeader(name, value).indexOf(JSON.stringify(value)) + 1;
/** The column just after it. */
const valueEndColumn = (name: string, value: string) => valueColumn(name, value) + JSON.stringify(value).length;

const withHeader = (name: string, value: string) =>
  JSON.stringify({
    client_name: 'x',
    capabilities: {
      webhooks: {
        'ms.MessagingEventNotification.ContentEvent': {
          endpoint: 'https://a.example/',
          headers: [{ header_name: name, header_value: value }],
        },
      },
    },
  });

ruleTable(webhookHeaderSecret, {
  valid: [
    { name: 'the official example header', text: withHeader('NAME', 'VALUE') },
    { name: 'a content type', text: withHeader('Content-Type', 'application/json') },
    { name: 'a tenant name', text: withHeader('X-Acme-Tenant', 'support-team-emea-north') },
    { name: 'a reference to a CI secret', text: withHeader('Authorization', '${{ secrets.WEBHOOK_TOKEN }}') },
    { name: 'an empty credential header', text: withHeader('Authorization', '') },
  ],
  invalid: [
    {
      name: 'bearer token, YAML',
      text: `
        client_name: x
        capabilities:
          webhooks:
            ms.MessagingEventNotification.ContentEvent:
              endpoint: https://a.example/hook
              headers:
                - header_name: Authorization
                  header_value: Bearer abc.def.ghi`,
      expected: [
        {
          pointer: '/capabilities/webhooks/ms.MessagingEventNotification.ContentEvent/headers/0/header_value',
          line: 8,
          column: 25,
          endLine: 8,
          endColumn: 43,
          message: 'an HTTP authentication scheme',
        },
      ],
    },
    {
      name: 'an api key header, JSON',
      text: withHeader('X-Api-Key', 'hunter2'),
      expected: [
        {
          pointer: '/capabilities/webhooks/ms.MessagingEventNotification.ContentEvent/headers/0/header_value',
          line: 1,
          column: valueColumn('X-Api-Key', 'hunter2'),
          endLine: 1,
          endColumn: valueEndColumn('X-Api-Key', 'hunter2'),
          message: 'a credential header name',
        },
      ],
    },
    {
      name: 'a random-looking token under an innocent name',
      text: withHeader('X-Custom', 'q8Zt3LmP0vXw9RkC2bNy7HsJ'),
      expected: [
        {
          pointer: '/capabilities/webhooks/ms.MessagingEventNotification.ContentEvent/headers/0/header_value',
          line: 1,
          column: valueColumn('X-Custom', 'q8Zt3LmP0vXw9RkC2bNy7HsJ'),
          endLine: 1,
          endColumn: valueEndColumn('X-Custom', 'q8Zt3LmP0vXw9RkC2bNy7HsJ'),
          message: 'random-looking',
        },
      ],
    },
    {
      name: 'a known token format',
      text: withHeader('X-Custom', 'ghp_abcdefghijklmnopqrstuvwxyz0123456789'),
      expected: [
        {
          pointer: '/capabilities/webhooks/ms.MessagingEventNotification.ContentEvent/headers/0/header_value',
          line: 1,
          column: valueColumn('X-Custom', 'ghp_abcdefghijklmnopqrstuvwxyz0123456789'),
          endLine: 1,
          endColumn: valueEndColumn('X-Custom', 'ghp_abcdefghijklmnopqrstuvwxyz0123456789'),
          message: 'known token format',
        },
      ],
    },
  ],
});

test('the header value never appears in a message', async () => {
  const secret = 'Bearer sk_live_51HxYzVerySecretValue00';
  const findings = await runRule(webhookHeaderSecret, { name: 'secret', text: withHeader('Authorization', secret) });
  expect(findings).toHaveLength(1);
  expect(JSON.stringify(findings)).not.toContain('sk_live_51HxYzVerySecretValue00');
});
