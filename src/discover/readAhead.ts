import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { readCandidate, type ReadOutcome, type RealPaths } from './readCandidate.js';

/** What the read-ahead worker is asked to read. */
export interface ReadJob {
  root: string;
  files: string[];
  maxBytes: number;
  batchSize: number;
  /** [0]: bytes posted and not yet taken by the main thread; the worker waits while it is over `aheadBytes`. */
  inFlight: SharedArrayBuffer;
  aheadBytes: number;
  /** Where the batches go: the main thread takes them with receiveMessageOnPort, between two files, without waiting for its event loop. */
  port: MessagePort;
}

/** What it posts: the outcomes of files `start…`, the bytes of those read at their offsets in `buffer`. */
export interface ReadBatch {
  start: number;
  outcomes: Array<{ ok: true; offset: number; length: number } | Extract<ReadOutcome, { ok: false }>>;
  buffer: ArrayBuffer;
}

/** Reads one file of a run by its index in the run's list. */
export interface Reader {
  read(index: number): ReadOutcome | Promise<ReadOutcome>;
  close(): void;
  /** How many files the worker supplied (tests look). */
  readonly fromWorker: number;
}

/** Files the main thread reads itself while the worker starts; fewer files than this are all read in place. */
const IN_PLACE_FILES = 256;
const BATCH_FILES = 64;
/** How far the worker may read ahead: the bytes it holds for the main thread stay bounded whatever the files weigh. */
const AHEAD_BYTES = 16 * 1024 * 1024;

/** For tests: the worker's script, and the sizes above. */
export interface ReadAheadTuning {
  script?: string;
  inPlace?: number;
  batchSize?: number;
  aheadBytes?: number;
}

/** The worker's bundle, beside the bundle of the entry point (scripts/bundle.mjs puts it there). */
const WORKER_FILE = 'read-worker.js';

/**
 * Reads the files of a large run on a worker thread while the main thread parses and checks those already read.
 * Reading is a few system calls a file, all synchronous (readCandidate.ts), ~300 ms of the main thread's CPU profile on
 * 10,000 manifests; on a second core they overlap with the parsing instead of adding to it. The worker runs the same
 * readCandidate, so the same checks hold (real path inside the root, regular file, size limit). The first files are read
 * in place while the worker starts; a run from the TypeScript sources (tests), or a worker that fails, reads in place.
 */
export function readAhead(root: string, files: readonly string[], maxBytes: number, realPaths: RealPaths, tuning: ReadAheadTuning = {}): Reader {
  const inPlace: Reader = { read: (index) => readCandidate(root, files[index], maxBytes, realPaths), close: () => undefined, fromWorker: 0 };
  const script = tuning.script ?? path.join(path.dirname(fileURLToPath(import.meta.url)), WORKER_FILE);
  const inPlaceFiles = tuning.inPlace ?? IN_PLACE_FILES;
  const batchSize = tuning.batchSize ?? BATCH_FILES;
  if (files.length <= inPlaceFiles || !existsSync(script)) return inPlace;

  const batches = new Map<number, ReadBatch>();
  let fromWorker = 0;
  let failed = false;
  let wake: (() => void) | undefined;
  const inFlight = new SharedArrayBuffer(4);
  const counter = new Int32Array(inFlight);
  const { port1, port2 } = new MessageChannel();
  const job: ReadJob = { root, files: files.slice(inPlaceFiles), maxBytes, batchSize, inFlight, aheadBytes: tuning.aheadBytes ?? AHEAD_BYTES, port: port2 };
  let worker: Worker;
  try {
    worker = new Worker(script, { workerData: job, transferList: [port2] });
  } catch {
    port1.close();
    return inPlace;
  }
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

  const fromBatch = (index: number): ReadOutcome | undefined => {
    const offset = index - inPlaceFiles;
    const start = offset - (offset % batchSize);
    if (!batches.has(start)) take();
    const batch = batches.get(start);
    if (!batch) return undefined;
    const outcome = batch.outcomes[offset - start];
    if (offset - start === batch.outcomes.length - 1) {
      batches.delete(start);
      Atomics.sub(counter, 0, batch.buffer.byteLength);
      Atomics.notify(counter, 0);
    }
    fromWorker++;
    return outcome.ok ? { ok: true, bytes: new Uint8Array(batch.buffer, outcome.offset, outcome.length) } : outcome;
  };

  return {
    read(index) {
      if (index < inPlaceFiles) return inPlace.read(index);
      const ready = fromBatch(index);
      if (ready) return ready;
      return (async () => {
        for (;;) {
          const outcome = fromBatch(index);
          if (outcome) return outcome;
          // A worker that stopped without posting this file: it is read here, never skipped.
          if (failed) return inPlace.read(index);
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
