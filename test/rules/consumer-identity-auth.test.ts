import { consumerIdentityAuth } from '../../src/rules/consumer-identity-auth.js';
import { ruleTable } from './ruleTable.js';

ruleTable(consumerIdentityAuth, {
  valid: [
    {
      name: 'auth only',
      text: `{"client_name": "x", "capabilities": {"engagement": {"consumer_identity": ["auth"]}}}`,
    },
    { name: 'no engagement', text: `{"client_name": "x", "capabilities": {}}` },
    {
      name: 'consumer_identity missing (the schema reports it)',
      text: `{"client_name": "x", "capabilities": {"engagement": {}}}`,
    },
  ],
  invalid: [
    {
      name: 'unauth in JSON',
      text: `
        {
          "client_name": "x",
          "capabilities": {
            "engagement": {
              "consumer_identity": ["auth", "unauth"]
            }
          }
        }`,
      expected: [
        {
          pointer: '/capabilities/engagement/consumer_identity/1',
          line: 5,
          column: 37,
          endLine: 5,
          endColumn: 45,
          message: '"unauth"',
        },
      ],
    },
    {
      name: 'unauth in YAML',
      text: `
        client_name: x
        capabilities:
          engagement:
            consumer_identity:
              - unauth`,
      expected: [
        { pointer: '/capabilities/engagement/consumer_identity/0', line: 5, column: 9, endLine: 5, endColumn: 15 },
      ],
    },
    {
      name: 'empty list points at the list',
      text: `
        client_name: x
        capabilities:
          engagement:
            consumer_identity: []`,
      expected: [
        {
          pointer: '/capabilities/engagement/consumer_identity',
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 22,
          message: 'not empty',
        },
      ],
    },
    {
      name: 'auth only is offered, never fixed (it changes who may use the engagement)',
      text: `
        client_name: x
        capabilities:
          engagement: # the engagement
            consumer_identity: [unauth]`,
      expected: [
        {
          pointer: '/capabilities/engagement/consumer_identity/0',
          line: 4,
          column: 25,
          endLine: 4,
          endColumn: 31,
          fix: null,
          suggestions: [
            {
              description: 'Set consumer_identity to ["auth"]',
              output: `
                client_name: x
                capabilities:
                  engagement: # the engagement
                    consumer_identity: [auth]`,
            },
          ],
        },
      ],
    },
  ],
});
