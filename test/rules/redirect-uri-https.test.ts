import { redirectUriHttps } from '../../src/rules/redirect-uri-https.js';
import { ruleTable } from './ruleTable.js';

ruleTable(redirectUriHttps, {
  valid: [
    {
      name: 'https redirect URIs',
      text: `{"client_name": "com.a.b", "redirect_uris": ["https://a.example/cb", "HTTPS://b.example/cb"]}`,
    },
    { name: 'no redirect URIs', text: `client_name: com.a.b\n` },
    {
      name: 'redirect_uris of the wrong type (the schema reports it)',
      text: `{"client_name": "com.a.b", "redirect_uris": "http://a.example"}`,
    },
    {
      name: 'loopback allowed by option',
      text: `{"client_name": "x", "redirect_uris": ["http://127.0.0.1:8080/cb", "http://[::1]/cb", "http://localhost:3000"]}`,
      options: { allowLoopback: true },
    },
  ],
  invalid: [
    {
      name: 'plain http in JSON',
      text: `
        {
          "client_name": "com.a.b",
          "redirect_uris": ["https://ok.example/cb", "http://a.example/cb"]
        }`,
      expected: [
        {
          pointer: '/redirect_uris/1',
          line: 3,
          column: 46,
          endLine: 3,
          endColumn: 67,
          message: 'uses http:, not https:',
        },
      ],
    },
    {
      name: 'plain http in YAML, with placeholders',
      text: `
        client_name: com.a.b
        redirect_uris:
          - http://{YOUR_APPLICATION_DOMAIN}/{CALLBACK_PATH}
          - https://ok.example/cb
          - ftp://x.example/`,
      expected: [
        { pointer: '/redirect_uris/0', line: 3, column: 5, endLine: 3, endColumn: 53 },
        { pointer: '/redirect_uris/2', line: 5, column: 5, endLine: 5, endColumn: 21, message: 'uses ftp:' },
      ],
    },
    {
      name: 'a relative URI',
      text: `{"client_name": "x", "redirect_uris": ["/callback"]}`,
      expected: [
        {
          pointer: '/redirect_uris/0',
          line: 1,
          column: 40,
          endLine: 1,
          endColumn: 51,
          message: 'not an absolute https URI',
        },
      ],
    },
    {
      name: 'loopback refused by default',
      text: `
        client_name: x
        redirect_uris: [http://127.0.0.1:8080/cb]`,
      expected: [{ pointer: '/redirect_uris/0', line: 2, column: 17, endLine: 2, endColumn: 41 }],
    },
    {
      name: 'a host that only starts like loopback is not loopback',
      text: `{"client_name": "x", "redirect_uris": ["http://localhost.evil.example/cb", "http://127.0.0.1.evil.example/"]}`,
      options: { allowLoopback: true },
      expected: [
        { pointer: '/redirect_uris/0', line: 1, column: 40, endLine: 1, endColumn: 74 },
        { pointer: '/redirect_uris/1', line: 1, column: 76, endLine: 1, endColumn: 108 },
      ],
    },
    {
      name: 'http is offered https, never fixed; other schemes are offered nothing',
      text: `
        client_name: x
        redirect_uris:
          - "http://a.example/cb" # main
          - ftp://a.example/cb`,
      expected: [
        {
          pointer: '/redirect_uris/0',
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 26,
          fix: null,
          suggestions: [
            {
              description: 'Use https',
              output: `
                client_name: x
                redirect_uris:
                  - "https://a.example/cb" # main
                  - ftp://a.example/cb`,
            },
          ],
        },
        { pointer: '/redirect_uris/1', line: 4, column: 5, endLine: 4, endColumn: 23, fix: null, suggestions: [] },
      ],
    },
    {
      name: 'a URI with a password gets no suggestion (the edit would print it)',
      text: `{"client_name": "x", "redirect_uris": ["http://user:hunter2-pw@a.example/cb"]}`,
      expected: [{ pointer: '/redirect_uris/0', line: 1, column: 40, endLine: 1, endColumn: 77, suggestions: [] }],
    },
  ],
});
