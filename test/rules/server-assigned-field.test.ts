import { serverAssignedField } from '../../src/rules/server-assigned-field.js';
import { ruleTable } from './ruleTable.js';

ruleTable(serverAssignedField, {
  valid: [{ name: 'none', text: `{"client_name": "x"}` }],
  invalid: [
    {
      name: 'client_id and id',
      text: `
        client_name: x
        client_id: 1234-abcd
        id: 42`,
      expected: [
        { pointer: '/client_id', line: 2, column: 1, endLine: 2, endColumn: 10, message: 'assigned by LivePerson' },
        { pointer: '/id', line: 3, column: 1, endLine: 3, endColumn: 3 },
      ],
    },
    {
      name: 'JSON',
      text: `{"client_name": "x", "deleted": false}`,
      expected: [{ pointer: '/deleted', line: 1, column: 22, endLine: 1, endColumn: 31 }],
    },
  ],
});
