import http from 'node:http';
import https from 'node:https';
import dns, { type LookupAddress, type LookupOptions } from 'node:dns';
import { Transform, type TransformCallback } from 'node:stream';
import type { ImageProbe } from '../core/types.js';
import { isIpLiteral } from '../core/addressPolicy.js';

export interface FetchOptions {
  timeoutMs: number;
  allowPrivateNetwork: boolean;
  allowHttp: boolean;
  maxRedirects: number;
  maxBytes: number;
  lookup: typeof dns.lookup;
  ca?: string | Buffer;
  userAgent: string;
  /** Why an address may not be connected to, or undefined when it may; see addressPolicy.ts. */
  refuseAddress: (address: string) => string | undefined;
  /** Keep-alive agents shared by the requests of one run; absent, every request has a connection of its own. */
  agents?: { http: http.Agent; https: https.Agent };
}

/**
 * A response whose size is known has the rest of its body (at most this much) read and discarded after the
 * image size is found, so its connection returns to the keep-alive pool instead of being torn down: measured on
 * 200 logos on one host, new TLS connections for each made the run 1.86× the network limit.
 */
const DRAIN_LIMIT = 64 * 1024;

class Refused extends Error {}

/** Follows at most maxRedirects redirects, each one checked again, and reads only as much as the size needs. */
export async function fetchImageSize(url: string, options: FetchOptions): Promise<ImageProbe> {
  let current = url;
  for (let redirects = 0; ; redirects++) {
    const step = await requestOnce(current, options);
    if (step.kind === 'done') return { ...step.probe, url };
    if (redirects >= options.maxRedirects) {
      return { ok: false, url, reason: `too many redirects (more than ${options.maxRedirects})` };
    }
    current = step.location;
  }
}

type Measured =
  | { ok: true; width: number; height: number; type: string; wUnits?: string; hUnits?: string }
  | { ok: false; reason: string };
type Step = { kind: 'done'; probe: Measured } | { kind: 'redirect'; location: string };

function failure(reason: string): Step {
  return { kind: 'done', probe: { ok: false, reason } };
}

function requestOnce(url: string, options: FetchOptions): Promise<Step> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return Promise.resolve(failure('not a valid URL'));
  }
  const isHttps = target.protocol === 'https:';
  if (!isHttps && !(options.allowHttp && target.protocol === 'http:')) {
    return Promise.resolve(
      failure(
        `only ${options.allowHttp ? 'http and https are' : 'https is'} fetched, not ${target.protocol.replace(/:$/, '')}`,
      ),
    );
  }
  if (target.username || target.password) return Promise.resolve(failure('URLs with credentials are not fetched'));
  const hostname = target.hostname.replace(/^\[|\]$/g, '');
  if (!options.allowPrivateNetwork && isIpLiteral(hostname)) {
    const refusal = options.refuseAddress(hostname);
    if (refusal) return Promise.resolve(failure(`refused: ${refusal}`));
  }

  return new Promise<Step>((resolve) => {
    let settled = false;
    const finish = (step: Step, keepConnection = false) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (!keepConnection) request.destroy();
      resolve(step);
    };
    // The address is checked in the lookup the socket connects with, so the address checked is the address used.
    const lookup = (host: string, lookupOptions: LookupOptions, callback: (...args: unknown[]) => void) => {
      options.lookup(
        host,
        { ...lookupOptions, all: true },
        (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => {
          if (error) return callback(error);
          if (!options.allowPrivateNetwork) {
            for (const { address } of addresses) {
              const refusal = options.refuseAddress(address);
              if (refusal) return callback(new Refused(`refused: ${host} resolves to ${refusal}`));
            }
          }
          // A resolver may answer with no address and no error (Node's connect would throw on it): a name that does not
          // resolve, not a crash.
          const [first] = addresses;
          if (!first)
            return callback(Object.assign(new Error(`${host} resolves to no address`), { code: 'ENOTFOUND' }));
          if (lookupOptions.all) return callback(null, addresses);
          return callback(null, first.address, first.family);
        },
      );
    };
    const request = (isHttps ? https : http).request(target, {
      method: 'GET',
      agent: options.agents ? (isHttps ? options.agents.https : options.agents.http) : false,
      lookup: lookup as unknown as typeof dns.lookup,
      headers: { 'user-agent': options.userAgent, accept: 'image/*' },
      ...(isHttps && options.ca ? { ca: options.ca } : {}),
    });
    const timer = setTimeout(() => finish(failure(`timed out after ${options.timeoutMs} ms`)), options.timeoutMs);
    request.on('error', (error) => finish(failure(describeError(error))));
    request.on('response', (response) => {
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && response.headers.location) {
        let location: string;
        try {
          location = new URL(response.headers.location, target).toString();
        } catch {
          return finish(failure(`HTTP ${status} redirect to an invalid URL`));
        }
        return finish({ kind: 'redirect', location });
      }
      if (status !== 200) return finish(failure(`HTTP ${status}`));
      const contentType = String(response.headers['content-type'] ?? '')
        .replace(/;[\s\S]*$/, '')
        .trim()
        .toLowerCase();
      if (/^text\/html|^application\/(json|xhtml)/.test(contentType)) {
        return finish(failure(`not an image (content-type ${contentType})`));
      }
      const capped = response.pipe(new ByteCap(options.maxBytes));
      capped.on('error', () => undefined);
      loadProbe()
        .then((probeStream) => probeStream(capped))
        .then(
          (size) => {
            const length = Number(response.headers['content-length']);
            const drain =
              options.agents !== undefined &&
              (response.complete || (Number.isInteger(length) && length <= DRAIN_LIMIT));
            if (drain) {
              // The rest of a small body is discarded so the connection can be reused; the socket is unreferenced
              // meanwhile, so a server that stalls here cannot keep the run alive.
              response.unpipe(capped);
              response.socket?.unref();
              const drainTimer = setTimeout(() => request.destroy(), options.timeoutMs);
              drainTimer.unref();
              response.once('close', () => clearTimeout(drainTimer));
              response.resume();
            }
            finish(
              {
                kind: 'done',
                probe: {
                  ok: true,
                  width: size.width,
                  height: size.height,
                  type: size.type,
                  wUnits: size.wUnits,
                  hUnits: size.hUnits,
                },
              },
              drain,
            );
          },
          (error: Error) => {
            if (error instanceof TooLarge)
              return finish(failure(`larger than ${formatBytes(options.maxBytes)} before its size could be read`));
            finish(failure(`not an image${contentType ? ` (content-type ${contentType})` : ''}`));
          },
        );
    });
    request.end();
  });
}

class TooLarge extends Error {}

/** Passes at most `limit` bytes, then fails the stream: never more than 1 MiB of a logo is read. */
class ByteCap extends Transform {
  private seen = 0;
  constructor(private readonly limit: number) {
    super();
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.seen += chunk.length;
    if (this.seen > this.limit) return callback(new TooLarge());
    callback(null, chunk);
  }
}

function formatBytes(bytes: number): string {
  return bytes % 1_048_576 === 0 ? `${bytes / 1_048_576} MiB` : `${bytes} bytes`;
}

function describeError(error: Error): string {
  if (error instanceof Refused) return error.message;
  const code = (error as NodeJS.ErrnoException).code ?? '';
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'host name does not resolve';
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ECONNRESET':
      return 'connection reset';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return 'host unreachable';
  }
  if (/CERT|SSL|TLS|SELF_SIGNED|VERIFY|SIGNATURE|ALTNAME/i.test(code)) return `TLS error: ${code}`;
  return `request failed (${code || error.message})`;
}

type ProbeStream = typeof import('probe-image-size/stream.js');
let probeModule: Promise<ProbeStream> | undefined;

/** probe-image-size is imported on the first fetch: an offline run, or one without logos, does not load it. */
function loadProbe(): Promise<ProbeStream> {
  probeModule ??= import('probe-image-size/stream.js').then((m) => m.default);
  return probeModule;
}
