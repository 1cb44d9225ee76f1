import { expect, test } from '@jest/globals';
import fc from 'fast-check';
import { uriCredentials } from '../../src/rules/uri-credentials.js';
import { ruleTable, runRule } from './ruleTable.js';

ruleTable(uriCredentials, {
  valid: [
    {
      name: 'URIs without userinfo',
      text: `
        {
          "client_name": "x",
          "redirect_uris": ["https://a.example/cb"],
          "entry_uri": "https://a.example/start",
          "logo_uri": "https://cdn.example/logo.png",
          "capabilities": {"webhooks": {"cqm.ExConversationChangeNotification": {"endpoint": "https://h.example/x"}}}
        }`,
    },
    {
      name: 'an @ that is not in an authority: e-mail addresses, mailto, paths and queries',
      text: `
        client_name: x
        description: write to support@acme.example or mailto:support@acme.example
        entry_uri: https://a.example/users/@me?next=a@b.example#c@d
        display_name: "@acme"`,
    },
    {
      name: 'an empty userinfo holds no credential',
      text: `{"client_name": "x", "logo_uri": "https://:@a.example/l.png"}`,
    },
  ],
  invalid: [
    {
      name: 'a user and password in a redirect URI (JSON)',
      text: `
        {
          "client_name": "x",
          "redirect_uris": ["https://a.example/cb", "https://me:hunter2@a.example/cb"]
        }`,
      expected: [
        {
          pointer: '/redirect_uris/1',
          line: 3,
          column: 45,
          endLine: 3,
          endColumn: 78,
          message: /^the redirect URI holds a user name and a password in its userinfo/,
        },
      ],
    },
    {
      name: 'a user name alone, a password alone, and a URI in free text (YAML)',
      text: `
        client_name: x
        entry_uri: https://deploy@app.example/start
        capabilities:
          webhooks:
            cqm.ExConversationChangeNotification:
              endpoint: "https://:tok3n@hooks.example/in"
        description: mirror at ftp://u:p@files.example/`,
      expected: [
        {
          pointer: '/entry_uri',
          line: 2,
          column: 12,
          endLine: 2,
          endColumn: 44,
          message: /^entry_uri holds a user name in its userinfo/,
        },
        {
          pointer: '/capabilities/webhooks/cqm.ExConversationChangeNotification/endpoint',
          line: 6,
          column: 17,
          endLine: 6,
          endColumn: 50,
          message: /^the webhook endpoint holds a password in/,
        },
        {
          pointer: '/description',
          line: 7,
          column: 14,
          endLine: 7,
          endColumn: 48,
          message: /^a URI in the value holds a user name and a password/,
        },
      ],
    },
    {
      name: 'a URI nested anywhere, under an unknown property',
      text: `{"client_name": "x", "x-notes": {"links": ["see HTTP://Admin:S3cret@intranet.example"]}}`,
      expected: [{ pointer: '/x-notes/links/0', line: 1, column: 44, endLine: 1, endColumn: 86 }],
    },
  ],
});

/** A credential made of characters a userinfo may hold (RFC 3986 §3.2.1: unreserved, pct-encoded, sub-delims). */
const credentialArb = fc.stringMatching(/^[A-Za-z0-9._~%!$&'()*+,;=-]{6,20}$/);
const placeArb = fc.constantFrom(
  (uri: string) => ({ redirect_uris: [uri] }),
  (uri: string) => ({ entry_uri: uri }),
  (uri: string) => ({ logo_uri: uri }),
  (uri: string) => ({ capabilities: { webhooks: { 'x.Event': { endpoint: uri } } } }),
  (uri: string) => ({ description: `docs at ${uri} (mirror)` }),
  (uri: string) => ({ 'x-extra': [{ deep: uri }] }),
);

test('every user or password in a URI is reported, and no message or pointer shows it', async () => {
  await fc.assert(
    fc.asyncProperty(
      placeArb,
      credentialArb,
      credentialArb,
      fc.constantFrom('user:password', 'user', ':password'),
      fc.constantFrom('https', 'http', 'ftp', 'wss', 'git+ssh'),
      async (place, user, password, form, scheme) => {
        const userinfo = form.replace('user', user).replace('password', password);
        const manifest = { client_name: 'x', ...place(`${scheme}://${userinfo}@host.example:8443/p?q=1`) };
        const findings = await runRule(uriCredentials, { name: 'p', text: JSON.stringify(manifest) });
        expect(findings).toHaveLength(1);
        const shown = JSON.stringify(findings.map((f) => [f.message, f.pointer]));
        for (const secret of form === 'user' ? [user] : form === ':password' ? [password] : [user, password])
          expect(shown).not.toContain(secret);
      },
    ),
    { numRuns: 150 },
  );
});
