import type { ManifestRule } from '../core/types.js';
import { childPointer } from '../core/pointer.js';
import { nearestName } from '../core/nearestName.js';
import { WEBHOOK_EVENTS, webhooksOf } from './manifestFields.js';
import { quoted } from '../core/quoted.js';

const KNOWN = new Set(WEBHOOK_EVENTS);

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
    help: "UMS sends notifications only for the events it knows: `ms.MessagingEventNotification.ContentEvent`, `.RichContentEvent`, `.AcceptStatusEvent`, `.ChatStateEvent` and `cqm.ExConversationChangeNotification` (the name LivePerson's official example uses; the schema table's `ms.MessagingEventNotification.ExConversationChangeNotification` is not it). A webhook under any other key never fires.",
  },
  check(manifest) {
    const webhooks = webhooksOf(manifest);
    if (!webhooks) return [];
    return Object.keys(webhooks)
      .filter((name) => !KNOWN.has(name))
      .map((name) => {
        const suggestion = suggestEvent(name);
        return {
          pointer: childPointer('/capabilities/webhooks', name),
          target: 'key' as const,
          message: `unknown webhook event ${quoted(name)}${suggestion ? `; did you mean "${suggestion}"?` : `; known events: ${WEBHOOK_EVENTS.join(', ')}`}`,
        };
      });
  },
};
