import type { ManifestRule, Problem } from '../core/types.js';
import { uriUserinfos } from '../core/uriAuthority.js';
import { allStrings, uriPlaceOf } from './manifestFields.js';

/** What a userinfo holds, in words: `user:password`, `user`, `:password` (RFC 3986 §3.2.1). */
function holdings(userinfo: string): { user: boolean; password: boolean } {
  const colon = userinfo.indexOf(':');
  if (colon === -1) return { user: userinfo !== '', password: false };
  return { user: colon > 0, password: colon < userinfo.length - 1 };
}

export const uriCredentials: ManifestRule = {
  kind: 'manifest',
  meta: {
    id: 'uri-credentials',
    description: 'No URI holds a user name or password (https://user:pass@host/).',
    defaultSeverity: 'error',
    security: { severity: 8.0 },
    help: 'RFC 3986 §3.2.1 deprecates `user:password` in a URI: whoever reads the manifest, its history, the logs of every server and proxy the URI passes and the Conversational Cloud console that shows it reads the credential. A webhook authenticates with a header (and its value kept out of the repository), a redirect or entry URI never needs one. Remove the credential and rotate it; the value is never printed by this tool.',
  },
  check(manifest) {
    // Every string, not only the URI fields: a credential in a description or an unknown property is as exposed.
    const problems: Problem[] = [];
    for (const { pointer, value } of allStrings(manifest, (text) => uriUserinfos(text).length > 0)) {
      let user = false;
      let password = false;
      for (const userinfo of uriUserinfos(value)) {
        const held = holdings(userinfo);
        user ||= held.user;
        password ||= held.password;
      }
      if (!user && !password) continue; // `https://:@host/` is odd, but holds nothing
      const what = user && password ? 'a user name and a password' : password ? 'a password' : 'a user name';
      const place = uriPlaceOf(pointer);
      problems.push({
        pointer,
        message: `${place === 'the value' ? 'a URI in the value' : place} holds ${what} in its userinfo (before the host); remove it and rotate the credential (the value is not shown)`,
      });
    }
    return problems;
  },
};
