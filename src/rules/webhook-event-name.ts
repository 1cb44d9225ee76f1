import type { ManifestRule, Problem } from '../core/types.js';
import { childPointer } from '../core/pointer.js';
import { nearestName } from '../core/nearestName.js';
import { WEBHOOK_EVENTS, webhooksOf } from './manifestFields.js';
import { quoted } from '../core/quoted.js';

const KNOWN = new Set(WEBHOOK_EVENTS);
const BY_LOWER = new Map(WEBHOOK_EVENTS.map((event) => [event.toLowerCase(), event]));
/** The schema table's name for the event LivePerson's example (and the service) call cqm.ExConversationChangeNotification. */
const TABLE_NAME = 'ms.messagingeventnotification.exconversationchangenotification';

/**
 * The one name `name` can only have meant: a known event in other letter case, or the schema table's name of the
 * conversation event (SPEC §2). Anything else is a guess, offered as a suggestion.
 */
function certainEvent(name: string): string | undefined {
  const lower = name.toLowerCase();
  return lower === TABLE_NAME ? 'cqm.ExConversationChangeNotification' : BY_LOWER.get(lower);
}

/** The event's own name is its last dotted segment; typos in the prefix are matched on it first. */
function suggestEvent(name: string): string | undefined {
  const last = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  const bySegment = WEBHOOK_EVENTS.find((event) => event.slice(event.lastIndexOf('.') + 1).toLowerCase() === last);
  return bySegment ?? nearestName(name, WEBHOOK_EVENTS);
}

export const webhookEventName: ManifestRule = {
  kind: 'manifest',
  meta: {
    id: 'webhook-event-name',
    description: 'Each key under capabilities.webhooks is a known event name.',
    defaultSeverity: 'error',
    fixable: true,
    hasSuggestions: true,
    help: "UMS sends notifications only for the events it knows: `ms.MessagingEventNotification.ContentEvent`, `.RichContentEvent`, `.AcceptStatusEvent`, `.ChatStateEvent` and `cqm.ExConversationChangeNotification` (the name LivePerson's official example uses; the schema table's `ms.MessagingEventNotification.ExConversationChangeNotification` is not it). A webhook under any other key never fires.",
  },
  check(manifest) {
    const webhooks = webhooksOf(manifest);
    if (!webhooks) return [];
    return Object.keys(webhooks)
      .filter((name) => !KNOWN.has(name))
      .map((name) => {
        const certain = certainEvent(name);
        const suggestion = certain ?? suggestEvent(name);
        const pointer = childPointer('/capabilities/webhooks', name);
        const problem: Problem = {
          pointer,
          target: 'key',
          message: `unknown webhook event ${quoted(name)}${suggestion ? `; did you mean "${suggestion}"?` : `; known events: ${WEBHOOK_EVENTS.join(', ')}`}`,
        };
        // A rename onto an event already there would merge two webhooks: neither fixed nor offered.
        if (!suggestion || Object.prototype.hasOwnProperty.call(webhooks, suggestion)) return problem;
        const rename = [{ op: 'rename' as const, pointer, key: suggestion }];
        if (certain) problem.fix = rename;
        else problem.suggestions = [{ description: `Rename the event to ${suggestion}`, patches: rename }];
        return problem;
      });
  },
};
