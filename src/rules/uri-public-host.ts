import type { ManifestRule } from '../core/types.js';
import { isIpLiteral, nonPublicRangeOf } from '../core/addressPolicy.js';
import { quoted } from '../core/quoted.js';
import { manifestUris, schemeOf, type UriPlace } from './manifestFields.js';
import { isPlaceholderHost } from './placeholderHosts.js';

interface Options {
  allowLoopback: boolean;
}

/** The loopback hosts redirect-uri-https's `allowLoopback` admits (RFC 8252 §7.3), as the URL parser writes them. */
const LOOPBACK_REDIRECT_HOSTS: ReadonlySet<string> = new Set(['127.0.0.1', '[::1]', 'localhost']);

/**
 * Names that public DNS never resolves to a public address, by their last label: loopback (RFC 6761 §6.3), multicast
 * DNS on the local link (RFC 6762), the private-use `.internal` (ICANN, 2024) and the top-level names RFC 6762
 * Appendix G finds in private use; and home networks, `home.arpa` (RFC 8375).
 */
const NON_PUBLIC_TOP_LABELS: ReadonlyMap<string, string> = new Map([
  ['localhost', 'a loopback name'],
  ['local', 'a link-local (multicast DNS) name'],
  ['internal', 'a private-use name'],
  ...['intranet', 'private', 'corp', 'home', 'lan'].map((label) => [label, 'a private-use name'] as const),
]);

/**
 * Whether the URL parser could read a host differently from how it is written: a number as the last label (WHATWG
 * reads `127.1`, `0x7f.1` and `2130706433` as IPv4), an IPv6 literal, a percent escape or a character outside
 * printable ASCII (`%6cocalhost` and full-width letters are `localhost`). Any other host is judged as written, without
 * the parser; a last label that only ends in a digit (`a.b1`) is read by the parser too, which costs time, not truth.
 */
function readByParser(host: string): boolean {
  let last = host.length - 1;
  if (host.charCodeAt(last) === 0x2e) last--;
  const end = host.charCodeAt(last);
  if (end >= 0x30 && end <= 0x39) return true;
  const label = host.lastIndexOf('.', last) + 1;
  if (host.charCodeAt(label) === 0x30 && (host.charCodeAt(label + 1) | 0x20) === 0x78) return true;
  for (let i = 0; i < host.length; i++) {
    const c = host.charCodeAt(i);
    if (c < 0x21 || c > 0x7e || c === 0x25 || c === 0x5b) return true;
  }
  return false;
}

/**
 * The host of `https://[userinfo@]host[:port][/?#…]` as written, or undefined when the URI is written otherwise
 * (spaces, upper case, no `//`): the parser reads those. Scanned by hand, as every URI of every manifest passes here.
 */
function writtenHost(uri: string): string | undefined {
  if (!uri.startsWith('https://')) return undefined;
  let end = uri.length;
  for (let i = 8; i < uri.length; i++) {
    const c = uri.charCodeAt(i);
    // `/ ? #` end the authority (RFC 3986 §3.2), and `\` too in the URL parser's reading of an https URI.
    if (c === 0x2f || c === 0x3f || c === 0x23 || c === 0x5c) {
      end = i;
      break;
    }
  }
  // The userinfo runs to the last `@` of the authority.
  const start = Math.max(8, uri.lastIndexOf('@', end - 1) + 1);
  if (uri.charCodeAt(start) === 0x5b) {
    const close = uri.indexOf(']', start);
    return close === -1 || close >= end ? undefined : uri.slice(start, close + 1);
  }
  const colon = uri.indexOf(':', start);
  return uri.slice(start, colon === -1 || colon > end ? end : colon);
}

/** An IP address as the URL parser writes one: four decimal numbers, or in brackets. */
const ADDRESS_AS_PARSED = /^(?:\[[0-9a-f:.]*\]|\d+\.\d+\.\d+\.\d+)$/i;

/** Why a host is not public, or undefined when it may be. */
function nonPublicReason(host: string): string | undefined {
  // Asking ipaddr.js about every name would cost a thrown exception each.
  if (ADDRESS_AS_PARSED.test(host) && isIpLiteral(host)) return nonPublicRangeOf(host);
  const name = host.endsWith('.') ? host.slice(0, -1) : host;
  const dot = name.lastIndexOf('.');
  const top = NON_PUBLIC_TOP_LABELS.get(name.slice(dot + 1));
  if (top) return top;
  if (dot === -1) return 'a single-label name public DNS does not resolve';
  return name.endsWith('.home.arpa') ? 'a home-network name' : undefined;
}

/** The host of an https URI as the URL parser reads it (lower case, IPv4 normalized), or undefined when it cannot. */
export function hostOf(uri: string): string | undefined {
  const written = writtenHost(uri);
  if (written !== undefined && written !== '' && !readByParser(written)) return written.toLowerCase();
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
    // Medium: a webhook on an internal address asks LivePerson's cloud to call into a private network (SSRF-shaped),
    // and a code redirected to a host only one machine reaches goes to whatever listens there.
    security: { severity: 4.3 },
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
    /** The host and why it is not public, when this rule reports the URI. */
    const judge = (value: string, place: UriPlace): { host: string; reason: string } | undefined => {
      if (!value.startsWith('https://') && schemeOf(value) !== 'https') return undefined;
      const host = hostOf(value);
      if (host === undefined || host === '') return undefined;
      const reason = nonPublicReason(host);
      // Most hosts are public: what is left out is looked for only in the rest.
      if (reason === undefined || TEMPLATE.test(host) || isPlaceholderHost(host)) return undefined;
      if (options.allowLoopback && place === 'redirect URI' && LOOPBACK_REDIRECT_HOSTS.has(host.replace(/\.$/, '')))
        return undefined;
      return { host, reason };
    };
    // Most URIs are public: the few that are not are judged twice, and only they get a pointer.
    return manifestUris(manifest, (value, place) => judge(value, place) !== undefined).map(
      ({ pointer, value, place }) => {
        const { host, reason } = judge(value, place)!;
        const subject = place === 'redirect URI' || place === 'webhook endpoint' ? `the ${place}` : place;
        return {
          pointer,
          message: `${subject} names ${quoted(host)}, ${reason}: it cannot be reached from LivePerson's cloud or other networks`,
        };
      },
    );
  },
};
