import { schema } from '../../src/rules/schema.js';
import { ruleTable } from './ruleTable.js';

// The schema stage's certain corrections (src/schema/schemaFixes.ts); its messages are pinned in test/schema.
ruleTable(schema, {
  valid: [],
  invalid: [
    {
      name: 'the one close name, a scalar wrapped where the schema wants a list (JSON)',
      text: `
        {
          "client_name": "x",
          "redirect_uri": "https://a.example/cb"
        }`,
      expected: [
        {
          pointer: '/redirect_uri',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 17,
          message: 'did you mean "redirect_uris"?',
          fix: `
            {
              "client_name": "x",
              "redirect_uris": ["https://a.example/cb"]
            }`,
        },
      ],
    },
    {
      name: 'the one close name, a list kept as it is (YAML block list, comments kept)',
      text: `
        client_name: x
        # where codes go
        redirect_uri: # list
          - https://a.example/cb # first`,
      expected: [
        {
          pointer: '/redirect_uri',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 13,
          fix: `
            client_name: x
            # where codes go
            redirect_uris: # list
              - https://a.example/cb # first`,
        },
      ],
    },
    {
      name: 'two close names: a guess, not fixed',
      text: `{"client_name": "x", "client_ids": "a"}`,
      expected: [{ pointer: '/client_ids', line: 1, column: 22, endLine: 1, endColumn: 34, fix: null }],
    },
    {
      name: 'the close name is already there: not fixed',
      text: `{"client_name": "x", "redirect_uris": ["https://a.example/"], "redirect_uri": "https://b.example/"}`,
      expected: [{ pointer: '/redirect_uri', line: 1, column: 63, endLine: 1, endColumn: 77, fix: null }],
    },
    {
      name: 'a value of an incompatible type: not renamed',
      text: `
        client_name: x
        quick_launch_enable: sure`,
      expected: [{ pointer: '/quick_launch_enable', line: 2, column: 1, endLine: 2, endColumn: 20, fix: null }],
    },
    {
      name: 'a scalar where the schema wants a list of it (flow and block YAML)',
      text: `
        client_name: x
        grant_types: authorization_code # the flow
        enabled_for_profiles: 5`,
      expected: [
        {
          pointer: '/grant_types',
          line: 2,
          column: 14,
          endLine: 2,
          endColumn: 32,
          fix: `
            client_name: x
            grant_types: [authorization_code] # the flow
            enabled_for_profiles: 5`,
        },
        {
          pointer: '/enabled_for_profiles',
          line: 3,
          column: 23,
          endLine: 3,
          endColumn: 24,
          fix: `
            client_name: x
            grant_types: authorization_code # the flow
            enabled_for_profiles: [5]`,
        },
      ],
    },
    {
      name: 'in a flow mapping: a list and a YAML 1.1 boolean',
      text: `
        client_name: x
        capabilities:
          engagement: {design_engagement: off, design_window: false, entry_point: section, visitor_behavior: [flow], target_audience: geo_location, goal: [lead], consumer_identity: [auth], language_selection: false}`,
      expected: [
        {
          pointer: '/capabilities/engagement/design_engagement',
          line: 3,
          column: 35,
          endLine: 3,
          endColumn: 38,
          fix: `
            client_name: x
            capabilities:
              engagement: {design_engagement: false, design_window: false, entry_point: section, visitor_behavior: [flow], target_audience: geo_location, goal: [lead], consumer_identity: [auth], language_selection: false}`,
        },
        {
          pointer: '/capabilities/engagement/entry_point',
          line: 3,
          column: 75,
          endLine: 3,
          endColumn: 82,
          fix: `
            client_name: x
            capabilities:
              engagement: {design_engagement: off, design_window: false, entry_point: [section], visitor_behavior: [flow], target_audience: geo_location, goal: [lead], consumer_identity: [auth], language_selection: false}`,
        },
      ],
    },
    {
      name: 'YAML 1.1 booleans where a boolean belongs; anything else is not guessed',
      text: `
        client_name: x
        quick_launch_enabled: yes # shown
        enabled: 'Off'
        entry_uri: https://a.example/
        deleted: no`,
      expected: [
        {
          pointer: '/quick_launch_enabled',
          line: 2,
          column: 23,
          endLine: 2,
          endColumn: 26,
          fix: `
            client_name: x
            quick_launch_enabled: true # shown
            enabled: 'Off'
            entry_uri: https://a.example/
            deleted: no`,
        },
        {
          pointer: '/enabled',
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 15,
          fix: `
            client_name: x
            quick_launch_enabled: yes # shown
            enabled: false
            entry_uri: https://a.example/
            deleted: no`,
        },
      ],
    },
    {
      name: 'a string that is no boolean is not guessed',
      text: `{"client_name": "x", "enabled": "maybe"}`,
      expected: [{ pointer: '/enabled', line: 1, column: 33, endLine: 1, endColumn: 40, fix: null }],
    },
    {
      name: 'nothing under a credential place is fixed',
      text: `
        client_name: x
        capabilities:
          webhooks:
            cqm.ExConversationChangeNotification:
              endpoint: https://a.example/
              headers:
                - {header_name: A, header_valu: secret-value-1}`,
      expected: [
        {
          pointer: '/capabilities/webhooks/cqm.ExConversationChangeNotification/headers/0',
          line: 7,
          column: 11,
          endLine: 7,
          endColumn: 12,
          message: 'missing required property "header_value"',
          fix: null,
        },
        {
          pointer: '/capabilities/webhooks/cqm.ExConversationChangeNotification/headers/0/[redacted]',
          line: 7,
          column: 28,
          endLine: 7,
          endColumn: 39,
          fix: null,
        },
      ],
    },
  ],
});
