import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadCandidate, type Loaded } from '../../src/engine/loadCandidate.js';
import type { Candidate } from '../../src/discover/findCandidates.js';
import { fileRoot } from '../../src/files/fileRoot.js';
import { defaultParseLimits } from '../../src/parse/formats.js';
import type { ParseLimits } from '../../src/parse/types.js';

const limits: ParseLimits = { ...defaultParseLimits, maxBytes: 4096, maxDepth: 64 };

let root: string;
let outside: string;
let candidates: Candidate[];

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'lp-load-candidate-'));
  outside = await fs.mkdtemp(path.join(os.tmpdir(), 'lp-load-candidate-outside-'));
  await fs.writeFile(path.join(outside, 'secret.json'), '{"client_name": "outside"}');
  const files: string[] = [];
  await fs.mkdir(path.join(root, 'apps'), { recursive: true });
  for (let i = 0; i < 120; i++) {
    const file = `apps/${String(i).padStart(3, '0')}.json`;
    await fs.writeFile(path.join(root, file), JSON.stringify({ client_name: `app-${i}`, pad: 'x'.repeat(i * 7) }));
    files.push(file);
  }
  // Among them, every kind of file that is not read, and files that do not parse.
  await fs.rm(path.join(root, 'apps/050.json'));
  await fs.symlink(path.join(outside, 'secret.json'), path.join(root, 'apps/050.json'));
  await fs.rm(path.join(root, 'apps/060.json'));
  execFileSync('mkfifo', [path.join(root, 'apps/060.json')]);
  await fs.writeFile(path.join(root, 'apps/070.json'), `{"client_name": "big", "pad": "${'x'.repeat(4096)}"}`);
  await fs.rm(path.join(root, 'apps/080.json'));
  await fs.mkdir(path.join(root, 'apps/080.json'));
  await fs.writeFile(path.join(root, 'apps/090.json'), '{"client_name": "dup", "a": 1, "a": 2}');
  await fs.writeFile(path.join(root, 'apps/100.json'), '{"client_name": "broken",');
  await fs.writeFile(path.join(root, 'apps/110.json'), '{"name": "not a manifest"}');
  files.push('apps/never-there.json');
  // YAML of each kind: the fast path's, the full path's (an alias, a duplicate key), broken, not a manifest.
  await fs.mkdir(path.join(root, 'yaml'));
  for (let i = 0; i < 30; i++) {
    await fs.writeFile(
      path.join(root, `yaml/plain-${i}.yaml`),
      `# comment ${i}\nclient_name: app-${i}\nredirect_uris:\n  - https://example.com/${i}\nsize: ${i}\n`,
    );
  }
  await fs.writeFile(path.join(root, 'yaml/alias.yaml'), 'client_name: a\nx: &a 1\ny: *a\n');
  await fs.writeFile(path.join(root, 'yaml/duplicate.yaml'), 'client_name: d\nx: 1\nx: 2\n');
  await fs.writeFile(path.join(root, 'yaml/broken.yaml'), 'client_name: b\n  - : [\n');
  await fs.writeFile(path.join(root, 'yaml/proto.yaml'), 'client_name: p\n__proto__:\n  polluted: true\n');
  await fs.writeFile(path.join(root, 'yaml/not-a-manifest.yml'), 'name: x\n');
  await fs.writeFile(path.join(root, 'yaml/latin1.yaml'), Buffer.from('client_name: caf\xe9\n', 'latin1'));
  files.push(...(await fs.readdir(path.join(root, 'yaml'))).map((name) => `yaml/${name}`));
  candidates = files.map((file) => ({ file, explicit: false }));
  // A named file is read whatever it holds, and a refusal is then a parse-error, not a skipped file.
  candidates.push({ file: 'apps/110.json', explicit: true }, { file: 'apps/060.json', explicit: true });
});

afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true });
  await fs.rm(outside, { recursive: true, force: true });
});

/** A loaded candidate as data: the value, problems and text, and the positions of every top-level key and value. */
function plain(loaded: Loaded): unknown {
  if (loaded.kind !== 'parsed' || !loaded.outcome.ok) return loaded;
  const { document, problems } = loaded.outcome;
  const value = document.value as Record<string, unknown>;
  const requests = Object.keys(value).flatMap((key) => [
    { pointer: `/${key}`, target: 'key' as const },
    { pointer: `/${key}` },
  ]);
  return {
    format: loaded.format,
    file: document.file,
    text: document.text,
    value,
    problems,
    positions: document.locateAll(requests),
  };
}

const inPlace = () => candidates.map((candidate) => plain(loadCandidate(fileRoot(root), candidate, limits)));

describe('loadCandidate', () => {
  test('loads every kind of file as the pipeline expects', () => {
    const loaded = inPlace() as Array<{ kind?: string; reason?: string; value?: unknown; ok?: boolean }>;
    const at = (file: string, explicit = false) =>
      loaded[candidates.findIndex((c) => c.file === file && c.explicit === explicit)];
    expect(at('apps/050.json')).toEqual({ kind: 'skipped', reason: 'symlink points outside the root; not read' });
    expect(at('apps/060.json')).toEqual({ kind: 'skipped', reason: 'not a regular file (a FIFO); not read' });
    expect(at('apps/060.json', true)).toMatchObject({ kind: 'parsed', outcome: { ok: false } });
    expect(at('apps/070.json')).toMatchObject({ kind: 'parsed', outcome: { ok: false } });
    expect(at('apps/080.json')).toEqual({ kind: 'skipped', reason: 'not a regular file (a directory); not read' });
    expect(at('apps/110.json')).toEqual({ kind: 'not-a-manifest' });
    expect(at('apps/110.json', true)).toMatchObject({ value: { name: 'not a manifest' } });
    expect(at('apps/never-there.json')).toEqual({ kind: 'skipped', reason: 'file vanished before it could be read' });
    expect(at('yaml/alias.yaml')).toMatchObject({ value: { client_name: 'a', x: 1, y: 1 } });
    expect(at('yaml/duplicate.yaml')).toMatchObject({ problems: [{ ruleId: 'duplicate-key' }] });
  });
});
