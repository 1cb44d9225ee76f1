import { clientNameFormat } from '../../src/rules/client-name-format.js';
import { ruleTable } from './ruleTable.js';

ruleTable(clientNameFormat, {
  valid: [
    { name: 'the official example', text: `{"client_name": "com.liveperson.MyConnectorApp"}` },
    { name: 'two labels with a hyphen', text: `client_name: io.acme-corp` },
    { name: 'three labels with digits', text: `client_name: com.example.app2` },
  ],
  invalid: [
    {
      name: 'a plain word, JSON',
      text: `{"client_name": "MyConnector"}`,
      expected: [{ pointer: '/client_name', line: 1, column: 17, endLine: 1, endColumn: 30, message: 'reverse-DNS' }],
    },
    {
      name: 'forward DNS with spaces, YAML',
      text: `
        display_name: x
        client_name: My App.com`,
      expected: [{ pointer: '/client_name', line: 2, column: 14, endLine: 2, endColumn: 24 }],
    },
    {
      name: 'a trailing dot',
      text: `{"client_name": "com.example."}`,
      expected: [{ pointer: '/client_name', line: 1, column: 17, endLine: 1, endColumn: 31 }],
    },
  ],
});
