import { webhookEventName } from '../../src/rules/webhook-event-name.js';
import { ruleTable } from './ruleTable.js';

ruleTable(webhookEventName, {
  valid: [
    {
      name: 'all five known events',
      text: `
        client_name: x
        capabilities:
          webhooks:
            ms.MessagingEventNotification.ContentEvent: {endpoint: https://a.example/1}
            ms.MessagingEventNotification.RichContentEvent: {endpoint: https://a.example/2}
            ms.MessagingEventNotification.AcceptStatusEvent: {endpoint: https://a.example/3}
            ms.MessagingEventNotification.ChatStateEvent: {endpoint: https://a.example/4}
            cqm.ExConversationChangeNotification: {endpoint: https://a.example/5}`,
    },
  ],
  invalid: [
    {
      name: "the schema table's name for ExConversationChangeNotification, JSON",
      text: `
        {
          "client_name": "x",
          "capabilities": {
            "webhooks": {
              "ms.MessagingEventNotification.ExConversationChangeNotification": {"endpoint": "https://a.example/"}
            }
          }
        }`,
      expected: [
        {
          pointer: '/capabilities/webhooks/ms.MessagingEventNotification.ExConversationChangeNotification',
          line: 5,
          column: 7,
          endLine: 5,
          endColumn: 71,
          message: 'did you mean "cqm.ExConversationChangeNotification"?',
          fix: `
            {
              "client_name": "x",
              "capabilities": {
                "webhooks": {
                  "cqm.ExConversationChangeNotification": {"endpoint": "https://a.example/"}
                }
              }
            }`,
        },
      ],
    },
    {
      name: 'a case typo and an unknown name, YAML',
      text: `
        client_name: x
        capabilities:
          webhooks:
            ms.MessagingEventNotification.contentevent: {endpoint: https://a.example/1}
            something.Else: {endpoint: https://a.example/2}`,
      expected: [
        {
          pointer: '/capabilities/webhooks/ms.MessagingEventNotification.contentevent',
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 47,
          message: 'did you mean "ms.MessagingEventNotification.ContentEvent"?',
          fix: `
            client_name: x
            capabilities:
              webhooks:
                ms.MessagingEventNotification.ContentEvent: {endpoint: https://a.example/1}
                something.Else: {endpoint: https://a.example/2}`,
        },
        {
          pointer: '/capabilities/webhooks/something.Else',
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 19,
          message: 'known events:',
          fix: null,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a typo in the prefix is a guess: offered, not fixed; comments and quotes stay',
      text: `
        client_name: x
        capabilities:
          webhooks: # events
            'ms.MessagingEvent.ChatStateEvent': {endpoint: https://a.example/1} # typing`,
      expected: [
        {
          pointer: '/capabilities/webhooks/ms.MessagingEvent.ChatStateEvent',
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 39,
          fix: null,
          suggestions: [
            {
              description: 'Rename the event to ms.MessagingEventNotification.ChatStateEvent',
              output: `
                client_name: x
                capabilities:
                  webhooks: # events
                    'ms.MessagingEventNotification.ChatStateEvent': {endpoint: https://a.example/1} # typing`,
            },
          ],
        },
      ],
    },
    {
      name: 'the corrected name is already there: no fix (two webhooks would become one)',
      text: `
        client_name: x
        capabilities:
          webhooks:
            cqm.ExConversationChangeNotification: {endpoint: https://a.example/1}
            CQM.exconversationchangenotification: {endpoint: https://a.example/2}`,
      expected: [
        {
          pointer: '/capabilities/webhooks/CQM.exconversationchangenotification',
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 41,
          fix: null,
        },
      ],
    },
    {
      name: 'casing in a JSON key with an escape',
      text: `{"client_name": "x", "capabilities": {"webhooks": {"ms.MessagingEventNotification.AcceptStatusEVENT": {"endpoint": "https://a.example/\\u0031"}}}}`,
      expected: [
        {
          pointer: '/capabilities/webhooks/ms.MessagingEventNotification.AcceptStatusEVENT',
          line: 1,
          column: 52,
          endLine: 1,
          endColumn: 101,
          fix: `{"client_name": "x", "capabilities": {"webhooks": {"ms.MessagingEventNotification.AcceptStatusEvent": {"endpoint": "https://a.example/\\u0031"}}}}`,
        },
      ],
    },
  ],
});
