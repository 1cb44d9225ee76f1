import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { LookupAddress } from 'node:dns';
import net from 'node:net';
import { createImageProbe, type ImageProbeOptions } from '../../src/network/createImageProbe.js';
import { refusalOf } from '../../src/core/addressPolicy.js';
import { startLogoServer, testCa, type LogoServer } from '../support/logoServer.js';

let server: LogoServer;
beforeAll(async () => {
  server = await startLogoServer();
});
afterAll(async () => {
  await server.close();
});

/** A resolver for the tests' own host names; nothing leaves this machine. */
const NAMES: Record<string, string> = {
  'logo.test': '127.0.0.1',
  'private.test': '10.0.0.5',
  'metadata.test': '169.254.169.254',
  'mapped.test': '::ffff:127.0.0.1',
};
const lookup = ((
  hostname: string,
  _options: unknown,
  callback: (error: Error | null, addresses: LookupAddress[]) => void,
) => {
  const address = NAMES[hostname];
  if (!address) return callback(Object.assign(new Error('not found'), { code: 'ENOTFOUND' }), []);
  callback(null, [{ address, family: address.includes(':') ? 6 : 4 }]);
}) as unknown as ImageProbeOptions['lookup'];

/** The test server stands in for a public host: 127.0.0.1 is allowed, every other special address refused as usual. */
const publicLoopback = (address: string) => (address === '127.0.0.1' ? undefined : refusalOf(address));

const probe = (overrides: Partial<ImageProbeOptions> = {}) =>
  createImageProbe({
    timeoutMs: 2000,
    allowPrivateNetwork: false,
    ca: testCa,
    lookup,
    refuseAddress: publicLoopback,
    ...overrides,
  });
const url = (path: string) => `https://logo.test:${server.port}${path}`;

describe('sizes of real images of each format', () => {
  test.each(['png', 'jpg', 'gif', 'webp', 'ico'])('%s at 70×70 and 64×64', async (format) => {
    const p = probe();
    expect(await p.probeImage(url(`/img/logo-70.${format}`))).toMatchObject({ ok: true, width: 70, height: 70 });
    expect(await p.probeImage(url(`/img/logo-64.${format}`))).toMatchObject({ ok: true, width: 64, height: 64 });
  });

  test.each([
    ['logo-70px.svg', 70, 70, 'px'],
    ['logo-70-unitless.svg', 70, 70, 'px'],
    ['logo-viewbox-70.svg', 70, 70, 'px'],
    ['logo-viewbox-64.svg', 64, 64, 'px'],
    ['logo-70mm.svg', 70, 70, 'mm'],
  ])('%s', async (file, width, height, units) => {
    expect(await probe().probeImage(url(`/img/${file}`))).toMatchObject({
      ok: true,
      width,
      height,
      wUnits: units,
      hUnits: units,
    });
  });
});

describe('what goes wrong is said exactly, never with the body', () => {
  test.each([
    ['/404', 'HTTP 404'],
    ['/html', 'not an image (content-type text/html)'],
    ['/octet-noise', 'not an image (content-type application/octet-stream)'],
    ['/redirect/5', 'too many redirects (more than 3)'],
  ])('%s', async (path, reason) => {
    const result = await probe().probeImage(url(path));
    expect(result).toEqual({ ok: false, reason, url: url(path) });
    expect(JSON.stringify(result)).not.toMatch(/body/);
  });

  test('a redirect chain within the limit is followed', async () => {
    expect(await probe().probeImage(url('/redirect/2'))).toMatchObject({ ok: true, width: 70 });
  });

  test('a server that never answers costs the timeout, not the run', async () => {
    expect(await probe({ timeoutMs: 300 }).probeImage(url('/stall'))).toEqual({
      ok: false,
      reason: 'timed out after 300 ms',
      url: url('/stall'),
    });
  });

  test('plain http, a bad URL and an unknown host', async () => {
    expect((await probe().probeImage(`http://logo.test:${server.port}/img/logo-70.png`)).ok).toBe(false);
    expect(await probe().probeImage(`http://logo.test:${server.port}/img/logo-70.png`)).toMatchObject({
      reason: 'only https is fetched, not http',
    });
    expect(await probe().probeImage('not a url')).toMatchObject({ reason: 'not a valid URL' });
    expect(await probe().probeImage('https://unknown.test/logo.png')).toMatchObject({
      reason: 'host name does not resolve',
    });
  });

  test('a certificate from an unknown CA is a TLS error', async () => {
    expect(await probe({ ca: undefined }).probeImage(url('/img/logo-70.png'))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^TLS error: /),
    });
  });
});

test('a resolver that answers with no address and no error: the host name does not resolve', async () => {
  const empty = ((_hostname: string, _options: unknown, callback: (error: null, addresses: LookupAddress[]) => void) =>
    callback(null, [])) as unknown as ImageProbeOptions['lookup'];
  for (const autoSelectFamily of [false, true]) {
    const previous = net.getDefaultAutoSelectFamily();
    net.setDefaultAutoSelectFamily(autoSelectFamily);
    try {
      expect(await probe({ lookup: empty }).probeImage(url('/img/logo-70.png'))).toMatchObject({
        ok: false,
        reason: 'host name does not resolve',
      });
    } finally {
      net.setDefaultAutoSelectFamily(previous);
    }
  }
});

describe('the network guard', () => {
  test('with private networks refused (the default) not a single byte reaches a loopback server', async () => {
    const before = server.connections;
    const guarded = createImageProbe({ timeoutMs: 2000, allowPrivateNetwork: false, ca: testCa, lookup });
    expect(await guarded.probeImage(url('/img/logo-70.png'))).toMatchObject({
      ok: false,
      reason: 'refused: logo.test resolves to a loopback address (127.0.0.1)',
    });
    expect(await guarded.probeImage(`https://127.0.0.1:${server.port}/img/logo-70.png`)).toMatchObject({
      reason: 'refused: a loopback address (127.0.0.1)',
    });
    expect(await guarded.probeImage(`https://[::ffff:127.0.0.1]:${server.port}/img/logo-70.png`)).toMatchObject({
      reason: 'refused: a loopback address (127.0.0.1)',
    });
    expect(await guarded.probeImage(`https://2130706433:${server.port}/img/logo-70.png`)).toMatchObject({
      reason: 'refused: a loopback address (127.0.0.1)',
    });
    expect(await guarded.probeImage(`https://mapped.test:${server.port}/img/logo-70.png`)).toMatchObject({
      reason: 'refused: mapped.test resolves to a loopback address (127.0.0.1)',
    });
    expect(server.connections).toBe(before);
  });

  test('a host name that resolves to a private or metadata address is refused before connecting', async () => {
    expect(await probe().probeImage('https://private.test/logo.png')).toMatchObject({
      reason: 'refused: private.test resolves to a private address (10.0.0.5)',
    });
    expect(await probe().probeImage('https://metadata.test/latest/meta-data/')).toMatchObject({
      reason: 'refused: metadata.test resolves to a link-local address (169.254.169.254)',
    });
    expect(await probe().probeImage('https://169.254.169.254/latest/meta-data/')).toMatchObject({
      reason: 'refused: a link-local address (169.254.169.254)',
    });
  });

  test('every redirect is checked again', async () => {
    const toPrivate = url(`/redirect-to?${encodeURIComponent('https://private.test/logo.png')}`);
    expect(await probe().probeImage(toPrivate)).toMatchObject({
      ok: false,
      reason: 'refused: private.test resolves to a private address (10.0.0.5)',
    });
    const toLiteral = url(`/redirect-to?${encodeURIComponent('https://[fd00::1]/logo.png')}`);
    expect(await probe().probeImage(toLiteral)).toMatchObject({
      ok: false,
      reason: 'refused: a private address (fd00::1)',
    });
  });

  test('a 50 MiB image: the size is read from the first bytes and the rest is never sent', async () => {
    const before = server.bytesSent;
    expect(await probe().probeImage(url('/huge-png'))).toMatchObject({ ok: true, width: 70, height: 70 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(server.bytesSent - before).toBeLessThan(4 * 1024 * 1024);
  });

  test('50 MiB with no readable size stops at the 1 MiB cap', async () => {
    const before = server.bytesSent;
    expect(await probe().probeImage(url('/huge-jpeg-no-size'))).toMatchObject({
      ok: false,
      reason: 'larger than 1 MiB before its size could be read',
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(server.bytesSent - before).toBeLessThan(4 * 1024 * 1024);
  });
});

describe('one request per URL, bounded concurrency', () => {
  test('the same URL is fetched once however many ask', async () => {
    const p = probe();
    const before = server.requests.length;
    const results = await Promise.all([1, 2, 3].map(() => p.probeImage(url('/img/logo-64.gif'))));
    expect(results.every((r) => r.ok && r.width === 64)).toBe(true);
    expect(server.requests.length - before).toBe(1);
  });

  test('no more than `concurrency` requests at once', async () => {
    const slow = await startLogoServer({ delayMs: 50 });
    const p = createImageProbe({ timeoutMs: 5000, allowPrivateNetwork: true, ca: testCa, concurrency: 3 });
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => p.probeImage(`${slow.origin}/img/logo-70.png?${i}`.replace('?', '#'))),
    );
    void results;
    await slow.close();
    expect(slow.maxInFlight).toBeLessThanOrEqual(3);
    expect(slow.requests.length).toBeGreaterThan(0);
  });
});
