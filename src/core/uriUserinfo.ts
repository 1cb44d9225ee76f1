/**
 * `scheme://userinfo@`: the userinfo of a URI's authority ends at the first `/ ? # @` (RFC 3986 §3.2.1), and holds
 * no space, `"`, `<` or `>` (never valid in a URI, and the edges of one in a text); `'` is a sub-delim a password may
 * hold. One definition for the rule that reports credentials in URIs (rules/uri-credentials.ts) and the redaction
 * that hides them (engine/credentials.ts), so whatever the rule reports is hidden from every message.
 */
const USERINFO = /[A-Za-z][A-Za-z0-9+.-]*:\/\/([^/?#@\s"<>]+)@/g;

/** The userinfo of every URI in a text, in order. */
export function uriUserinfos(text: string): string[] {
  if (!text.includes('@')) return [];
  return Array.from(text.matchAll(USERINFO), (match) => match[1]);
}
