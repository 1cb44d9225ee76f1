import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { readCandidate, type ReadOutcome } from './readCandidate.js';
import type { FileRoot } from '../files/fileRoot.js';
import { optimized } from '../core/optimizations.js';
import { formatOf } from '../parse/formats.js';
import type { ParseLimits } from '../parse/types.js';

/** What the read-ahead worker is asked to read. */
export interface ReadJob {
  /** The root's path: the worker resolves real paths for itself (fileRoot.ts). */
  root: string;
  files: readonly string[];
  /**
   * The files' indexes in two queues: [YAML] the YAML files, which the worker takes first, as their parse is what the
   * main thread most gains by not doing; [OTHER] the rest, which the main thread takes first.
   */
  queues: readonly [readonly number[], readonly number[]];
  limits: Pick<ParseLimits, 'maxBytes' | 'maxDepth'>;
  batchSize: number;
  /**
   * Int32 slots: [IN_FLIGHT] bytes posted and not yet taken by the main thread (the worker waits while it is over
   * `aheadBytes`); [NEXT[q]] the first position of queue q neither thread has claimed. The worker claims a batch at a
   * time, the main thread one file at a time, both with atomic operations, so no file is read twice and none is left
   * out. Each thread turns to the other's queue when its own is empty.
   */
  shared: SharedArrayBuffer;
  aheadBytes: number;
  /** Where the batches go: the main thread takes them with receiveMessageOnPort, between two files, without waiting for its event loop. */
  port: MessagePort;
}

export const YAML = 0;
export const OTHER = 1;
export const IN_FLIGHT = 0;
export const NEXT = [1, 2] as const;

/**
 * The YAML fast path's value of a file (yamlFast.ts), found by the worker: null where the fast path declined the file,
 * absent where it was not tried (not a YAML manifest, or read by the main thread).
 */
export type YamlAhead = Record<string, unknown> | null | undefined;

/** A file as the reader gives it: readCandidate's outcome, and for a YAML manifest the worker read, its value. */
export type AheadOutcome = ReadOutcome & { yaml?: YamlAhead };

/** What it posts: the outcomes of the files at positions `start…` of a queue, the bytes of those read at their offsets in `buffer`. */
export interface ReadBatch {
  queue: typeof YAML | typeof OTHER;
  start: number;
  outcomes: Array<{ ok: true; offset: number; length: number; yaml: YamlAhead } | Extract<ReadOutcome, { ok: false }>>;
  buffer: ArrayBuffer;
}

/** A file the reader gives: its index in the run's list, and what reading it gave. */
export interface ReadItem {
  index: number;
  outcome: AheadOutcome;
}

/** Reads the files of a run, each once, in no set order: a file the worker has read already comes before one it has not. */
export interface Reader {
  /** The next file, or undefined once every file has been given. */
  next(): ReadItem | undefined | Promise<ReadItem | undefined>;
  close(): void;
  /** How many files the worker supplied (tests look). */
  readonly fromWorker: number;
}

/** Fewer files than this are read in place: a worker takes longer to start than they take to read. */
const MIN_FILES = 256;
const BATCH_FILES = 64;
/** How far the worker may read ahead: the bytes it holds for the main thread stay bounded whatever the files weigh. */
const AHEAD_BYTES = 16 * 1024 * 1024;

/** For tests: the worker's script, the sizes above, and whether the main thread reads what the worker has not claimed. */
export interface ReadAheadTuning {
  script?: string;
  minFiles?: number;
  batchSize?: number;
  aheadBytes?: number;
  share?: boolean;
}

/** The worker's bundle, beside the bundle of the entry point (scripts/bundle.mjs puts it there). */
const WORKER_FILE = 'read-worker.js';

/**
 * Reads the files of a large run on a worker thread while the main thread checks those already read. The worker runs
 * readCandidate, so the same checks hold (real path inside the root, regular file, size limit), and the YAML fast path
 * on the YAML manifests (yamlFast.ts), so the main thread receives their values built. Measured on 10,000 manifests:
 * reading was ~300 ms and js-yaml ~400 ms of the main thread's CPU profile, and taking a batch's values costs less than
 * a tenth of building them.
 *
 * Both threads take files from two shared queues, the worker the YAML queue first and a batch at a time, the main
 * thread the other queue first and one file at a time whenever no batch is waiting for it. So the main thread never
 * waits for the worker to start (~0.1 s here) or to finish a batch while there is a file neither has taken, and the
 * work divides itself between them by their speeds.
 * A run from the TypeScript sources (tests), or a worker that fails, reads in place.
 */
export function readAhead(
  root: FileRoot,
  files: readonly string[],
  limits: ReadJob['limits'],
  tuning: ReadAheadTuning = {},
): Reader {
  const given = new Uint8Array(files.length);
  let remaining = files.length;
  const give = (index: number, outcome: AheadOutcome): ReadItem => {
    given[index] = 1;
    remaining--;
    return { index, outcome };
  };
  const readHere = (index: number) => give(index, readCandidate(root, files[index], limits.maxBytes));
  let unread = 0;
  /** The first file not given yet, read here: in a run without a worker, or after the worker stopped. */
  const readUnread = (): ReadItem | undefined => {
    while (unread < files.length && given[unread] === 1) unread++;
    return unread < files.length ? readHere(unread) : undefined;
  };
  const inPlace: Reader = { next: readUnread, close: () => undefined, fromWorker: 0 };
  const script = tuning.script ?? path.join(path.dirname(fileURLToPath(import.meta.url)), WORKER_FILE);
  if (!optimized('read-ahead') || files.length < (tuning.minFiles ?? MIN_FILES) || !existsSync(script)) return inPlace;

  const queues: [number[], number[]] = [[], []];
  files.forEach((file, index) => queues[formatOf(file) === 'yaml' ? YAML : OTHER].push(index));
  const shared = new SharedArrayBuffer(12);
  const slots = new Int32Array(shared);
  const { port1, port2 } = new MessageChannel();
  const job: ReadJob = {
    root: root.path,
    files,
    queues,
    limits: { maxBytes: limits.maxBytes, maxDepth: limits.maxDepth },
    batchSize: tuning.batchSize ?? BATCH_FILES,
    shared,
    aheadBytes: tuning.aheadBytes ?? AHEAD_BYTES,
    port: port2,
  };
  let worker: Worker;
  try {
    worker = new Worker(script, { workerData: job, transferList: [port2] });
  } catch {
    port1.close();
    return inPlace;
  }
  const batches: ReadBatch[] = [];
  let current: ReadBatch | undefined;
  let at = 0;
  let fromWorker = 0;
  let stopped = false;
  let wake: (() => void) | undefined;
  const received = (batch: ReadBatch) => {
    batches.push(batch);
    wake?.();
  };
  // Batches arrive by event while the main thread waits, and are taken at once when it does not.
  port1.on('message', received);
  const take = () => {
    for (let message = receiveMessageOnPort(port1); message; message = receiveMessageOnPort(port1))
      received(message.message as ReadBatch);
  };
  const stop = () => {
    stopped = true;
    wake?.();
  };
  worker.on('error', stop);
  worker.on('exit', stop);

  /** The next file of a batch the worker has posted, if one has come. */
  const fromBatch = (): ReadItem | undefined => {
    if (!current || at === current.outcomes.length) {
      if (batches.length === 0) take();
      current = batches.shift();
      at = 0;
      if (!current) return undefined;
      Atomics.sub(slots, IN_FLIGHT, current.buffer.byteLength);
      Atomics.notify(slots, IN_FLIGHT);
    }
    const index = queues[current.queue][current.start + at];
    const outcome = current.outcomes[at++];
    fromWorker++;
    return give(
      index,
      outcome.ok
        ? { ok: true, bytes: new Uint8Array(current.buffer, outcome.offset, outcome.length), yaml: outcome.yaml }
        : outcome,
    );
  };

  return {
    next() {
      if (remaining === 0) return undefined;
      const ready = fromBatch();
      if (ready) return ready;
      // No batch waiting: the main thread reads the next file neither thread has taken, from its own queue first.
      if (tuning.share !== false && !stopped) {
        for (const queue of [OTHER, YAML]) {
          const position = Atomics.add(slots, NEXT[queue], 1);
          if (position < queues[queue].length) return readHere(queues[queue][position]);
        }
      }
      // No file left for this thread to take: the rest come in batches, or, once the worker has stopped, are read here.
      return (async () => {
        for (;;) {
          const item = fromBatch();
          if (item) return item;
          if (stopped) return readUnread();
          await new Promise<void>((resolve) => (wake = resolve));
        }
      })();
    },
    close: () => {
      port1.close();
      void worker.terminate();
    },
    get fromWorker() {
      return fromWorker;
    },
  };
}
