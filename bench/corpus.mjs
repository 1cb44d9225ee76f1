// Deterministic generated repositories of manifests for the benchmark: realistic manifests of ~1.5 KB, half JSON and
// half YAML, about 3% invalid against the schema (a wrong type or a missing required engagement field).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';

const VERSION = 3;

function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EVENTS = [
  'ms.MessagingEventNotification.ContentEvent',
  'ms.MessagingEventNotification.RichContentEvent',
  'cqm.ExConversationChangeNotification',
  'ms.MessagingEventNotification.AcceptStatusEvent',
];
const ENTRY = ['section', 'url'];
const BEHAVIOR = ['visited_location', 'time_on_location', 'flow', 'engaged_in_session', 'about_to_abandon'];

export function manifest(index, rand, logoOrigin = 'https://logos.bench.example') {
  const name = `app-${String(index).padStart(5, '0')}`;
  const host = `${name}.bench.example`;
  const webhooks = {};
  for (const event of EVENTS.slice(0, 2 + Math.floor(rand() * 3))) {
    webhooks[event] = {
      endpoint: `https://${host}/webhooks/${event.split('.').pop().toLowerCase()}`,
      max_retries: 1 + Math.floor(rand() * 5),
      headers: [{ header_name: 'X-Tenant', header_value: `tenant-${index}` }],
    };
  }
  const value = {
    client_name: `com.bench.${name}`,
    display_name: `Bench App ${index}`,
    description: `Generated application number ${index}: answers routine questions.`,
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    redirect_uris: [`https://${host}/oauth/callback`, `https://${host}/oauth/callback-2`],
    scope: 'msg.consumer',
    logo_uri: `${logoOrigin}/logos/${name}.png`,
    capabilities: {
      webhooks,
      engagement: {
        design_engagement: rand() < 0.5,
        design_window: rand() < 0.5,
        entry_point: ENTRY.slice(0, 1 + Math.floor(rand() * ENTRY.length)),
        visitor_behavior: BEHAVIOR.slice(0, 1 + Math.floor(rand() * BEHAVIOR.length)),
        target_audience: 'returning_visitors',
        goal: 'service_activity',
        consumer_identity: ['auth'],
        language_selection: false,
      },
    },
  };
  return value;
}

/** About 3% of manifests are invalid against the schema. */
function spoil(value, rand) {
  if (rand() < 0.5) value.grant_types = 'authorization_code';
  else delete value.capabilities.engagement.language_selection;
}

/**
 * A repository of `count` manifests under `dir` (a git work tree, as a real repository is, unless `git: false`: a plain
 * directory tree, which is walked instead of listed by git), reused when it exists.
 * Returns the directory.
 */
export function generateCorpus(dir, count, options = {}) {
  const stamp = path.join(dir, '.bench-corpus');
  const key = JSON.stringify({ VERSION, count, ...options });
  if (
    existsSync(stamp) &&
    (() => {
      try {
        return JSON.stringify(JSON.parse(String(readStamp(stamp)))) === key;
      } catch {
        return false;
      }
    })()
  )
    return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const rand = random(20261128);
  for (let i = 0; i < count; i++) {
    const value = manifest(i, rand, options.logoOrigin);
    if (!options.valid && rand() < 0.03) spoil(value, rand);
    const folder = path.join(dir, 'apps', `team-${String(i % 50).padStart(2, '0')}`);
    mkdirSync(folder, { recursive: true });
    if (i % 2 === 0)
      writeFileSync(path.join(folder, `${value.client_name}.json`), JSON.stringify(value, null, 2) + '\n');
    else writeFileSync(path.join(folder, `${value.client_name}.yaml`), stringify(value));
  }
  if (options.git !== false) execFileSync('git', ['init', '-q'], { cwd: dir });
  writeFileSync(path.join(dir, '.gitignore'), '.bench-corpus\n');
  writeFileSync(stamp, key);
  return dir;
}

function readStamp(file) {
  return execFileSync('cat', [file]);
}

/**
 * Two manifests just under the 1 MiB size limit built for findings that need a position: after `client_name`, as many
 * distinct unknown keys as fit (`x0`, `x1`, … `xzz9`: each a schema finding on its key), in compact JSON and in block
 * YAML. A git work tree, rewritten each time. Returns the directory.
 */
export function adversarialFiles(dir, limit = 1_048_576) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const fill = (head, entry, tail) => {
    const parts = [head];
    let size = head.length + tail.length;
    for (let i = 0; ; i++) {
      const next = entry(`x${i.toString(36)}`);
      if (size + next.length > limit) break;
      parts.push(next);
      size += next.length;
    }
    return parts.join('') + tail;
  };
  writeFileSync(
    path.join(dir, 'adversarial.json'),
    fill('{"client_name":"com.example.adversarial"', (key) => `,"${key}":0`, '}'),
  );
  writeFileSync(
    path.join(dir, 'adversarial.yaml'),
    fill('client_name: com.example.adversarial\n', (key) => `${key}: 0\n`, ''),
  );
  execFileSync('git', ['init', '-q'], { cwd: dir });
  return dir;
}
