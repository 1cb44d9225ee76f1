import type { ManifestRule, Problem } from '../core/types.js';
import { isIpLiteral, nonPublicRangeOf } from '../core/addressPolicy.js';
import { quoted } from '../core/quoted.js';
import { manifestUris, schemeOf, type ManifestUri } from './manifestFields.js';
import { isPlaceholderHost } from './placeholderHosts.js';

interface Options {
  allowLoopback: boolean;
}

/** The loopback hosts redirect-uri-https's `allowLoopback` admits (RFC 8252 §7.3), as the URL parser writes them. */
const LOOPBACK_REDIRECT_HOSTS: ReadonlySet<string> = new Set(['127.0.0.1', '[::1]', 'localhost']);

/**
 * Names that public DNS never resolves to a public address: loopback (RFC 6761 §6.3), multicast DNS on the local link
 * (RFC 6762), home networks (RFC 8375), the private-use `.internal` (ICANN, 2024) and the top-level names RFC 6762
 * Appendix G finds in private use.
 */
const NON_PUBLIC_SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ['localhost', 'a loopback name'],
  ['local', 'a link-local (multicast DNS) name'],
  ['home.arpa', 'a home-network name'],
  ['internal', 'a private-use name'],
  ...['intranet', 'private', 'corp', 'home', 'lan'].map((tld) => [tld, 'a private-use name'] as const),
];

/**
 * A host the URL parser could read differently from how it is written: a number as the last label (WHATWG reads
 * `127.1`, `0x7f.1` and `2130706433` as IPv4), an IPv6 literal, a percent escape or a character outside ASCII
 * (`%6cocalhost` and full-width letters are `localhost`). Any other host is judged as written, without the parser.
 */
const READ_BY_PARSER = /^\[|%|[^\x21-\x7e]|(?:^|\.)(?:0x[0-9a-f]*|\d+)\.?$/i;
/** `https://[userinfo@]host`: the host as written, up to the port, path, query or fragment. */
const HOST = /^\s*https:\/\/(?:[^/?#\\]*@)?(\[[^\]]*\]|[^/?#:@\\]*)/i;

/** Why a host is not public, or undefined when it may be. */
function nonPublicReason(host: string): string | undefined {
  if (isIpLiteral(host)) return nonPublicRangeOf(host);
  const name = host.replace(/\.$/, '');
  if (!name.includes('.'))
    return name === 'localhost' ? 'a loopback name' : 'a single-label name public DNS does not resolve';
  for (const [suffix, reason] of NON_PUBLIC_SUFFIXES) if (name === suffix || name.endsWith(`.${suffix}`)) return reason;
  return undefined;
}

/** The host of an https URI as the URL parser reads it (lower case, IPv4 normalized), or undefined when it cannot. */
export function hostOf(uri: string): string | undefined {
  const written = HOST.exec(uri)?.[1];
  if (written !== undefined && !READ_BY_PARSER.test(written)) return written.toLowerCase();
  try {
    return new URL(uri.trim()).hostname;
  } catch {
    return undefined; // not a URL: the schema and the scheme rules say so
  }
}

/** Template and placeholder hosts are unresolved-placeholder's and placeholder-host's findings, not this rule's. */
const TEMPLATE = /[{}$<>]/;

export const uriPublicHost: ManifestRule<Options> = {
  kind: 'manifest',
  meta: {
    id: 'uri-public-host',
    description:
      'https redirect, entry, logo and webhook URIs name a public host: not localhost, *.local or a private, loopback or link-local address.',
    defaultSeverity: 'warning',
    strictSeverity: 'error',
    strictOptions: { allowLoopback: false },
    optionsSchema: {
      type: 'object',
      properties: {
        allowLoopback: {
          type: 'boolean',
          description:
            "Admit redirect URIs on 127.0.0.1, [::1] and localhost, as redirect-uri-https's allowLoopback does (RFC 8252 §7.3).",
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { allowLoopback: false },
    help: "LivePerson's servers call the webhook endpoints and redirect agents' and consumers' browsers to the redirect and entry URIs; the console shows the logo to every agent. A host that is only reachable on one machine or network (localhost, a `.local` name, a private, loopback or link-local address) works on the developer's desk and nowhere else, and a webhook on an internal address asks a cloud service to call into a private network. Native apps' loopback redirects are admitted with `allowLoopback`, the option redirect-uri-https has for them. Names are judged without resolving them; the scheme of a URI is redirect-uri-https's and uri-https's matter.",
  },
  check(manifest, options) {
    const problems: Problem[] = [];
    const check = (uri: ManifestUri) => {
      const host = hostOf(uri.value);
      if (host === undefined || host === '' || TEMPLATE.test(host) || isPlaceholderHost(host)) return;
      if (options.allowLoopback && uri.place === 'redirect URI' && LOOPBACK_REDIRECT_HOSTS.has(host.replace(/\.$/, '')))
        return;
      const reason = nonPublicReason(host);
      if (reason === undefined) return;
      const place = uri.place === 'redirect URI' || uri.place === 'webhook endpoint' ? `the ${uri.place}` : uri.place;
      problems.push({
        pointer: uri.pointer,
        message: `${place} names ${quoted(host)}, ${reason}: it cannot be reached from LivePerson's cloud or other networks`,
      });
    };
    for (const uri of manifestUris(manifest, (value) => schemeOf(value) === 'https')) check(uri);
    return problems;
  },
};
