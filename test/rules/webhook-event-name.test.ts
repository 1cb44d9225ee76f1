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
        },
        {
          pointer: '/capabilities/webhooks/something.Else',
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 19,
          message: 'known events:',
        },
      ],
    },
  ],
});
