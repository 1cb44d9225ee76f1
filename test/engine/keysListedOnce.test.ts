/**
 * The keys of an object of 1,024 keys or more are listed once for the run (switch keys-listed-once, core/keysOf.ts),
 * by whichever stage meets the object first, and every later stage gets that list. The findings, their positions,
 * messages, redaction and counts are the same with the switch on and off, for JSON and YAML, and for YAML texts read
 * in one pass (64 KiB or more) and in two.
 */
import { afterEach, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { check } from '../../src/engine/check.js';
import { builtinRules } from '../../src/rules/index.js';
import { defaultPolicy } from '../../src/policy/loadPolicy.js';

afterEach(() => {
  delete process.env.LP_APP_MANIFEST_CHECK_WITHOUT;
});

const SECRET = 'sk_live_9f8e7d6c5b4a39281706';

/** A manifest with `count` unknown keys beside `at`, or under it when `at` names an object of the manifest. */
function manyKeys(count: number, at: 'top' | 'webhooks' | 'header'): Record<string, unknown> {
  const many: Record<string, unknown> = {};
  for (let i = 0; i < count; i++) {
    const key = i % 9 === 0 ? String(i) : `k${i}${i % 13 === 0 ? '/~' : ''}`;
    many[key] =
      i % 5 === 0
        ? `https://user:${SECRET}@{DOMAIN}.example/${i}`
        : i % 7 === 0
          ? { endpoint: i % 2 ? 'http://localhost/x' : 'https://{YOUR_APPLICATION_DOMAIN}/hook', extra: i }
          : i;
  }
  const webhook = (headers: unknown[]) => ({ endpoint: 'https://hooks.example/a', headers });
  const manifest: Record<string, unknown> = {
    client_name: 'com.example.many',
    client_secret: SECRET,
    redirect_uris: ['http://app.example/cb', 'http://app.example/cb'],
    capabilities: {
      webhooks: {
        'ms.MessagingEventNotification.ContentEvent': webhook([
          at === 'header' ? { header_name: 'Authorization', header_value: `Bearer ${SECRET}`, ...many } : {},
        ]),
        ...(at === 'webhooks' ? many : {}),
      },
    },
  };
  return at === 'top' ? { ...manifest, ...many } : manifest;
}

test('a run gives the same result with the keys of large objects listed once and listed by every stage', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'keys-once-'));
  try {
    const files: string[] = [];
    for (const [count, at] of [
      [1_100, 'top'],
      [2_500, 'webhooks'],
      [1_500, 'header'],
      [12_000, 'top'],
    ] as const) {
      const value = manyKeys(count, at);
      const name = `${at}-${count}`;
      writeFileSync(path.join(root, `${name}.json`), JSON.stringify(value, null, 1));
      writeFileSync(path.join(root, `${name}.yaml`), stringify(value));
      files.push(`${name}.json`, `${name}.yaml`);
    }
    const run = async () =>
      (await check({ root, paths: files, rules: builtinRules, policy: defaultPolicy(builtinRules) })).result;
    const listedOnce = await run();
    process.env.LP_APP_MANIFEST_CHECK_WITHOUT = 'keys-listed-once';
    const listedEachTime = await run();
    // Finding by finding, so that a difference prints as one finding, not as two reports of thousands.
    const lines = (result: typeof listedOnce) => result.findings.map((finding) => JSON.stringify(finding));
    const [once, eachTime] = [lines(listedOnce), lines(listedEachTime)];
    const differs = once.findIndex((line, index) => line !== eachTime[index]);
    expect(differs === -1 ? undefined : [once[differs], eachTime[differs]]).toBeUndefined();
    expect(once.length).toBe(eachTime.length);
    expect(JSON.stringify({ ...listedOnce, findings: [] })).toBe(JSON.stringify({ ...listedEachTime, findings: [] }));
    // The runs found what the files hold: unknown keys counted past the cap, placeholders, and no secret shown.
    const rules = new Set(listedOnce.findings.map((f) => f.ruleId));
    for (const rule of ['schema', 'unresolved-placeholder', 'uri-credentials', 'client-secret-committed'])
      expect(rules).toContain(rule);
    expect(once.join('\n')).not.toContain(SECRET);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}, 120_000);
