import { expect, test } from '@jest/globals';
import fc from 'fast-check';
import { hostOf, uriPublicHost } from '../../src/rules/uri-public-host.js';
import { ruleTable, runRule } from './ruleTable.js';

ruleTable(uriPublicHost, {
  valid: [
    {
      name: 'public names and addresses',
      text: `
        {
          "client_name": "x",
          "redirect_uris": ["https://app.acme.example/cb", "https://8.8.8.8/cb", "https://[2001:4860::8888]/cb"],
          "entry_uri": "https://app.acme.example.com./start",
          "logo_uri": "https://cdn.acme.example/logo.png",
          "capabilities": {"webhooks": {"x.Event": {"endpoint": "https://hooks.acme.example:8443/in"}}}
        }`,
    },
    {
      name: 'http URIs are the scheme rules’ findings; placeholders and templates the placeholder rules’',
      text: `
        client_name: x
        redirect_uris: [http://localhost/cb, "https://{YOUR_APPLICATION_DOMAIN}/cb", https://your/cb]
        entry_uri: https://\${HOST}/start
        logo_uri: ftp://10.0.0.1/logo.png`,
    },
    {
      name: 'loopback redirects admitted by allowLoopback',
      text: `{"client_name": "x", "redirect_uris": ["https://127.0.0.1:8443/cb", "https://[::1]/cb", "https://LOCALHOST./cb"]}`,
      options: { allowLoopback: true },
    },
    {
      name: 'other places than URIs LivePerson calls',
      text: `{"client_name": "x", "description": "dev server: https://localhost:8443/", "x-dev": "https://10.0.0.1/"}`,
    },
    {
      name: 'public hosts with a non-public name in the userinfo, the path or an inner label',
      text: `{"client_name": "x", "redirect_uris": ["https://dev.local@app.example/cb", "https://app.lan.example/a.local", "https://a.arpa.example:8443/cb", "https://x.localhost.example?h=localhost", "https://my-app.example2.example/cb"], "entry_uri": "https://app.example/start", "logo_uri": "https://cdn.example.com./logo.png"}`,
    },
    { name: 'not a URL', text: `{"client_name": "x", "logo_uri": "https://a b/l.png", "entry_uri": "https://"}` },
  ],
  invalid: [
    {
      name: 'loopback, private and link-local addresses and names (JSON)',
      text: `
        {
          "client_name": "x",
          "redirect_uris": ["https://localhost:3000/cb", "https://192.168.1.20/cb"],
          "entry_uri": "https://console.acme.local/start",
          "logo_uri": "https://169.254.169.254/latest/logo.png",
          "capabilities": {"webhooks": {"x.Event": {"endpoint": "https://[fd00::1]:8443/in"}}}
        }`,
      expected: [
        {
          pointer: '/redirect_uris/0',
          line: 3,
          column: 21,
          endLine: 3,
          endColumn: 48,
          message: 'the redirect URI names "localhost", a loopback name: it cannot be reached',
        },
        {
          pointer: '/redirect_uris/1',
          line: 3,
          column: 50,
          endLine: 3,
          endColumn: 75,
          message: '"192.168.1.20", a private address',
        },
        {
          pointer: '/entry_uri',
          line: 4,
          column: 16,
          endLine: 4,
          endColumn: 50,
          message: 'entry_uri names "console.acme.local", a link-local (multicast DNS) name',
        },
        { pointer: '/logo_uri', line: 5, column: 15, endLine: 5, endColumn: 56, message: 'a link-local address' },
        {
          pointer: '/capabilities/webhooks/x.Event/endpoint',
          line: 6,
          column: 57,
          endLine: 6,
          endColumn: 84,
          message: 'the webhook endpoint names "[fd00::1]", a private address',
        },
      ],
    },
    {
      name: 'addresses as the URL parser reads them, private-use names, a single label (YAML)',
      text: `
        client_name: x
        redirect_uris:
          - https://127.1/cb
          - https://0x7f000001/cb
          - https://user:pw@10.1.2.3/cb
          - https://%6cocalhost/cb
          - https://[::ffff:127.0.0.1]/cb
          - https://0/cb
        entry_uri: https://app.corp.internal/start
        logo_uri: https://files/logo.png`,
      expected: [
        {
          pointer: '/redirect_uris/0',
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 21,
          message: '"127.0.0.1", a loopback',
        },
        { pointer: '/redirect_uris/1', line: 4, column: 5, endLine: 4, endColumn: 26, message: '"127.0.0.1"' },
        { pointer: '/redirect_uris/2', line: 5, column: 5, endLine: 5, endColumn: 32, message: '"10.1.2.3"' },
        // The hosts below share a piece (`example`) with the credential `a.example:1`: quoted, they are redacted.
        { pointer: '/redirect_uris/3', line: 6, column: 5, endLine: 6, endColumn: 27, message: '"localhost"' },
        { pointer: '/redirect_uris/4', line: 7, column: 5, endLine: 7, endColumn: 34, message: 'a loopback address' },
        {
          pointer: '/redirect_uris/5',
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 17,
          message: 'an unspecified address',
        },
        { pointer: '/entry_uri', line: 9, column: 12, endLine: 9, endColumn: 43, message: 'a private-use name' },
        { pointer: '/logo_uri', line: 10, column: 11, endLine: 10, endColumn: 33, message: 'a single-label name' },
      ],
    },
    {
      name: 'the host is after the last @ and before a port, ? # or \\; upper case and .home.arpa are judged',
      text: `
        client_name: x
        redirect_uris:
          - https://localhost@a.corp/cb
          - https://a.example:1@dev.lan:8443/cb
          - https://printer.home.arpa/cb
          - https://app.example.localhost?x=1
          - https://app.example.local#f
          - https://app.example.internal\\cb
        entry_uri: https://app.example.LAN/start`,
      expected: [
        { pointer: '/redirect_uris/0', line: 3, column: 5, endLine: 3, endColumn: 32, message: '"a.corp", a private' },
        { pointer: '/redirect_uris/1', line: 4, column: 5, endLine: 4, endColumn: 40, message: '"dev.lan", a private' },
        { pointer: '/redirect_uris/2', line: 5, column: 5, endLine: 5, endColumn: 33, message: 'a home-network name' },
        { pointer: '/redirect_uris/3', line: 6, column: 5, endLine: 6, endColumn: 38, message: 'a loopback name' },
        { pointer: '/redirect_uris/4', line: 7, column: 5, endLine: 7, endColumn: 32, message: 'a link-local' },
        {
          pointer: '/redirect_uris/5',
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 36,
          message: 'a private-use name',
        },
        {
          pointer: '/entry_uri',
          line: 9,
          column: 12,
          endLine: 9,
          endColumn: 41,
          message: 'a private-use name',
        },
      ],
    },
    {
      name: 'allowLoopback admits loopback redirects only: not other places, not other loopback addresses',
      options: { allowLoopback: true },
      text: `
        client_name: x
        redirect_uris: [https://127.0.0.2/cb, https://dev.localhost/cb]
        entry_uri: https://localhost/start`,
      expected: [
        { pointer: '/redirect_uris/0', line: 2, column: 17, endLine: 2, endColumn: 37 },
        { pointer: '/redirect_uris/1', line: 2, column: 39, endLine: 2, endColumn: 63 },
        { pointer: '/entry_uri', line: 3, column: 12, endLine: 3, endColumn: 35 },
      ],
    },
  ],
});

/** Hosts as people write them: names of letters, digits and hyphens, numbers, IPv4 and IPv6 literals, odd spellings. */
const label = fc.stringMatching(/^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,8}[a-zA-Z0-9])?$/);
const hostArb = fc.oneof(
  fc.array(label, { minLength: 1, maxLength: 4 }).map((labels) => labels.join('.')),
  fc.array(label, { minLength: 1, maxLength: 3 }).map((labels) => `${labels.join('.')}.`),
  fc.ipV4(),
  fc.ipV4Extended(),
  fc.ipV6().map((address) => `[${address}]`),
  fc.nat().map(String),
  fc.constantFrom(
    'LocalHost',
    'a.LOCAL',
    '%6cocalhost',
    'ｌｏｃａｌｈｏｓｔ',
    '127.1',
    '0x7f.1',
    '0',
    'xn--nxasmq6b.example',
  ),
);

test('the host is what the WHATWG URL parser reads, with or without the parser', () => {
  fc.assert(
    fc.property(
      hostArb,
      fc.constantFrom('', ':8443', ':'),
      fc.constantFrom('', 'u:p@', 'a@b:c@', ':@'),
      fc.constantFrom('/cb', '', '?q=a@b', '#f', '\\cb', '/a:b@c'),
      fc.constantFrom('https://', 'HTTPS://', ' https://', 'https:\\\\'),
      (host, port, userinfo, rest, scheme) => {
        const uri = `${scheme}${userinfo}${host}${port}${rest}`;
        let expected: string | undefined;
        try {
          expected = new URL(uri).hostname;
        } catch {
          expected = undefined;
        }
        // A host the parser refuses may be judged as written: the schema and the scheme rules report such URIs.
        if (expected !== undefined) expect(hostOf(uri)).toBe(expected);
      },
    ),
    { numRuns: 2000 },
  );
});

test('every spelling of a loopback, private or link-local IPv4 address is reported', async () => {
  const nonPublic = fc.oneof(
    fc.tuple(fc.constant(127), fc.nat(255), fc.nat(255), fc.nat(255)),
    fc.tuple(fc.constant(10), fc.nat(255), fc.nat(255), fc.nat(255)),
    fc.tuple(fc.constant(192), fc.constant(168), fc.nat(255), fc.nat(255)),
    fc.tuple(fc.constant(169), fc.constant(254), fc.nat(255), fc.nat(255)),
    fc.tuple(fc.constant(172), fc.integer({ min: 16, max: 31 }), fc.nat(255), fc.nat(255)),
  );
  const spell = fc.constantFrom(
    (b: number[]) => b.join('.'),
    (b: number[]) => `0x${b.map((x) => x.toString(16).padStart(2, '0')).join('')}`,
    (b: number[]) => String(((b[0] << 24) >>> 0) + (b[1] << 16) + (b[2] << 8) + b[3]),
    (b: number[]) => b.map((x) => `0${x.toString(8)}`).join('.'),
    (b: number[]) => `[::ffff:${b.join('.')}]`,
  );
  await fc.assert(
    fc.asyncProperty(nonPublic, spell, async (bytes, write) => {
      const text = JSON.stringify({ client_name: 'x', logo_uri: `https://${write(bytes)}/logo.png` });
      const findings = await runRule(uriPublicHost, { name: 'p', text });
      expect(findings.map((f) => f.pointer)).toEqual(['/logo_uri']);
    }),
    { numRuns: 200 },
  );
});
