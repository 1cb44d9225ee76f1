import { clientNameUnique } from '../../src/rules/client-name-unique.js';
import { ruleTable } from './ruleTable.js';

ruleTable(clientNameUnique, {
  valid: [
    {
      name: 'different names',
      files: { 'a.json': `{"client_name": "com.a.one"}`, 'b.yaml': `client_name: com.a.two` },
    },
  ],
  invalid: [
    {
      name: 'the later files are reported, naming the first',
      files: {
        'apps/b.yaml': `
          display_name: B
          client_name: com.a.same`,
        'apps/a.json': `{"client_name": "com.a.same"}`,
        'apps/c.json': `
          {
            "client_name": "com.a.same"
          }`,
      },
      expected: [
        {
          file: 'apps/b.yaml',
          pointer: '/client_name',
          line: 2,
          column: 14,
          endLine: 2,
          endColumn: 24,
          message: 'already used by apps/a.json',
        },
        {
          file: 'apps/c.json',
          pointer: '/client_name',
          line: 2,
          column: 18,
          endLine: 2,
          endColumn: 30,
          message: 'already used by apps/a.json',
        },
      ],
    },
  ],
});
