import { afterAll, beforeAll, expect, test } from '@jest/globals';
import type { Finding, Rule } from '../../src/core/types.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { parseSource } from '../../src/parse/parseSource.js';
import { defaultPolicy } from '../../src/policy/loadPolicy.js';
import { createImageProbe } from '../../src/network/createImageProbe.js';
import { logoDimensions } from '../../src/rules/logo-dimensions.js';
import { logoFetch } from '../../src/rules/logo-fetch.js';
import { startLogoServer, testCa, type LogoServer } from '../support/logoServer.js';

let server: LogoServer;
beforeAll(async () => {
  server = await startLogoServer();
});
afterAll(async () => {
  await server.close();
});

const rules: Rule[] = [logoDimensions, logoFetch];

async function check(
  logos: Record<string, string>,
  options: { offline?: boolean; width?: number } = {},
): Promise<{ findings: Finding[]; skipped: unknown[] }> {
  const files = Object.entries(logos).map(([file, logo]) => {
    const text = file.endsWith('.json')
      ? `{\n  "client_name": "com.a.${file.length}",\n  "logo_uri": "${logo}"\n}\n`
      : `client_name: com.a.b\nlogo_uri: ${logo}\n`;
    return {
      file,
      format: file.endsWith('.json') ? ('json' as const) : ('yaml' as const),
      explicit: false,
      outcome: parseSource(file, new TextEncoder().encode(text), file.endsWith('.json') ? 'json' : 'yaml'),
    };
  });
  const base = defaultPolicy(rules);
  const policy = options.width
    ? {
        ...base,
        rulesFor: () =>
          new Map(
            [...base.rulesFor('x')].map(([id, s]) => [
              id,
              id === 'logo-dimensions' ? { ...s, options: { width: options.width, height: options.width } } : s,
            ]),
          ),
      }
    : base;
  const network = options.offline
    ? undefined
    : createImageProbe({ timeoutMs: 2000, allowPrivateNetwork: true, ca: testCa });
  const result = await evaluate({ files, rules, policy, network });
  return { findings: result.findings.filter((f) => f.ruleId.startsWith('logo-')), skipped: result.skipped };
}

const brief = (f: Finding) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.message}`;

test('70×70 passes; other sizes fail with the real size, at logo_uri, in JSON and YAML', async () => {
  const { findings } = await check({
    'a.json': `${server.origin}/img/logo-70.png`,
    'b.json': `${server.origin}/img/logo-64.jpg`,
    'c.yaml': `${server.origin}/img/logo-viewbox-64.svg`,
    'd.yaml': `${server.origin}/img/logo-70mm.svg`,
    'e.yaml': `${server.origin}/img/logo-70px.svg`,
  });
  expect(findings.map(brief)).toEqual([
    'b.json:3:15 error logo-dimensions logo is 64×64 px (jpg); it must be 70×70 px',
    'c.yaml:2:11 error logo-dimensions logo is 64×64 px (svg); it must be 70×70 px',
    'd.yaml:2:11 error logo-dimensions logo is 70mm×70mm (not pixels) (svg); it must be 70×70 px',
  ]);
});

test('options width and height', async () => {
  const { findings } = await check({ 'a.json': `${server.origin}/img/logo-64.png` }, { width: 64 });
  expect(findings).toEqual([]);
});

test('a logo that cannot be fetched is a logo-fetch warning with the reason', async () => {
  const { findings } = await check({ 'a.json': `${server.origin}/404`, 'b.yaml': `${server.origin}/html` });
  expect(findings.map(brief)).toEqual([
    'a.json:3:15 warning logo-fetch logo could not be checked: HTTP 404',
    'b.yaml:2:11 warning logo-fetch logo could not be checked: not an image (content-type text/html)',
  ]);
});

test('two manifests with one logo cost one request', async () => {
  const before = server.requests.length;
  await check({ 'a.json': `${server.origin}/img/logo-70.gif`, 'b.yaml': `${server.origin}/img/logo-70.gif` });
  expect(server.requests.length - before).toBe(1);
});

test('offline: the logo rules are skipped and listed, and nothing is fetched', async () => {
  const before = server.connections;
  const { findings, skipped } = await check({ 'a.json': `${server.origin}/img/logo-64.png` }, { offline: true });
  expect(findings).toEqual([]);
  expect(skipped).toEqual([
    { ruleId: 'logo-dimensions', reason: 'offline' },
    { ruleId: 'logo-fetch', reason: 'offline' },
  ]);
  expect(server.connections).toBe(before);
});
