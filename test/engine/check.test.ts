import { afterEach, beforeEach, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { check } from '../../src/engine/check.js';
import { builtinRules } from '../../src/rules/index.js';
import { defaultPolicy } from '../../src/policy/loadPolicy.js';

let root: string;
const write = async (file: string, content: string | Buffer) => {
  await fs.mkdir(path.dirname(path.join(root, file)), { recursive: true });
  await fs.writeFile(path.join(root, file), content);
};
const run = (paths: string[] = []) => check({ root, paths, rules: builtinRules, policy: defaultPolicy(builtinRules) });
const brief = (r: Awaited<ReturnType<typeof run>>) =>
  r.result.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.message}`);

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'lp-check-'));
});
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

test('only files that mention client_name and hold a manifest object are manifests', async () => {
  await write('package.json', '{"name": "x"}');
  await write('data/list.json', '[{"client_name": "not a manifest: the top level is an array"}]');
  await write('data/other.yaml', 'owner:\n  client_name: nested, so not a manifest\n');
  await write('apps/a.json', '{"client_name": "com.a.b"}');
  await write('apps/localized.yaml', "'client_name#ja-JP': アプリ\n");
  const { result } = await run();
  expect(result.manifests.map((m) => m.file)).toEqual(['apps/a.json', 'apps/localized.yaml']);
  expect(brief({ result } as never)).toEqual([
    'apps/localized.yaml:1:1 schema missing required property "client_name"',
  ]);
});

test('a broken file that mentions client_name is a parse-error, never silently skipped', async () => {
  await write('apps/broken.json', '{"client_name": "x",}');
  await write('apps/broken.yaml', 'client_name: [unclosed\n');
  expect(brief(await run())).toEqual([
    'apps/broken.json:1:21 parse-error invalid JSON: expected double-quoted property name',
    expect.stringMatching(/^apps\/broken\.yaml:2:1 parse-error invalid YAML: /),
  ]);
});

test('a huge manifest is reported as too large; a huge unrelated JSON file is not', async () => {
  await write(
    'package-lock.json',
    JSON.stringify({
      packages: Object.fromEntries(Array.from({ length: 40000 }, (_, i) => [`p${i}`, { version: '1.0.0' }])),
    }),
  );
  await write('apps/huge.json', JSON.stringify({ client_name: 'x', description: 'd'.repeat(2 * 1024 * 1024) }));
  expect(brief(await run())).toEqual([
    expect.stringMatching(/^apps\/huge\.json:1:1 parse-error file is too large: \d+ bytes \(the limit is 1048576\)$/),
  ]);
});

test('an explicit file is checked whatever it holds; unreadable searched files are listed as skipped', async () => {
  await write('notes/app.txt', '{"display_name": "no client name"}');
  execFileSync('mkfifo', [path.join(root, 'pipe.json')]);
  await write('outside-target.json', '{}');
  const outside = await fs.mkdtemp(path.join(os.tmpdir(), 'lp-out-'));
  await fs.writeFile(path.join(outside, 'secret.json'), '{"client_name": "outside"}');
  await fs.symlink(path.join(outside, 'secret.json'), path.join(root, 'link.json'));
  const searched = await run();
  expect(searched.result.skipped).toEqual([
    { ruleId: '', file: 'link.json', reason: 'symlink points outside the root; not read' },
    { ruleId: '', file: 'pipe.json', reason: 'not a regular file (a FIFO); not read' },
  ]);
  expect(JSON.stringify(searched)).not.toContain('"outside"');
  const explicit = await run(['notes/app.txt', 'pipe.json']);
  expect(brief(explicit)).toEqual([
    'notes/app.txt:1:1 schema missing required property "client_name"',
    'pipe.json:1:1 parse-error not a regular file (a FIFO); not read',
  ]);
  await fs.rm(outside, { recursive: true, force: true });
});
