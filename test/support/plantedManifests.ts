/**
 * Generators of manifests with planted faults that have one certain correction, and of YAML with comments in every
 * place a comment can go: shared by the fix property (test/engine/fixProperties.test.ts) and the differential test of
 * the fast YAML renderer (test/parse/yamlFastRender.test.ts).
 */
import fc from 'fast-check';

export const EVENTS = [
  'ms.MessagingEventNotification.ContentEvent',
  'ms.MessagingEventNotification.RichContentEvent',
  'ms.MessagingEventNotification.AcceptStatusEvent',
  'ms.MessagingEventNotification.ChatStateEvent',
  'cqm.ExConversationChangeNotification',
];

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A clean manifest (no finding under the recommended policy) and the same manifest with faults planted. */
export const planted = fc
  .record({
    n: fc.integer({ min: 1, max: 999 }),
    uris: fc.option(fc.array(fc.constantFrom('cb', 'auth/done', 'x?y=1'), { minLength: 1, maxLength: 3 })),
    renameUris: fc.boolean(),
    grantScalar: fc.option(fc.boolean()),
    quickLaunch: fc.option(fc.tuple(fc.boolean(), fc.boolean(), fc.integer({ min: 0, max: 5 }))),
    enabled: fc.option(fc.tuple(fc.boolean(), fc.boolean(), fc.integer({ min: 0, max: 5 }))),
    profiles: fc.option(fc.array(fc.integer({ min: 1, max: 99 }), { minLength: 1, maxLength: 2 })),
    events: fc.subarray(EVENTS.map((event, i) => ({ event, i }))),
    eventFault: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 5, maxLength: 5 }),
  })
  .map((r) => {
    const intended: Record<string, Json> = { client_name: `com.example.app${r.n}` };
    const faulty: Record<string, Json> = { client_name: `com.example.app${r.n}` };
    if (r.uris) {
      const uris = r.uris.map((u, i) => `https://a${i}.example/${u}`);
      intended.redirect_uris = uris;
      if (r.renameUris) faulty.redirect_uri = uris.length === 1 && r.n % 2 === 0 ? uris[0] : uris;
      else faulty.redirect_uris = uris;
    }
    if (r.grantScalar !== null) {
      intended.grant_types = ['client_credentials'];
      faulty.grant_types = r.grantScalar ? 'client_credentials' : ['client_credentials'];
    }
    const yaml11 = (value: boolean, plant: boolean, spelling: number): Json => {
      if (!plant) return value;
      const word = (value ? ['yes', 'on', 'Yes', 'ON', 'On', 'YES'] : ['no', 'off', 'No', 'OFF', 'Off', 'NO'])[
        spelling
      ];
      return word;
    };
    if (r.quickLaunch) {
      const [value, plant, spelling] = r.quickLaunch;
      intended.quick_launch_enabled = value;
      faulty.quick_launch_enabled = yaml11(value, plant, spelling);
      intended.entry_uri = faulty.entry_uri = 'https://a.example/start';
    }
    if (r.enabled) {
      const [value, plant, spelling] = r.enabled;
      intended.enabled = value;
      faulty.enabled = yaml11(value, plant, spelling);
    }
    if (r.profiles) {
      intended.enabled_for_profiles = r.profiles;
      faulty.enabled_for_profiles = r.profiles.length === 1 && r.n % 3 === 0 ? r.profiles[0] : r.profiles;
    }
    if (r.events.length > 0) {
      const hooks: Record<string, Json> = {};
      const planted: Record<string, Json> = {};
      for (const { event, i } of r.events) {
        const endpoint = { endpoint: `https://hooks.example/${i}` };
        hooks[event] = endpoint;
        const fault = r.eventFault[i];
        const key =
          fault === 1
            ? event.toLowerCase()
            : fault === 2 && event.startsWith('cqm.')
              ? 'ms.MessagingEventNotification.ExConversationChangeNotification'
              : event;
        planted[key] = { ...endpoint };
      }
      intended.capabilities = { webhooks: hooks };
      faulty.capabilities = { webhooks: planted };
    }
    return { intended, faulty };
  });

/** YAML with a unique comment (`# cN`) on every line it can go and between entries; styles chosen by `choice`. */
export function toYaml(value: Record<string, Json>, choice: () => number): { text: string; comments: number } {
  let comments = 0;
  const comment = () => ` # c${++comments}`;
  const scalar = (v: Json, flow: boolean): string => {
    if (typeof v !== 'string') return JSON.stringify(v);
    const style = choice() % 3;
    if (style === 1) return `'${v.replace(/'/g, "''")}'`;
    const plain = /^[A-Za-z][\w.:/-]*$/.test(v) && !/^(true|false|null)$/i.test(v) && !(flow && /[,[\]{}]/.test(v));
    return style === 0 && plain ? v : JSON.stringify(v);
  };
  const flowOf = (v: Json): string =>
    Array.isArray(v)
      ? `[${v.map(flowOf).join(', ')}]`
      : v !== null && typeof v === 'object'
        ? `{${Object.entries(v)
            .map(([k, item]) => `${k}: ${flowOf(item)}`)
            .join(', ')}}`
        : scalar(v, true);
  const lines: string[] = [`# c${++comments}`];
  const map = (object: Record<string, Json>, pad: string) => {
    for (const [key, v] of Object.entries(object)) {
      if (choice() % 2 === 0) lines.push(`${pad}#${comment().slice(2)}`);
      if (v !== null && typeof v === 'object' && choice() % 2 === 0) {
        lines.push(`${pad}${key}: ${flowOf(v)}${comment()}`);
      } else if (Array.isArray(v)) {
        lines.push(`${pad}${key}:${comment()}`);
        for (const item of v) lines.push(`${pad}  - ${scalar(item, false)}${comment()}`);
      } else if (v !== null && typeof v === 'object') {
        lines.push(`${pad}${key}:${comment()}`);
        map(v, pad + '  ');
      } else {
        lines.push(`${pad}${key}: ${scalar(v, false)}${comment()}`);
      }
    }
  };
  map(value, '');
  return { text: lines.join('\n') + '\n', comments };
}

export const chooser = fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 64 }).map((picks) => {
  let at = 0;
  return () => picks[at++ % picks.length];
});
