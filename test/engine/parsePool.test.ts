import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAll, type PoolTuning } from '../../src/engine/parsePool.js';
import { loadCandidate, type Loaded } from '../../src/engine/loadCandidate.js';
import type { Candidate } from '../../src/discover/findCandidates.js';
import { fileRoot } from '../../src/files/fileRoot.js';
import { defaultParseLimits } from '../../src/parse/formats.js';
import type { ParseLimits } from '../../src/parse/types.js';

/** The committed bundle of the worker (CI checks it is what the sources bundle to). */
const worker = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/cli/parse-worker.js');
const limits: ParseLimits = { ...defaultParseLimits, maxBytes: 4096, maxDepth: 64 };

let root: string;
let outside: string;
let candidates: Candidate[];

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'lp-parse-pool-'));
  outside = await fs.mkdtemp(path.join(os.tmpdir(), 'lp-parse-pool-outside-'));
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

let fromWorkers = 0;
/** Loads every candidate, by index; with `pauseAfter`, waits that long after that many, as a slow main thread would. */
async function loadEvery(tuning: PoolTuning, pauseAfter?: { items: number; ms: number }): Promise<unknown[]> {
  const loader = loadAll(fileRoot(root), candidates, limits, tuning);
  try {
    const loaded: unknown[] = [];
    const order: number[] = [];
    for (;;) {
      if (order.length === pauseAfter?.items) await new Promise((resolve) => setTimeout(resolve, pauseAfter.ms));
      const item = await loader.next();
      if (!item) break;
      expect(loaded[item.index]).toBeUndefined();
      loaded[item.index] = plain(item.loaded);
      order.push(item.index);
    }
    expect(order.sort((a, b) => a - b)).toEqual(candidates.map((_, i) => i));
    fromWorkers = loader.fromWorkers;
    return loaded;
  } finally {
    loader.close();
  }
}

const inPlace = () => candidates.map((candidate) => plain(loadCandidate(fileRoot(root), candidate, limits)));

describe('the parse pool', () => {
  test('in place, loads every kind of file as the pipeline expects', () => {
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

  test('on workers alone, gives every candidate once, with the values, problems and positions of loading in place', async () => {
    for (const workers of [1, 3]) {
      expect(await loadEvery({ script: worker, minFiles: 0, batchSize: 7, workers, share: false })).toEqual(inPlace());
      expect(fromWorkers).toBe(candidates.length);
    }
  });

  test('shares the batches with the main thread, which loads while no result is waiting, and still gives each once', async () => {
    for (const batchSize of [1, 5, 64]) {
      expect(await loadEvery({ script: worker, minFiles: 0, batchSize, workers: 2 })).toEqual(inPlace());
      // While the main thread waits, the workers load what is left.
      expect(await loadEvery({ script: worker, minFiles: 0, batchSize, workers: 2 }, { items: 1, ms: 800 })).toEqual(
        inPlace(),
      );
      expect(fromWorkers).toBeGreaterThan(0);
    }
  });

  test('a `__proto__` key crosses threads as the own key it is, not as the value’s prototype', async () => {
    const loaded = (await loadEvery({ script: worker, minFiles: 0, share: false, workers: 1 })) as Array<{
      value?: Record<string, unknown>;
    }>;
    const proto = loaded[candidates.findIndex((c) => c.file === 'yaml/proto.yaml')].value!;
    expect(proto.polluted).toBeUndefined();
    expect(Object.getPrototypeOf(Object.getPrototypeOf(proto))).toBeNull();
    expect(Object.keys(proto)).toEqual(['client_name', '__proto__']);
    expect(Object.getOwnPropertyDescriptor(proto, '__proto__')?.value).toEqual({ polluted: true });
  });

  test('a worker that cannot start loses no candidate: they are loaded in place', async () => {
    const broken = path.join(outside, 'broken-worker.js');
    await fs.writeFile(broken, 'throw new Error("the worker could not start");\n');
    expect(await loadEvery({ script: broken, minFiles: 0, batchSize: 8, workers: 2, share: false })).toEqual(inPlace());
    expect(fromWorkers).toBe(0);
  });

  test('a worker that stops half-way loses no candidate either: its batches go to the others or are loaded here', async () => {
    const half = path.join(outside, 'half-worker.mjs');
    // Answers its first batch with made-up results, then exits holding the next one.
    await fs.writeFile(
      half,
      `import { workerData } from 'node:worker_threads';\n` +
        `workerData.port.once('message', ({ id, indexes }) => {\n` +
        `  const loaded = indexes.map(() => ({ kind: 'skipped', reason: 'from the half worker' }));\n` +
        `  workerData.port.postMessage({ id, loaded });\n` +
        `  setTimeout(() => process.exit(0), 50);\n` +
        `});\n`,
    );
    const loaded = await loadEvery({ script: half, minFiles: 0, batchSize: 8, workers: 1, share: false });
    // Its first batch is the first eight YAML files; every other candidate is as loading in place gives it.
    const first = candidates.flatMap((c, i) => (c.file.startsWith('yaml/') ? [i] : [])).slice(0, 8);
    const expected = inPlace();
    for (const i of first) expected[i] = { kind: 'skipped', reason: 'from the half worker' };
    expect(loaded).toEqual(expected);
    expect(fromWorkers).toBe(8);
  });
});
