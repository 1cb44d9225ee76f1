import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readAhead, type AheadOutcome, type ReadAheadTuning } from '../../src/discover/readAhead.js';
import { readCandidate } from '../../src/discover/readCandidate.js';
import { fileRoot } from '../../src/files/fileRoot.js';
import { fastYamlValue } from '../../src/parse/yamlFast.js';

/** The committed bundle of the worker (CI checks it is what the sources bundle to). */
const worker = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/cli/read-worker.js');
const MAX = 4096;

let root: string;
let outside: string;
let files: string[];

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'lp-read-ahead-'));
  outside = await fs.mkdtemp(path.join(os.tmpdir(), 'lp-read-ahead-outside-'));
  await fs.writeFile(path.join(outside, 'secret.json'), '{"client_name": "outside"}');
  files = [];
  for (let i = 0; i < 120; i++) {
    const file = `apps/${String(i).padStart(3, '0')}.json`;
    await fs.mkdir(path.join(root, 'apps'), { recursive: true });
    await fs.writeFile(path.join(root, file), JSON.stringify({ client_name: `app-${i}`, pad: 'x'.repeat(i * 7) }));
    files.push(file);
  }
  // Among them, every kind of file readCandidate refuses.
  await fs.rm(path.join(root, 'apps/050.json'));
  await fs.symlink(path.join(outside, 'secret.json'), path.join(root, 'apps/050.json'));
  await fs.rm(path.join(root, 'apps/060.json'));
  execFileSync('mkfifo', [path.join(root, 'apps/060.json')]);
  await fs.writeFile(path.join(root, 'apps/070.json'), 'x'.repeat(MAX + 1));
  await fs.rm(path.join(root, 'apps/080.json'));
  await fs.mkdir(path.join(root, 'apps/080.json'));
  files.push('apps/never-there.json');
  // YAML manifests, whose fast path the worker runs: plain ones, one it declines (an alias), and files it does not try.
  await fs.mkdir(path.join(root, 'yaml'));
  for (let i = 0; i < 30; i++) {
    await fs.writeFile(
      path.join(root, `yaml/plain-${i}.yaml`),
      `client_name: app-${i}\nredirect_uris:\n  - https://example.com/${i}\nsize: ${i}\n`,
    );
  }
  await fs.writeFile(path.join(root, 'yaml/alias.yaml'), 'client_name: a\nx: &a 1\ny: *a\n');
  await fs.writeFile(path.join(root, 'yaml/proto.yaml'), 'client_name: p\n__proto__:\n  polluted: true\n');
  await fs.writeFile(path.join(root, 'yaml/not-a-manifest.yml'), 'name: x\n');
  await fs.writeFile(path.join(root, 'yaml/latin1.yaml'), Buffer.from('client_name: caf\xe9\n', 'latin1'));
  files.push(...(await fs.readdir(path.join(root, 'yaml'))).map((name) => `yaml/${name}`));
});

afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true });
  await fs.rm(outside, { recursive: true, force: true });
});

let fromWorker = 0;
/**
 * Reads every file, and returns the outcomes by index; with `pauseAfter`, stops that long after that many files, as a
 * slow main thread would.
 */
async function readAll(tuning: ReadAheadTuning, pauseAfter?: { files: number; ms: number }): Promise<AheadOutcome[]> {
  const reader = readAhead(fileRoot(root), files, { maxBytes: MAX, maxDepth: 64 }, tuning);
  try {
    const outcomes: AheadOutcome[] = [];
    const order: number[] = [];
    for (;;) {
      if (order.length === pauseAfter?.files) await new Promise((resolve) => setTimeout(resolve, pauseAfter.ms));
      const item = await reader.next();
      if (!item) break;
      expect(outcomes[item.index]).toBeUndefined();
      outcomes[item.index] = item.outcome;
      order.push(item.index);
    }
    expect(order.sort((a, b) => a - b)).toEqual(files.map((_, i) => i));
    fromWorker = reader.fromWorker;
    return outcomes;
  } finally {
    reader.close();
  }
}

const inPlace = () => files.map((file) => readCandidate(fileRoot(root), file, MAX));
const text = (outcomes: AheadOutcome[]) => outcomes.map((o) => (o.ok ? Buffer.from(o.bytes).toString('utf8') : o));

describe('reading ahead on a worker thread', () => {
  test('gives every file once, with what reading in place gives: bytes, and every refusal with its reason', async () => {
    const expected = text(inPlace());
    expect(expected.filter((o) => typeof o !== 'string').map((o) => (o as { reason: string }).reason)).toEqual([
      'symlink points outside the root; not read',
      'not a regular file (a FIFO); not read',
      'file is too large: 4097 bytes (the limit is 4096)',
      'not a regular file (a directory); not read',
      'file vanished before it could be read',
    ]);
    expect(text(await readAll({ script: worker, minFiles: 0, batchSize: 7, share: false }))).toEqual(expected);
    expect(fromWorker).toBe(files.length);
  });

  test('shares the files with the main thread, which reads what the worker has not claimed yet, and still gives each once', async () => {
    for (const batchSize of [1, 5, 64]) {
      expect(text(await readAll({ script: worker, minFiles: 0, batchSize }))).toEqual(text(inPlace()));
      // The first 20 read here before the worker has started; the rest, once it has, mostly there.
      expect(text(await readAll({ script: worker, minFiles: 0, batchSize }, { files: 20, ms: 600 }))).toEqual(
        text(inPlace()),
      );
      expect(fromWorker).toBeGreaterThan(0);
      expect(fromWorker).toBeLessThanOrEqual(files.length - 20);
    }
  });

  test('runs the YAML fast path on the YAML manifests it reads: the value the main thread would build, null where it declines', async () => {
    const outcomes = await readAll({ script: worker, minFiles: 0, batchSize: 4, share: false });
    const yamlOf = (file: string) => {
      const outcome = outcomes[files.indexOf(file)];
      return outcome.ok ? outcome.yaml : 'not read';
    };
    for (let i = 0; i < 30; i++) {
      const text = await fs.readFile(path.join(root, `yaml/plain-${i}.yaml`), 'utf8');
      expect(yamlOf(`yaml/plain-${i}.yaml`)).toEqual(fastYamlValue(text, 64));
      expect(yamlOf(`yaml/plain-${i}.yaml`)).toEqual({
        client_name: `app-${i}`,
        redirect_uris: [`https://example.com/${i}`],
        size: i,
      });
    }
    expect(yamlOf('yaml/alias.yaml')).toBeNull();
    // Not tried: no client_name, not UTF-8 (the main thread reports it), not YAML.
    expect(yamlOf('yaml/not-a-manifest.yml')).toBeUndefined();
    expect(yamlOf('yaml/latin1.yaml')).toBeUndefined();
    expect(yamlOf('apps/000.json')).toBeUndefined();
    // A `__proto__` key crosses to the main thread as the own key it is, not as the value's prototype.
    const proto = yamlOf('yaml/proto.yaml') as Record<string, unknown>;
    expect(proto.polluted).toBeUndefined();
    expect(Object.getPrototypeOf(Object.getPrototypeOf(proto))).toBeNull();
    expect(Object.keys(proto)).toEqual(['client_name', '__proto__']);
    expect(Object.getOwnPropertyDescriptor(proto, '__proto__')?.value).toEqual({ polluted: true });
  });

  test('waits for the main thread when it holds more than its share of bytes, and still gives every file', async () => {
    expect(text(await readAll({ script: worker, minFiles: 0, batchSize: 3, aheadBytes: 1, share: false }))).toEqual(
      text(inPlace()),
    );
    expect(fromWorker).toBe(files.length);
  });

  test('a worker that fails loses no file: what it did not read is read in place', async () => {
    const broken = path.join(outside, 'broken-worker.js');
    await fs.writeFile(broken, 'throw new Error("the worker could not start");\n');
    expect(text(await readAll({ script: broken, minFiles: 0, batchSize: 8, share: false }))).toEqual(text(inPlace()));
    expect(fromWorker).toBe(0);
  });

  test('a worker that stops half-way loses no file either', async () => {
    const half = path.join(outside, 'half-worker.mjs');
    // Claims and posts its first batch, then exits.
    await fs.writeFile(
      half,
      `import { workerData } from 'node:worker_threads';\n` +
        `const start = Atomics.add(new Int32Array(workerData.shared), 2, workerData.batchSize);\n` +
        `const outcomes = workerData.queues[1].slice(start, start + workerData.batchSize).map(() => ({ ok: false, reason: 'posted by the half worker' }));\n` +
        `workerData.port.postMessage({ queue: 1, start, outcomes, buffer: new ArrayBuffer(0) });\n` +
        `process.exit(0);\n`,
    );
    const outcomes = text(await readAll({ script: half, minFiles: 0, batchSize: 8, share: false }));
    expect(outcomes.slice(0, 8)).toEqual(Array(8).fill({ ok: false, reason: 'posted by the half worker' }));
    expect(fromWorker).toBe(8);
    expect(outcomes.slice(8)).toEqual(text(inPlace()).slice(8));
  });
});
