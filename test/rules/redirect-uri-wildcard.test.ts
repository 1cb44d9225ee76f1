import { redirectUriWildcard } from '../../src/rules/redirect-uri-wildcard.js';
import { ruleTable } from './ruleTable.js';

ruleTable(redirectUriWildcard, {
  valid: [{ name: 'exact URIs', text: `{"client_name": "x", "redirect_uris": ["https://a.example/cb"]}` }],
  invalid: [
    {
      name: 'wildcard host in JSON',
      text: `{"client_name": "x", "redirect_uris": ["https://*.example.com/cb"]}`,
      expected: [
        { pointer: '/redirect_uris/0', line: 1, column: 40, endLine: 1, endColumn: 66, message: 'RFC 9700 §4.1.3' },
      ],
    },
    {
      name: 'wildcard path in YAML',
      text: `
        client_name: x
        redirect_uris: ['https://a.example/*']`,
      expected: [{ pointer: '/redirect_uris/0', line: 2, column: 17, endLine: 2, endColumn: 38 }],
    },
  ],
});
