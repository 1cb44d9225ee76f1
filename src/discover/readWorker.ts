import { workerData } from 'node:worker_threads';
import { newRealPaths, readCandidate } from './readCandidate.js';
import type { ReadBatch, ReadJob } from './readAhead.js';

/**
 * The read-ahead worker (readAhead.ts): reads the files it is given, in order, with readCandidate's checks, and posts
 * them in batches, the bytes of a batch packed into one transferred buffer.
 */
const job = workerData as ReadJob;
const realPaths = newRealPaths();
const inFlight = new Int32Array(job.inFlight);
for (let start = 0; start < job.files.length; start += job.batchSize) {
  const outcomes: ReadBatch['outcomes'] = [];
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (const file of job.files.slice(start, start + job.batchSize)) {
    const read = readCandidate(job.root, file, job.maxBytes, realPaths);
    if (read.ok) {
      outcomes.push({ ok: true, offset: size, length: read.bytes.length });
      chunks.push(read.bytes);
      size += read.bytes.length;
    } else {
      outcomes.push(read);
    }
  }
  const buffer = new ArrayBuffer(size);
  const view = new Uint8Array(buffer);
  let at = 0;
  for (const chunk of chunks) {
    view.set(chunk, at);
    at += chunk.length;
  }
  const batch: ReadBatch = { start, outcomes, buffer };
  // Wait while the main thread has more than its share of bytes waiting (it wakes this thread as it takes them).
  for (let held = Atomics.load(inFlight, 0); held > job.aheadBytes; held = Atomics.load(inFlight, 0)) Atomics.wait(inFlight, 0, held, 1000);
  Atomics.add(inFlight, 0, size);
  job.port.postMessage(batch, [buffer]);
}
