import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { readCandidate, type ReadOutcome, type RealPaths } from './readCandidate.js';

/** What the read-ahead worker is asked to read. */
export interface ReadJob {
  root: string;
  files: readonly string[];
  maxBytes: number;
  batchSize: number;
  /**
   * Int32 slots: [IN_FLIGHT] bytes posted and not yet taken by the main thread (the worker waits while it is over
   * `aheadBytes`); [NEXT] the first file neither thread has claimed. The worker claims a batch at a time, the main
   * thread one file at a time, both with atomic operations, so no file is read twice and none is left out.
   */
  shared: SharedArrayBuffer;
  aheadBytes: number;
  /** Where the batches go: the main thread takes them with receiveMessageOnPort, between two files, without waiting for its event loop. */
  port: MessagePort;
}

export const IN_FLIGHT = 0;
export const NEXT = 1;

/** What it posts: the outcomes of files `start…`, the bytes of those read at their offsets in `buffer`. */
export interface ReadBatch {
  start: number;
  outcomes: Array<{ ok: true; offset: number; length: number } | Extract<ReadOutcome, { ok: false }>>;
  buffer: ArrayBuffer;
}

/** Reads one file of a run by its index in the run's list; the indexes are asked for in order. */
export interface Reader {
  read(index: number): ReadOutcome | Promise<ReadOutcome>;
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
 * Reads the files of a large run on a worker thread while the main thread parses and checks those already read.
 * Reading is a few system calls a file, all synchronous (readCandidate.ts), ~300 ms of the main thread's CPU profile on
 * 10,000 manifests; on a second core they overlap with the parsing instead of adding to it. The worker runs the same
 * readCandidate, so the same checks hold (real path inside the root, regular file, size limit). Until the worker has
 * started (~0.1–0.2 s here) and whenever it falls behind, the main thread reads the next file itself rather than wait.
 * A run from the TypeScript sources (tests), or a worker that fails, reads in place.
 */
export function readAhead(root: string, files: readonly string[], maxBytes: number, realPaths: RealPaths, tuning: ReadAheadTuning = {}): Reader {
  const readHere = (index: number) => readCandidate(root, files[index], maxBytes, realPaths);
  const inPlace: Reader = { read: readHere, close: () => undefined, fromWorker: 0 };
  const script = tuning.script ?? path.join(path.dirname(fileURLToPath(import.meta.url)), WORKER_FILE);
  if (files.length < (tuning.minFiles ?? MIN_FILES) || !existsSync(script)) return inPlace;

  const shared = new SharedArrayBuffer(8);
  const slots = new Int32Array(shared);
  const { port1, port2 } = new MessageChannel();
  const job: ReadJob = { root, files, maxBytes, batchSize: tuning.batchSize ?? BATCH_FILES, shared, aheadBytes: tuning.aheadBytes ?? AHEAD_BYTES, port: port2 };
  let worker: Worker;
  try {
    worker = new Worker(script, { workerData: job, transferList: [port2] });
  } catch {
    port1.close();
    return inPlace;
  }
  const batches = new Map<number, ReadBatch>();
  let current: ReadBatch | undefined;
  let fromWorker = 0;
  let failed = false;
  let wake: (() => void) | undefined;
  const received = (batch: ReadBatch) => {
    batches.set(batch.start, batch);
    wake?.();
  };
  // Batches arrive by event while the main thread waits, and are taken at once when it does not.
  port1.on('message', received);
  const take = () => {
    for (let message = receiveMessageOnPort(port1); message; message = receiveMessageOnPort(port1)) received(message.message as ReadBatch);
  };
  const stop = () => {
    failed = true;
    wake?.();
  };
  worker.on('error', stop);
  worker.on('exit', stop);

  /** File `index` from the batch that holds it, if it has come: batches are contiguous, so one starts where the last ended. */
  const fromBatch = (index: number): ReadOutcome | undefined => {
    if (!current || index >= current.start + current.outcomes.length) {
      if (!batches.has(index)) take();
      current = batches.get(index);
      if (!current) return undefined;
      batches.delete(index);
      Atomics.sub(slots, IN_FLIGHT, current.buffer.byteLength);
      Atomics.notify(slots, IN_FLIGHT);
    }
    const outcome = current.outcomes[index - current.start];
    fromWorker++;
    return outcome.ok ? { ok: true, bytes: new Uint8Array(current.buffer, outcome.offset, outcome.length) } : outcome;
  };

  return {
    read(index) {
      const ready = fromBatch(index);
      if (ready) return ready;
      // Not claimed by the worker yet: read here.
      if (tuning.share !== false && Atomics.compareExchange(slots, NEXT, index, index + 1) === index) return readHere(index);
      return (async () => {
        for (;;) {
          const outcome = fromBatch(index);
          if (outcome) return outcome;
          // A worker that stopped without posting this file: it is read here, never skipped.
          if (failed) return readHere(index);
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
