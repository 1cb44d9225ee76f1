import { unresolvedPlaceholder } from '../../src/rules/unresolved-placeholder.js';
import { ruleTable } from './ruleTable.js';

ruleTable(unresolvedPlaceholder, {
  valid: [
    {
      name: 'ordinary values and prose',
      text: `{"client_name": "com.a.b", "description": "Answers {questions like this} and <b>bold</b> text; costs $5 (per {1,000} calls)", "redirect_uris": ["https://a.example/cb?state=abc"]}`,
    },
  ],
  invalid: [
    {
      name: 'the official example placeholders, JSON',
      text: `
        {
          "client_name": "x",
          "redirect_uris": [
            "http://{YOUR_APPLICATION_DOMAIN}/{CALLBACK_PATH}"
          ],
          "entry_uri": "https://{YOUR_APPLICATION_DOMAIN}/appentry"
        }`,
      expected: [
        {
          pointer: '/redirect_uris/0',
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 55,
          message: '"{YOUR_APPLICATION_DOMAIN}", "{CALLBACK_PATH}"',
        },
        {
          pointer: '/entry_uri',
          line: 6,
          column: 16,
          endLine: 6,
          endColumn: 60,
          message: '"{YOUR_APPLICATION_DOMAIN}"',
        },
      ],
    },
    {
      name: 'other template syntaxes, YAML',
      text: `
        client_name: x
        display_name: "{{ app_name }}"
        logo_uri: https://\${CDN_HOST}/logo.png
        entry_uri: https://<YOUR_DOMAIN>/start
        capabilities:
          webhooks:
            ms.MessagingEventNotification.ContentEvent:
              endpoint: https://{ host }/hook`,
      expected: [
        { pointer: '/display_name', line: 2, column: 15, endLine: 2, endColumn: 31, message: '{{ app_name }}' },
        { pointer: '/logo_uri', line: 3, column: 11, endLine: 3, endColumn: 39, message: '${CDN_HOST}' },
        { pointer: '/entry_uri', line: 4, column: 12, endLine: 4, endColumn: 39, message: '<YOUR_DOMAIN>' },
        {
          pointer: '/capabilities/webhooks/ms.MessagingEventNotification.ContentEvent/endpoint',
          line: 8,
          column: 17,
          endLine: 8,
          endColumn: 38,
        },
      ],
    },
    {
      name: 'a header value placeholder is reported without quoting it',
      text: `
        client_name: x
        capabilities:
          webhooks:
            ms.MessagingEventNotification.ContentEvent:
              endpoint: https://a.example/hook
              headers:
                - header_name: X-Token
                  header_value: "{SECRET_TOKEN_VALUE}"`,
      expected: [
        {
          pointer: '/capabilities/webhooks/ms.MessagingEventNotification.ContentEvent/headers/0/header_value',
          line: 8,
          column: 25,
          endLine: 8,
          endColumn: 47,
          message: /^a credential holds an unresolved template placeholder \(the value is not shown\)$/,
        },
      ],
    },
  ],
});
