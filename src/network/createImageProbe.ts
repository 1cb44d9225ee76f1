import type dns from 'node:dns';
import type { ImageProbe, NetworkServices } from '../core/types.js';
import { toolName, toolVersion } from '../core/tool.js';
import type { FetchOptions } from './fetchImageSize.js';

export interface ImageProbeOptions {
  timeoutMs: number;
  allowPrivateNetwork: boolean;
  allowHttp?: boolean;
  maxRedirects?: number;
  maxBytes?: number;
  concurrency?: number;
  lookup?: typeof dns.lookup;
  ca?: string | Buffer;
  /** Replaces the address policy (tests treat their loopback server as a public host); default refusalOf. */
  refuseAddress?: (address: string) => string | undefined;
}

/** The guarded fetcher network rules are handed: one request per distinct URL per run, at most `concurrency` at once. */
export function createImageProbe(options: ImageProbeOptions): NetworkServices {
  const limit = Math.max(1, options.concurrency ?? 8);
  // The HTTP stack (https, tls, dns), the fetcher and the address policy (ipaddr.js) load on the first probe: a run
  // without logos never loads them.
  let fetcher: Promise<(url: string) => Promise<ImageProbe>> | undefined;
  const load = async () => {
    // addressPolicy after fetchImageSize, which imports it too: Jest's module linker fails on two concurrent
    // imports of one CommonJS dependency (ipaddr.js), "request for 'ipaddr.js' is not in cache".
    const { fetchImageSize } = await import('./fetchImageSize.js');
    const { refusalOf } = await import('../core/addressPolicy.js');
    const [http, https, dns] = await Promise.all([import('node:http'), import('node:https'), import('node:dns')]);
    const settings: FetchOptions = {
      timeoutMs: options.timeoutMs,
      allowPrivateNetwork: options.allowPrivateNetwork,
      allowHttp: options.allowHttp ?? false,
      maxRedirects: options.maxRedirects ?? 3,
      maxBytes: options.maxBytes ?? 1_048_576,
      lookup: options.lookup ?? dns.lookup,
      ca: options.ca,
      refuseAddress: options.refuseAddress ?? refusalOf,
      userAgent: `${toolName}/${toolVersion}`,
      agents: {
        http: new http.Agent({ keepAlive: true, maxSockets: limit }),
        https: new https.Agent({ keepAlive: true, maxSockets: limit }),
      },
    };
    return (url: string) => fetchImageSize(url, settings);
  };
  const cache = new Map<string, Promise<ImageProbe>>();
  let active = 0;
  const waiting: Array<() => void> = [];
  const slot = async <T>(work: () => Promise<T>): Promise<T> => {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await work();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
  return {
    probeImage(url) {
      let probe = cache.get(url);
      if (!probe) {
        probe = slot(async () => (await (fetcher ??= load()))(url));
        cache.set(url, probe);
      }
      return probe;
    },
  };
}
