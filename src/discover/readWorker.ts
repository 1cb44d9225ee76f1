import { workerData } from 'node:worker_threads';
import { newRealPaths, readCandidate } from './readCandidate.js';
import { IN_FLIGHT, NEXT, type ReadBatch, type ReadJob } from './readAhead.js';

/**
 * The read-ahead worker (readAhead.ts): claims the next files a batch at a time, reads them with readCandidate's checks,
 * and posts each batch, its bytes packed into one transferred buffer.
 */
const job = workerData as ReadJob;
const realPaths = newRealPaths();
const slots = new Int32Array(job.shared);
for (;;) {
  // Wait while the main thread has more than its share of bytes waiting (it wakes this thread as it takes them).
  for (let held = Atomics.load(slots, IN_FLIGHT); held > job.aheadBytes; held = Atomics.load(slots, IN_FLIGHT)) Atomics.wait(slots, IN_FLIGHT, held, 1000);
  const start = Atomics.add(slots, NEXT, job.batchSize);
  if (start >= job.files.length) break;
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
  Atomics.add(slots, IN_FLIGHT, size);
  job.port.postMessage(batch, [buffer]);
}
