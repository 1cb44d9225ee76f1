/**
 * A root-relative file path (`/`-separated) as an RFC 3986 relative reference: each segment is percent-encoded as
 * UTF-8, all but the unreserved characters (§2.3), so a `#`, `?`, `%`, `:` or `[` in a file name cannot become a
 * fragment, a query, an escape, a scheme or an IP literal, and a `(` or `)` cannot end a markdown link.
 */
export function uriPath(file: string): string {
  return file.split('/').map(uriSegment).join('/');
}

// encodeURIComponent throws on a lone surrogate; no name read from disk holds one, but a reporter must never throw.
const LONE_SURROGATE = /\p{Cs}/gu;
const SUB_DELIMS_LEFT = /[!'()*]/g;

function uriSegment(segment: string): string {
  return encodeURIComponent(segment.replace(LONE_SURROGATE, '\uFFFD')).replace(
    SUB_DELIMS_LEFT,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
