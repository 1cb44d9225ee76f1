import { quickLaunchEntryUri } from '../../src/rules/quick-launch-entry-uri.js';
import { ruleTable } from './ruleTable.js';

ruleTable(quickLaunchEntryUri, {
  valid: [
    {
      name: 'quick launch with entry',
      text: `{"client_name": "x", "quick_launch_enabled": true, "entry_uri": "https://a.example/"}`,
    },
    { name: 'quick launch off', text: `{"client_name": "x", "quick_launch_enabled": false}` },
    { name: 'a string "true" is the schema\'s business', text: `{"client_name": "x", "quick_launch_enabled": "true"}` },
  ],
  invalid: [
    {
      name: 'JSON',
      text: `
        {
          "client_name": "x",
          "quick_launch_enabled": true
        }`,
      expected: [{ pointer: '/quick_launch_enabled', line: 3, column: 27, endLine: 3, endColumn: 31 }],
    },
    {
      name: 'YAML with an empty entry_uri',
      text: `
        client_name: x
        quick_launch_enabled: true
        entry_uri: ""`,
      expected: [{ pointer: '/quick_launch_enabled', line: 2, column: 23, endLine: 2, endColumn: 27 }],
    },
  ],
});
