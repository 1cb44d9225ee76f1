import { grantConsistency } from '../../src/rules/grant-consistency.js';
import { ruleTable } from './ruleTable.js';

ruleTable(grantConsistency, {
  valid: [
    {
      name: 'authorization code with redirect and code',
      text: `{"client_name": "x", "grant_types": ["authorization_code", "refresh_token"], "response_types": ["code"], "redirect_uris": ["https://a.example/cb"]}`,
    },
    {
      name: 'client credentials with response type code (the official connector example)',
      text: `{"client_name": "x", "grant_types": ["client_credentials"], "response_types": ["code"]}`,
    },
    { name: 'no grant_types', text: `client_name: x\nresponse_types: [token]` },
  ],
  invalid: [
    {
      name: 'authorization code without redirect URI or response type, JSON',
      text: `
        {
          "client_name": "x",
          "grant_types": ["authorization_code"]
        }`,
      expected: [
        {
          pointer: '/grant_types',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 16,
          message: 'needs at least one redirect URI',
        },
        {
          pointer: '/grant_types',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 16,
          message: 'needs response type "code"',
        },
      ],
    },
    {
      name: 'refresh token without authorization code, YAML',
      text: `
        client_name: x
        grant_types:
          - client_credentials
          - refresh_token`,
      expected: [
        {
          pointer: '/grant_types',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 12,
          message: '"refresh_token" needs grant type "authorization_code"',
        },
      ],
    },
  ],
});
