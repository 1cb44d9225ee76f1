import { redirectUriFragment } from '../../src/rules/redirect-uri-fragment.js';
import { ruleTable } from './ruleTable.js';

ruleTable(redirectUriFragment, {
  valid: [{ name: 'no fragment', text: `{"client_name": "x", "redirect_uris": ["https://a.example/cb?x=1"]}` }],
  invalid: [
    {
      name: 'fragment in JSON',
      text: `{"client_name": "x", "redirect_uris": ["https://a.example/cb#frag"]}`,
      expected: [
        { pointer: '/redirect_uris/0', line: 1, column: 40, endLine: 1, endColumn: 67, message: 'RFC 6749 §3.1.2' },
      ],
    },
    {
      name: 'empty fragment in YAML',
      text: `
        client_name: x
        redirect_uris:
          - https://a.example/cb
          - "https://a.example/cb#"`,
      expected: [{ pointer: '/redirect_uris/1', line: 4, column: 5, endLine: 4, endColumn: 28 }],
    },
  ],
});
