import { noImplicitGrant } from '../../src/rules/no-implicit-grant.js';
import { ruleTable } from './ruleTable.js';

ruleTable(noImplicitGrant, {
  valid: [{ name: 'code', text: `{"client_name": "x", "response_types": ["code", "id_token"]}` }],
  invalid: [
    {
      name: 'token and id_token token in JSON',
      text: `{"client_name": "x", "response_types": ["code", "token", "id_token token"]}`,
      expected: [
        { pointer: '/response_types/1', line: 1, column: 49, endLine: 1, endColumn: 56, message: 'RFC 9700 §2.1.2' },
        { pointer: '/response_types/2', line: 1, column: 58, endLine: 1, endColumn: 74 },
      ],
    },
    {
      name: 'token in YAML',
      text: `
        client_name: x
        response_types: [token]`,
      expected: [{ pointer: '/response_types/0', line: 2, column: 18, endLine: 2, endColumn: 23 }],
    },
  ],
});
