import { uriHttps } from '../../src/rules/uri-https.js';
import { ruleTable } from './ruleTable.js';

ruleTable(uriHttps, {
  valid: [
    {
      name: 'https logo and entry',
      text: `{"client_name": "x", "logo_uri": "https://a.example/l.png", "entry_uri": "https://a.example/"}`,
    },
    { name: 'neither present', text: `client_name: x` },
  ],
  invalid: [
    {
      name: 'http logo and entry in JSON',
      text: `
        {
          "client_name": "x",
          "logo_uri": "http://a.example/l.png",
          "entry_uri": "http://a.example/"
        }`,
      expected: [
        { pointer: '/logo_uri', line: 3, column: 15, endLine: 3, endColumn: 39, message: 'logo_uri uses http:' },
        { pointer: '/entry_uri', line: 4, column: 16, endLine: 4, endColumn: 35, message: 'entry_uri uses http:' },
      ],
    },
    {
      name: 'scheme-less entry in YAML',
      text: `
        client_name: x
        entry_uri: a.example/start`,
      expected: [
        { pointer: '/entry_uri', line: 2, column: 12, endLine: 2, endColumn: 27, message: 'not an absolute https URI' },
      ],
    },
    {
      name: 'http logo in YAML is offered https',
      text: `
        client_name: x
        logo_uri: HTTP://a.example/l.png # 70x70`,
      expected: [
        {
          pointer: '/logo_uri',
          line: 2,
          column: 11,
          endLine: 2,
          endColumn: 33,
          fix: null,
          suggestions: [
            { description: 'Use https', output: 'client_name: x\nlogo_uri: https://a.example/l.png # 70x70' },
          ],
        },
      ],
    },
  ],
});
