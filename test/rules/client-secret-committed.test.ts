import { expect, test } from '@jest/globals';
import { clientSecretCommitted } from '../../src/rules/client-secret-committed.js';
import { ruleTable, runRule } from './ruleTable.js';

ruleTable(clientSecretCommitted, {
  valid: [{ name: 'no secret', text: `{"client_name": "x", "client_id": "abc"}` }],
  invalid: [
    {
      name: 'JSON',
      text: `
        {
          "client_name": "x",
          "client_secret": "abc123"
        }`,
      expected: [{ pointer: '/client_secret', line: 3, column: 3, endLine: 3, endColumn: 18 }],
    },
    {
      name: 'YAML, even when empty',
      text: `
        client_name: x
        client_secret: ""`,
      expected: [{ pointer: '/client_secret', line: 2, column: 1, endLine: 2, endColumn: 14 }],
    },
  ],
});

test('the secret never appears in the message', async () => {
  const findings = await runRule(clientSecretCommitted, {
    name: 's',
    text: `{"client_name": "x", "client_secret": "p4ssw0rd-VALUE"}`,
  });
  expect(JSON.stringify(findings)).not.toContain('p4ssw0rd-VALUE');
});
