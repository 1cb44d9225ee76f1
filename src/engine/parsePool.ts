import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { optimized } from '../core/optimizations.js';
import type { Candidate } from '../discover/findCandidates.js';
import type { FileRoot } from '../files/fileRoot.js';
import { formatOf } from '../parse/formats.js';
import type { ParseLimits } from '../parse/types.js';
import { fromPortableLoaded, loadCandidate, type Loaded, type PortableLoaded } from './loadCandidate.js';

/** What each worker of the pool is given once (parseWorker.ts). */
export interface PoolJob {
  /** The root's path: each worker resolves real paths for itself (fileRoot.ts). */
  root: string;
  candidates: readonly Candidate[];
  limits: ParseLimits;
  /** `PoolRequest`s come in on it; `PoolAnswer`s go out. */
  port: MessagePort;
}

/** A batch a worker is asked to load: candidates by index. */
export interface PoolRequest {
  id: number;
  indexes: number[];
}

/** What loading them gave, in the same order. */
export interface PoolAnswer {
  id: number;
  loaded: PortableLoaded[];
}

/** A candidate as the pool gives it: its index among the candidates, and what loading it gave. */
export interface PoolItem {
  index: number;
  loaded: Loaded;
}

/** Loads every candidate once, in no set order. */
export interface Loader {
  /** The next candidate, or undefined once every one has been given. */
  next(): PoolItem | undefined | Promise<PoolItem | undefined>;
  close(): void;
  /** How many candidates workers loaded (tests look). */
  readonly fromWorkers: number;
}

/** For tests: the worker's script, the sizes, and whether the main thread loads batches too. */
export interface PoolTuning {
  script?: string;
  minFiles?: number;
  batchSize?: number;
  workers?: number;
  share?: boolean;
}

/** Fewer candidates than this are loaded in place: a worker takes longer to start than they take to parse. */
const MIN_FILES = 256;
const BATCH_FILES = 32;
/** Batches handed to a worker ahead of its answers, so that it never waits for the main thread to ask. */
const AHEAD_BATCHES = 2;
const MAX_WORKERS = 8;
/** The worker's bundle, beside the bundle of the entry point (scripts/bundle.mjs puts it there). */
const WORKER_FILE = 'parse-worker.js';

/**
 * Reads and parses the candidates of a large run on a pool of worker threads, one per core beside the main thread,
 * as actionlint fans out over files: the main thread hands out batches of candidates, a worker loads each batch it
 * is handed (loadCandidate: the same checks and parsers as in place) and posts back the parser's results, and the
 * main thread checks them as they come. When no result is waiting, the main thread loads a batch itself.
 *
 * The batches are one list, YAML first: workers take from its front, the main thread from its back. Copying a value
 * between threads costs about what JSON.parse does, far less than parsing YAML (bench/RESULTS.md), so JSON is best
 * parsed where it is checked, and YAML where the main thread is not. A run from the TypeScript sources (tests), a
 * machine of one core, or a worker that fails, loads in place: no candidate is lost.
 */
export function loadAll(
  root: FileRoot,
  candidates: readonly Candidate[],
  limits: ParseLimits,
  tuning: PoolTuning = {},
): Loader {
  const batches = batchesOf(candidates, tuning.batchSize ?? BATCH_FILES);
  let front = 0;
  let back = batches.length;
  /** Batches a worker took and will not answer (it stopped): handed out again first. */
  const lost: number[] = [];
  const ready: PoolItem[] = [];
  let given = 0;
  let fromWorkers = 0;
  let local: { indexes: number[]; at: number } | undefined;
  let wake: (() => void) | undefined;
  let closed = false;

  interface PoolWorker {
    worker: Worker;
    port: MessagePort;
    held: Set<number>;
    stopped: boolean;
  }
  const workers: PoolWorker[] = [];
  const hand = (member: PoolWorker) => {
    if (member.stopped) return;
    const id = lost.shift() ?? (front < back ? front++ : undefined);
    if (id === undefined) return;
    member.held.add(id);
    const request: PoolRequest = { id, indexes: batches[id] };
    member.port.postMessage(request);
  };
  const receive = (member: PoolWorker, { id, loaded }: PoolAnswer) => {
    if (!member.held.delete(id)) return;
    const indexes = batches[id];
    loaded.forEach((item, i) => ready.push({ index: indexes[i], loaded: fromPortableLoaded(item, limits) }));
    fromWorkers += loaded.length;
    hand(member);
    wake?.();
  };
  const drain = (member: PoolWorker) => {
    for (let message = receiveMessageOnPort(member.port); message; message = receiveMessageOnPort(member.port))
      receive(member, message.message as PoolAnswer);
  };
  const stop = (member: PoolWorker) => {
    if (member.stopped || closed) return;
    drain(member);
    member.stopped = true;
    lost.push(...member.held);
    member.held.clear();
    for (const other of workers) for (let ahead = 0; ahead < AHEAD_BATCHES; ahead++) hand(other);
    wake?.();
  };

  const script = tuning.script ?? path.join(path.dirname(fileURLToPath(import.meta.url)), WORKER_FILE);
  const size = Math.min(tuning.workers ?? os.availableParallelism() - 1, MAX_WORKERS, batches.length);
  const pooled =
    optimized('worker-pool') && size > 0 && candidates.length >= (tuning.minFiles ?? MIN_FILES) && existsSync(script);
  for (let i = 0; pooled && i < size; i++) {
    const { port1, port2 } = new MessageChannel();
    const job: PoolJob = { root: root.path, candidates, limits, port: port2 };
    let worker: Worker;
    try {
      worker = new Worker(script, { workerData: job, transferList: [port2] });
    } catch {
      port1.close();
      break;
    }
    const member: PoolWorker = { worker, port: port1, held: new Set(), stopped: false };
    port1.on('message', (answer: PoolAnswer) => receive(member, answer));
    worker.on('error', () => stop(member));
    worker.on('exit', () => stop(member));
    workers.push(member);
    for (let ahead = 0; ahead < AHEAD_BATCHES; ahead++) hand(member);
  }

  /** The next candidate of the batch the main thread loads itself, claiming one (from the back) when it has none. */
  const inPlace = (): PoolItem | undefined => {
    if (!local || local.at === local.indexes.length) {
      const id = lost.shift() ?? (front < back ? --back : undefined);
      local = id === undefined ? undefined : { indexes: batches[id], at: 0 };
    }
    if (!local) return undefined;
    const index = local.indexes[local.at++];
    return { index, loaded: loadCandidate(root, candidates[index], limits) };
  };
  const mayLoadHere = () => tuning.share !== false || workers.every((member) => member.stopped);
  const take = (): PoolItem | undefined => {
    const item = ready.shift() ?? (mayLoadHere() ? inPlace() : undefined);
    if (item) given++;
    return item;
  };

  return {
    next() {
      if (given === candidates.length) return undefined;
      if (ready.length === 0) workers.forEach(drain);
      // What the workers have loaded first; else the main thread loads, rather than wait.
      const item = take();
      if (item) return item;
      return (async () => {
        for (;;) {
          await new Promise<void>((resolve) => (wake = resolve));
          wake = undefined;
          const item = take();
          if (item) return item;
        }
      })();
    },
    close() {
      closed = true;
      for (const member of workers) {
        member.port.close();
        void member.worker.terminate();
      }
    },
    get fromWorkers() {
      return fromWorkers;
    },
  };
}

/** The candidates' indexes in batches, those of YAML files first. */
function batchesOf(candidates: readonly Candidate[], size: number): number[][] {
  const yaml: number[] = [];
  const other: number[] = [];
  candidates.forEach((candidate, index) => (formatOf(candidate.file) === 'yaml' ? yaml : other).push(index));
  const batches: number[][] = [];
  for (const indexes of [yaml, other])
    for (let start = 0; start < indexes.length; start += size) batches.push(indexes.slice(start, start + size));
  return batches;
}
