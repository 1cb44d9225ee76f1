import { uriAuthorities } from '../core/uriAuthority.js';

/**
 * Hosts written to be replaced. LivePerson's manifest documentation writes `https://your/webhooks/endpoint` and
 * `https://your/appentry`; people who follow it write `your-domain.com`, `yourapp.example.com` or `your.server`,
 * and `changeme`, `placeholder` or `xxx` in a label. One definition for placeholder-host, which reports them, and
 * uri-public-host, which leaves them to it.
 */
const PLACEHOLDER_LABEL =
  /^(?:your(?:[-_]?(?:own|app|apps|application|company|domain|host|hostname|server|service|site|website|api|endpoint|webhooks?|url|tenant|org|organi[sz]ation|name|subdomain|backend|callback|connector|bot))*|placeholder|change[-_]?me|replace[-_]?me|x{3,})$/i;

/** Whether a host (as written, any case, a trailing dot or not) is a placeholder: one of its labels is. */
export function isPlaceholderHost(host: string): boolean {
  return MAY_HOLD_PLACEHOLDER_HOST.test(host) && host.split('.').some((label) => PLACEHOLDER_LABEL.test(label));
}

/** A cheap test a string must pass to hold a placeholder host: every placeholder label holds one of these. */
export const MAY_HOLD_PLACEHOLDER_HOST = /your|placeholder|change.?me|replace.?me|xxx/i;

/**
 * The documentation's sample logo (a 64×64 icon of a stock icon site): left in, the application shows someone else's
 * icon, and logo-dimensions only finds out when it may go online.
 */
export const DOCUMENTATION_LOGO = 'https://img.icons8.com/cotton/64/000000/domain.png';

/** The host of every URI in a text, as written: without userinfo and port, up to a backslash (a `/` in an https URI). */
export function hostsIn(text: string): string[] {
  if (!text.includes('://')) return [];
  return uriAuthorities(text).map(({ hostPort }) => {
    if (hostPort.startsWith('[')) {
      const close = hostPort.indexOf(']');
      return close === -1 ? hostPort : hostPort.slice(0, close + 1);
    }
    const end = hostPort.search(/[:\\]/);
    return end === -1 ? hostPort : hostPort.slice(0, end);
  });
}
