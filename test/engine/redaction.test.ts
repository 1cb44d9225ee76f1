/**
 * Secrets are redacted in one place (SECURITY.md, "Secrets"). Random, distinctive secrets planted at every credential
 * place of random, often broken, manifests (JSON and YAML; flow and block; tags, anchors, aliases; truncated or with a
 * stray character) never show in any format's output, nor in the Action's workflow commands other than
 * `::add-mask::`, and the Action masks credentials only, never ordinary words. Plus a table of the redaction step.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { execFile } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYamlText, stringify as toYaml } from 'yaml';
import { check } from '../../src/engine/check.js';
import { builtinRules } from '../../src/rules/index.js';
import { defaultPolicy } from '../../src/policy/loadPolicy.js';
import { reportContext } from '../../src/engine/reportContext.js';
import { FORMATS, formatter, type FormatName } from '../../src/report/index.js';
import type { Formatter } from '../../src/report/types.js';
import { REDACTED, Redaction } from '../../src/engine/redact.js';
import { maskValues } from '../../src/engine/credentials.js';
import { marked, quoted } from '../../src/core/quoted.js';
import { parseSource } from '../../src/parse/parseSource.js';
import type { ManifestFormat } from '../../src/core/types.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const policy = defaultPolicy(builtinRules);
const context = reportContext(builtinRules, { color: false, failOn: 'error' });
const NUM_RUNS = Number(process.env.PROPERTY_RUNS ?? 150);
const TIMEOUT = Math.max(60_000, NUM_RUNS * 400);
const utf8 = (text: string) => new TextEncoder().encode(text);
const parsed = (text: string, format: ManifestFormat = text.trimStart().startsWith('{') ? 'json' : 'yaml') =>
  ({ outcome: parseSource(`x.${format}`, utf8(text), format) }) as const;

describe('the redaction step', () => {
  const E = '/capabilities/webhooks/ms.MessagingEventNotification.ContentEvent';
  const value = {
    client_secret: { nested: 'x' },
    capabilities: {
      webhooks: {
        'ms.MessagingEventNotification.ContentEvent': { headers: [{ header_name: 'a', header_value: 'b', K9: 1 }] },
        other: { headers: { '12345678': 'x' } },
      },
    },
  };
  test.each([
    [
      'a quoted value elsewhere is shown, without the marks',
      [],
      `client_name ${quoted('com.x')} is bad`,
      '/client_name',
      'client_name "com.x" is bad',
    ],
    [
      'a quoted value at client_secret is dropped',
      [],
      `must be ${quoted('hunter2')}`,
      '/client_secret',
      `must be ${REDACTED}`,
    ],
    ['under client_secret, whatever its type', [], `got ${quoted({ k: 'v' })}`, '/client_secret/k', `got ${REDACTED}`],
    ['under a webhook header', [], `not ${quoted('Bearer x')}`, `${E}/headers/0`, `not ${REDACTED}`],
    [
      'headers themselves (a string where a list belongs)',
      [],
      `not ${quoted('Authorization: x')}`,
      `${E}/headers`,
      `not ${REDACTED}`,
    ],
    ['a header_value at any depth', [], `is ${quoted('v')}`, '/x/header_value', `is ${REDACTED}`],
    [
      'a name of the structure is shown even there',
      [],
      `duplicate key ${quoted('header_value')}`,
      `${E}/headers/0/header_value`,
      'duplicate key "header_value"',
    ],
    [
      'a value holding a credential of the file',
      ['Zq7Kd9Lm'],
      `name ${quoted('x-Zq7Kd9Lm-y')}`,
      '/client_name',
      `name ${REDACTED}`,
    ],
    [
      'a piece of a credential (a placeholder of sk_{…})',
      ['sk_{AB12Z}'],
      `placeholder ${quoted('{AB12Z}')}`,
      '/redirect_uris/0',
      `placeholder ${REDACTED}`,
    ],
    [
      'a value cut short that shares six characters with one',
      ['user:pw-Secret-99'],
      `not ${quoted('http://user:pw-Secret-99@host/a/long/path', 20)}`,
      '/logo_uri',
      `not ${REDACTED}`,
    ],
    [
      'a credential with JSON escapes, quoted',
      ['a"b\\c-Zq7K'],
      `is ${quoted('a"b\\c-Zq7K')}`,
      '/description',
      `is ${REDACTED}`,
    ],
    [
      'a raw credential in fixed text (a rule that forgot quoted)',
      ['Zq7Kd9Lm'],
      'internal: Zq7Kd9Lm broke',
      '',
      `internal: ${REDACTED} broke`,
    ],
    [
      'an internal error is marked, so a piece of one is dropped',
      ['Zq7Kd9LmXY'],
      `internal error in rule r: ${marked("reading 'Zq7Kd9'")}`,
      '',
      `internal error in rule r: ${REDACTED}`,
    ],
    [
      'ordinary words are not looked for elsewhere',
      ['support'],
      `name ${quoted('acme-support')} uses support`,
      '/client_name',
      'name "acme-support" uses support',
    ],
    ['short values are not looked for elsewhere', ['ab1'], `name ${quoted('ab1')}`, '/client_name', 'name "ab1"'],
    [
      'a mark inside a value cannot end the span early',
      [],
      `is ${quoted('a\uE001Zq7Kd9Lm')}`,
      '/client_secret',
      `is ${REDACTED}`,
    ],
    ['a span left open runs to the end', [], 'is \uE000"Zq7Kd9Lm', '/client_secret', `is ${REDACTED}`],
  ] as const)('%s', (_name, secrets, message, pointer, expected) => {
    expect(new Redaction(secrets, value).message(message, pointer)).toBe(expected);
  });

  test.each([
    ['a pointer elsewhere is unchanged', [], '/redirect_uris/0', '/redirect_uris/0'],
    ['a key under a header is replaced', [], `${E}/headers/0/K9`, `${E}/headers/0/${REDACTED}`],
    ['indexes and the structure are kept', [], `${E}/headers/0/header_value`, `${E}/headers/0/header_value`],
    [
      'a digit key of an object is a key, not an index',
      [],
      '/capabilities/webhooks/other/headers/12345678',
      `/capabilities/webhooks/other/headers/${REDACTED}`,
    ],
    ['keys under client_secret', [], '/client_secret/nested', `/client_secret/${REDACTED}`],
    ['a raw credential elsewhere', ['Zq7Kd9Lm'], '/x-Zq7Kd9Lm', `/x-${REDACTED}`],
  ] as const)('pointer: %s', (_name, secrets, pointer, expected) => {
    expect(new Redaction(secrets, value).pointer(pointer)).toBe(expected);
  });
});

test('every raw occurrence of a credential is replaced, longest first (the rolling hash agrees with a plain search)', () => {
  const alphabet = fc.constantFrom(...'ab1-');
  fc.assert(
    fc.property(
      fc.array(fc.string({ unit: alphabet, minLength: 6, maxLength: 9 }), { maxLength: 4 }),
      fc.string({ unit: alphabet, maxLength: 60 }),
      (secrets, text) => {
        const sought = secrets.filter((secret) => !/^[A-Za-z]+(?:[ ._/-][A-Za-z]+)*$/.test(secret));
        sought.sort((a, b) => b.length - a.length);
        let expected = '';
        for (let i = 0; i < text.length;) {
          const hit = sought.find((secret) => text.startsWith(secret, i));
          expected += hit ? REDACTED : text[i];
          i += hit ? hit.length : 1;
        }
        expect(new Redaction(secrets).text(text)).toBe(expected);
      },
    ),
    { numRuns: 2000 },
  );
});

describe('masks: credentials only, never ordinary words', () => {
  const webhook = (headers: unknown) =>
    JSON.stringify({
      client_name: 'com.acme.x',
      capabilities: {
        webhooks: { 'cqm.ExConversationChangeNotification': { endpoint: 'https://x.example/', headers } },
      },
    });
  test.each([
    ['a client_secret', '{"client_name": "x", "client_secret": "Zq7Kd9Lm2"}', ['Zq7Kd9Lm2']],
    [
      'a flagged header value and its token',
      webhook([{ header_name: 'Authorization', header_value: 'Bearer Zq7Kd9Lm2' }]),
      ['Bearer Zq7Kd9Lm2', 'Zq7Kd9Lm2'],
    ],
    [
      'a header written as one string',
      webhook(['Authorization: Bearer Zq7Kd9Lm2']),
      ['Authorization: Bearer Zq7Kd9Lm2', 'Bearer Zq7Kd9Lm2', 'Zq7Kd9Lm2'],
    ],
    [
      'a URI password',
      '{"client_name": "x", "redirect_uris": ["https://me:pw%21Zq7Kd9@h.example/cb"]}',
      ['pw%21Zq7Kd9', 'pw!Zq7Kd9'],
    ],
    [
      'a broken JSON file: its client_secret line',
      '{"client_name": "x",\n "client_secret": "Zq7Kd9Lm2",\n "a": ',
      ['Zq7Kd9Lm2'],
    ],
    ['a broken YAML file: a tagged client_secret', 'client_name: x\nclient_secret: !tag Zq7Kd9Lm2\n', ['Zq7Kd9Lm2']],
    [
      'a broken YAML file: an Authorization string',
      'client_name: x\nheaders:\n  - "Authorization: Bearer Zq7Kd9Lm2"\n  x: [\n',
      ['Zq7Kd9Lm2'],
    ],
    ['a broken file: a URI password', '{"logo_uri": "https://u:Zq7Kd9Lm2@h/", x', ['Zq7Kd9Lm2']],
  ])('%s is masked', (_name, text, expected) => {
    const masks = maskValues([parsed(text)]);
    for (const value of expected) expect(masks).toContain(value);
  });

  test.each([
    ['liveperson', 'support', 'application/json', 'acme-support-console', 'Content-Type', 'abc123', 'no-cache'],
  ])('ordinary header values and a client_secret that is a word are never masked (%s …)', (...words) => {
    const headers = words.map((word) => ({ header_name: 'X-Tenant', header_value: word }));
    const texts = [
      webhook(headers),
      ...words.map((word) => JSON.stringify({ client_name: 'x', client_secret: word })),
      ...words.map((word) => `client_name: x\nclient_secret: ${word}\nbroken: [\n`),
      webhook([{ header_name: 'Authorization', header_value: '${{ secrets.WEBHOOK_TOKEN }}' }]),
    ];
    expect(maskValues(texts.map((text) => parsed(text)))).toEqual([]);
  });
});

/** Upper-case letters that are not hex digits, and digits: every 6-character piece of a token holds both, so none can
 * appear by chance in a report (words, numbers, hex fingerprints). */
const LETTERS = [...'GHJKLMNPQRSTUVWXYZ'];
const tokenArb = fc
  .array(fc.tuple(fc.constantFrom(...LETTERS), fc.constantFrom(...LETTERS), fc.integer({ min: 0, max: 9 })), {
    minLength: 3,
    maxLength: 7,
  })
  .map((groups) => groups.map(([a, b, d]) => `${a}${b}${d}`).join(''));

/** How a secret is written: its token alone or inside the usual shapes of credentials. */
const shapes: ReadonlyArray<(token: string) => string> = [
  (t) => t,
  (t) => `Bearer ${t}`,
  (t) => `sk_{${t}}`,
  (t) => `Authorization: Bearer ${t}`,
  (t) => `https://user:${t}@example.com/cb`,
  (t) => `a"b\\${t}`,
  (t) => `${t}\n${t}`,
  (t) => `{{ ${t} }}`,
];

type Placement = (manifest: Record<string, unknown>, secret: string, token: string) => void;
const EVENTS = ['ms.MessagingEventNotification.ContentEvent', 'cqm.ExConversationChangeNotification', 'ms.Unknown'];
const NAMES = ['Authorization', 'X-Api-Key', 'X-Custom', 'NAME'];
const headersAt = (manifest: Record<string, unknown>, event: string, headers: unknown) => {
  const capabilities = (manifest.capabilities ??= { webhooks: {} }) as { webhooks: Record<string, unknown> };
  capabilities.webhooks[event] = { endpoint: 'https://hook.example/', headers };
};
/** Every credential place, each with the secret in every type it may take there. */
const placements = (event: string, name: string): Placement[] => [
  (m, s) => void (m.client_secret = s),
  (m, s, t) => void (m.client_secret = { [t]: s }),
  (m, s) => void (m.client_secret = [s]),
  (m, s) => headersAt(m, event, [{ header_name: name, header_value: s }]),
  (m, s) => headersAt(m, event, [{ header_name: s, header_value: 'x' }]),
  (m, s) => headersAt(m, event, [s]),
  (m, s) => headersAt(m, event, s),
  (m, s, t) => headersAt(m, event, { [t]: s }),
  (m, _s, t) => headersAt(m, event, [{ header_name: name, header_value: 'x', [t]: 1 }]),
  (m, s) => headersAt(m, event, [{ header_name: name, header_value: 'x', note: s }]),
  (m, s) => headersAt(m, event, [{ header_name: name, header_value: { v: s } }]),
  (m, s) => headersAt(m, event, [{ header_name: name, header_value: [s] }]),
  (m, _s, t) => void (m.redirect_uris = [`http://me:${t}@app.example/cb`]),
  (m, _s, t) => void (m.logo_uri = `https://${t}:x-${t}@cdn.example/l.png`),
  (m, _s, t) => void (m.description = `see ftp://u:${t}@files.example/`),
];

/** Lines of YAML for `client_secret` that only YAML can write: tags, anchors, aliases, bad escapes, open quotes. */
const yamlForms: ReadonlyArray<(token: string) => string> = [
  (t) => `!tag ${t}`,
  (t) => `!${t} x`,
  (t) => `*${t}`,
  (t) => `&${t} x`,
  (t) => `!!binary ${t}`,
  (t) => `"sk_\\q${t}"`,
  (t) => `[${t}`,
  (t) => `'${t}`,
  (t) => `|\n  ${t}`,
];

interface Case {
  format: ManifestFormat;
  text: string;
  tokens: string[];
  damage: unknown;
}

const STRAYS = ['{', '}', '[', ']', '"', "'", ':', ',', '\t', '@', '`', '%', '!', '&', '*', '#', '\\', '\n'];
const baseArb = fc.record({
  client_name: fc.constantFrom('com.acme.app', 'Acme App', 'x'),
  redirect_uris: fc.constantFrom(['https://a.example/cb'], ['http://a.example/{CALLBACK}']),
  scope: fc.constantFrom('msg.consumer', 'bad scope'),
});
const caseArb: fc.Arbitrary<Case> = fc
  .record({
    base: baseArb,
    tokens: fc.uniqueArray(tokenArb, { minLength: 1, maxLength: 3 }),
    picks: fc.array(
      fc.record({
        placement: fc.nat(),
        shape: fc.nat(),
        event: fc.constantFrom(...EVENTS),
        name: fc.constantFrom(...NAMES),
      }),
      { minLength: 3, maxLength: 3 },
    ),
    format: fc.constantFrom<ManifestFormat>('json', 'yaml'),
    style: fc.constantFrom('block', 'flow', 'any'),
    quotes: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'),
    yamlForm: fc.option(fc.nat(), { freq: 2 }),
    damage: fc.oneof(
      fc.constant(undefined),
      fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
      fc.record({
        kind: fc.constant('stray' as const),
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        char: fc.constantFrom(...STRAYS),
      }),
    ),
  })
  .map(({ base, tokens, picks, format, style, quotes, yamlForm, damage }) => {
    const manifest: Record<string, unknown> = { ...base };
    tokens.forEach((token, i) => {
      const pick = picks[i];
      const options = placements(pick.event, pick.name);
      options[pick.placement % options.length](manifest, shapes[pick.shape % shapes.length](token), token);
    });
    let text: string;
    if (format === 'json') {
      text = JSON.stringify(manifest, null, style === 'flow' ? undefined : 2);
    } else {
      // A raw form takes the place of client_secret (a token planted there is then not in the file at all).
      const raw = yamlForm !== null;
      if (raw) delete manifest.client_secret;
      text = toYaml(manifest, {
        collectionStyle: style,
        defaultStringType: quotes as 'PLAIN',
      });
      if (raw) text += `client_secret: ${yamlForms[yamlForm % yamlForms.length](tokens[0])}\n`;
    }
    if (damage) {
      const at = Math.floor(damage.at * text.length);
      text = damage.kind === 'truncate' ? text.slice(0, at) : text.slice(0, at) + damage.char + text.slice(at);
    }
    return { format, text, tokens, damage };
  });

/** Every 6-character piece of each token. */
const piecesOf = (token: string) => Array.from({ length: token.length - 5 }, (_, i) => token.slice(i, i + 6));

/**
 * The oracle, independent of the code under test: the tokens a file (damaged, perhaps) shows outside a credential
 * place once parsed. A stray character can rename `client_secret` or break a URI's userinfo, and a value that is not
 * a credential any more may be quoted; only the other tokens are held to the property.
 */
function exposedTokens(text: string, format: ManifestFormat, tokens: readonly string[]): Set<string> {
  let value: unknown;
  try {
    value = format === 'json' ? JSON.parse(text) : parseYamlText(text, { uniqueKeys: false, logLevel: 'error' });
  } catch {
    return new Set();
  }
  const exposed = new Set<string>();
  const see = (text: string) => {
    const visible = text.replace(/[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#@\s"'<>]+@/g, '');
    for (const token of tokens) if (piecesOf(token).some((piece) => visible.includes(piece))) exposed.add(token);
  };
  const walk = (node: unknown, pathSoFar: string[]): void => {
    const i = pathSoFar.findIndex(
      (s, j) =>
        s === 'client_secret' ||
        s === 'header_value' ||
        (s === 'headers' && pathSoFar.slice(0, j).includes('webhooks')),
    );
    const atCredential = i !== -1;
    if (typeof node === 'string') {
      if (!atCredential) see(node);
    } else if (Array.isArray(node)) {
      node.forEach((item, index) => walk(item, [...pathSoFar, String(index)]));
    } else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        if (!atCredential) see(key);
        walk(child, [...pathSoFar, key]);
      }
    }
  };
  walk(value, []);
  return exposed;
}

/** The tokens held to the property: not exposed by damage, and sharing no piece with one that is. */
function heldTokens(text: string, format: ManifestFormat, tokens: readonly string[]): string[] {
  const exposed = [...exposedTokens(text, format, tokens)];
  return tokens.filter(
    (token) => !exposed.some((other) => other === token || piecesOf(token).some((piece) => other.includes(piece))),
  );
}

/** Where a piece of a token shows in an output, or nothing. */
function leaks(output: string, tokens: readonly string[]): string[] {
  return tokens.flatMap((token) =>
    piecesOf(token)
      .filter((piece) => output.includes(piece))
      .map((piece) => `${piece} of ${token}`),
  );
}

let root: string;
beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'lp-redaction-'));
});
afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

// Every format, loaded one at a time: jest's ESM loader fails concurrent imports of modules that share a dependency.
const formats: Array<[FormatName, Formatter]> = [];
for (const name of FORMATS) formats.push([name, await formatter(name)]);

const tally = { runs: 0, parsed: 0, failed: 0, credentialFindings: 0 };

test(
  'no piece of a planted secret shows in any format',
  async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async ({ format, text, tokens }) => {
        const file = `m.${format}`;
        await fs.writeFile(path.join(root, file), text);
        const run = await check({ root, paths: [file], rules: builtinRules, policy });
        const held = heldTokens(text, format, tokens);
        const outputs = formats.map(([name, format]) => `${name}:\n${format(run.result, context)}`);
        for (const output of outputs) expect(leaks(output, held)).toEqual([]);
        tally.runs++;
        if (run.result.findings.some((f) => f.ruleId === 'parse-error')) tally.failed++;
        else tally.parsed++;
        tally.credentialFindings += run.result.findings.filter((f) =>
          /client_secret|headers|header_value/.test(f.pointer),
        ).length;
      }),
      { numRuns: NUM_RUNS },
    );
    // Not vacuous: files that parse and files that do not, and findings at credential places (observed per run:
    // about a third parse, and half as many findings at credential places as runs).
    expect(tally.parsed).toBeGreaterThan(NUM_RUNS / 8);
    expect(tally.failed).toBeGreaterThan(NUM_RUNS / 4);
    expect(tally.credentialFindings).toBeGreaterThan(NUM_RUNS / 5);
  },
  TIMEOUT,
);

test('the oracle finds every token of an undamaged manifest at a credential place', () => {
  fc.assert(
    fc.property(
      caseArb.filter((c) => c.damage === undefined),
      (c) => expect([...exposedTokens(c.text, c.format, c.tokens)]).toEqual([]),
    ),
    { numRuns: 200 },
  );
});

describe('the Action', () => {
  const action = parseYamlText(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  const samples = fc.sample(caseArb, { numRuns: 6, seed: 1414 });

  test.each(samples.map((c, i) => [i, c] as const))(
    'case %i: no piece of a secret in its workflow commands, summary, outputs or report',
    async (_i, { format, text, tokens }) => {
      const temp = await fs.mkdtemp(path.join(os.tmpdir(), 'lp-redaction-action-'));
      try {
        const workspace = path.join(temp, 'workspace');
        await fs.mkdir(workspace);
        await fs.writeFile(path.join(workspace, `m.${format}`), text);
        const files = {
          event: path.join(temp, 'event.json'),
          output: path.join(temp, 'output.txt'),
          summary: path.join(temp, 'summary.md'),
        };
        await fs.writeFile(files.event, '{}');
        await fs.writeFile(files.output, '');
        await fs.writeFile(files.summary, '');
        const env: Record<string, string> = {
          PATH: process.env.PATH ?? '',
          HOME: temp,
          GITHUB_ACTIONS: 'true',
          GITHUB_WORKSPACE: workspace,
          GITHUB_EVENT_NAME: 'push',
          GITHUB_EVENT_PATH: files.event,
          GITHUB_OUTPUT: files.output,
          GITHUB_STEP_SUMMARY: files.summary,
          RUNNER_TEMP: path.join(temp, 'runner'),
        };
        for (const [name, input] of Object.entries(action.inputs))
          env[`INPUT_${name.toUpperCase()}`] = input.default?.includes('${{') ? '' : (input.default ?? '');
        env.INPUT_OFFLINE = 'true';
        env.INPUT_PATHS = `m.${format}`;
        const { stdout, stderr } = await new Promise<{ stdout: string; stderr: string }>((resolve) => {
          execFile(process.execPath, [path.join(repoRoot, 'dist/index.js')], { cwd: workspace, env }, (_e, out, err) =>
            resolve({ stdout: out, stderr: err }),
          );
        });
        expect(stdout).toMatch(/manifest\(s\)|failing on/);
        const held = heldTokens(text, format, tokens);
        const commands = stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
        const report = await fs.readFile(path.join(temp, 'runner', 'lp-app-manifest-check', 'report.json'), 'utf8');
        for (const output of [
          commands.join('\n'),
          stderr,
          await fs.readFile(files.summary, 'utf8'),
          await fs.readFile(files.output, 'utf8'),
          report,
        ])
          expect(leaks(output, held)).toEqual([]);
      } finally {
        await fs.rm(temp, { recursive: true, force: true });
      }
    },
    30_000,
  );
});
