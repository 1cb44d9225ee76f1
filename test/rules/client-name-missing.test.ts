import { clientNameMissing } from '../../src/rules/client-name-missing.js';
import { ruleTable } from './ruleTable.js';

ruleTable(clientNameMissing, {
  valid: [
    { name: 'a manifest', text: `{"client_name": "com.a.b", "redirect_uris": [], "grant_types": []}` },
    { name: 'a localized name only', text: `'client_name#ja-JP': アプリ` },
    { name: 'some other JSON file', text: `{"name": "x", "version": "1.0.0", "scripts": {}}` },
    { name: 'one manifest-only key is not enough', text: `capabilities: {}\nname: x` },
    { name: 'a key merely like "client"', text: `{"client_id_prefix": "x", "client": "y"}` },
  ],
  invalid: [
    {
      name: 'a misspelt client_name, named',
      text: `
        {
          "client_nmae": "com.a.b",
          "scope": "msg.consumer"
        }`,
      expected: [
        {
          pointer: '/client_nmae',
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 16,
          message: 'did you mean "client_name" instead of "client_nmae"?',
        },
      ],
    },
    {
      name: 'another case and separator',
      text: `
        display_name: D
        Client-Name: com.a.b`,
      expected: [{ pointer: '/Client-Name', line: 2, column: 1, endLine: 2, endColumn: 12 }],
    },
    {
      name: 'keys only manifests have, without a name',
      text: `
        redirect_uris: [https://a.example/cb]
        grant_types: [authorization_code]`,
      expected: [
        {
          pointer: '',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 38,
          message: 'it has "redirect_uris", "grant_types") but has no "client_name" key',
        },
      ],
    },
  ],
});
