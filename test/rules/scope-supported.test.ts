import { scopeSupported } from '../../src/rules/scope-supported.js';
import { ruleTable } from './ruleTable.js';

ruleTable(scopeSupported, {
  valid: [
    { name: 'msg.consumer', text: `{"client_name": "x", "scope": "msg.consumer"}` },
    {
      name: 'allowed by option',
      text: `scope: msg.consumer faas.lambda.invoke\nclient_name: x`,
      options: { allowed: ['msg.consumer', 'faas.lambda.invoke'] },
    },
  ],
  invalid: [
    {
      name: 'an unknown token, JSON',
      text: `{"client_name": "x", "scope": "msg.consumer msg.consumr openid"}`,
      expected: [
        {
          pointer: '/scope',
          line: 1,
          column: 31,
          endLine: 1,
          endColumn: 64,
          message: 'scope "msg.consumr" is not allowed by the policy; did you mean "msg.consumer"?',
        },
        { pointer: '/scope', line: 1, column: 31, endLine: 1, endColumn: 64, message: 'scope "openid"' },
      ],
    },
    {
      name: 'LivePerson scopes not allowed by the default policy, YAML',
      text: `
        client_name: x
        scope: faas.lambda.invoke`,
      expected: [
        { pointer: '/scope', line: 2, column: 8, endLine: 2, endColumn: 26, message: 'allowed: "msg.consumer"' },
      ],
    },
    {
      name: 'double spaces',
      text: `{"client_name": "x", "scope": "msg.consumer  "}`,
      expected: [{ pointer: '/scope', line: 1, column: 31, endLine: 1, endColumn: 47, message: 'single spaces' }],
    },
  ],
});
