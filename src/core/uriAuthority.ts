/**
 * The authorities of the URIs in a text (`scheme://userinfo@host:port`, RFC 3986 §3.2), found in one pass: one
 * definition for the rule that reports credentials in URIs (rules/uri-credentials.ts), the redaction that hides them
 * (engine/credentials.ts) and the rule that reads hosts out of any text (rules/placeholder-host.ts), so whatever a
 * rule reports as a credential is hidden from every message. Scanned by hand: a regular expression that tries every
 * letter as the start of a scheme takes quadratic time on a long run of letters (a minute for 160 KB).
 */
export interface UriAuthority {
  /** Everything before the authority's last `@` (WHATWG's reading; a password may hold `@`), when there is one. */
  userinfo: string | undefined;
  /** The rest: host and port as written. */
  hostPort: string;
}

/** `A-Z a-z 0-9 + . -`: the characters of a scheme (RFC 3986 §3.1). */
function isSchemeChar(c: number): boolean {
  return isLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2e || c === 0x2d;
}

function isLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * `/ ? #` end an authority (RFC 3986 §3.2); space, `"`, `<` and `>` are never in a URI and are the edges of one in a
 * text. `'` is a sub-delim a password may hold, and `\` is left in: a userinfo cut short would leave a password shown.
 */
function endsAuthority(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x2f || c === 0x3f || c === 0x23 || c === 0x22 || c === 0x3c || c === 0x3e) return true;
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return true;
  return c > 0x7f && /\s/.test(text.charAt(i));
}

export function uriAuthorities(text: string): UriAuthority[] {
  const found: UriAuthority[] = [];
  let from = 0;
  for (;;) {
    const colon = text.indexOf('://', from);
    if (colon === -1) return found;
    from = colon + 3;
    // A scheme is a run of scheme characters before the `:` that starts with a letter: some letter of the run may
    // start it. Runs before different `://` never overlap (a `/` ends them), so the scan back is linear overall.
    let letter = false;
    for (let i = colon - 1; i >= 0 && isSchemeChar(text.charCodeAt(i)); i--) letter ||= isLetter(text.charCodeAt(i));
    if (!letter) continue;
    let end = from;
    while (end < text.length && !endsAuthority(text, end)) end++;
    const authority = text.slice(from, end);
    const at = authority.lastIndexOf('@');
    found.push({ userinfo: at > 0 ? authority.slice(0, at) : undefined, hostPort: authority.slice(at + 1) });
    from = end;
  }
}

/** The userinfo of every URI in a text, in order. */
export function uriUserinfos(text: string): string[] {
  if (!text.includes('@')) return [];
  const userinfos: string[] = [];
  for (const { userinfo } of uriAuthorities(text)) if (userinfo !== undefined) userinfos.push(userinfo);
  return userinfos;
}
