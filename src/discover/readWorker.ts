import { workerData } from 'node:worker_threads';
import { readCandidate } from './readCandidate.js';
import { mayBeManifest } from './manifestSniff.js';
import { fileRoot } from '../files/fileRoot.js';
import { optimized } from '../core/optimizations.js';
import { IN_FLIGHT, NEXT, OTHER, type ReadBatch, type ReadJob, YAML, type YamlAhead } from './readAhead.js';
import { decodeUtf8 } from '../parse/utf8.js';
import { fastYamlValue } from '../parse/yamlFast.js';

/**
 * The read-ahead worker (readAhead.ts): claims the next files a batch at a time, reads them with readCandidate's checks,
 * runs the YAML fast path on the YAML manifests among them, and posts each batch, its bytes packed into one transferred
 * buffer and the values beside them.
 */
const job = workerData as ReadJob;
const root = fileRoot(job.root);
const slots = new Int32Array(job.shared);
for (const queue of [YAML, OTHER] as const) {
  const indexes = job.queues[queue];
  for (;;) {
    // Wait while the main thread has more than its share of bytes waiting (it wakes this thread as it takes them).
    for (let held = Atomics.load(slots, IN_FLIGHT); held > job.aheadBytes; held = Atomics.load(slots, IN_FLIGHT))
      Atomics.wait(slots, IN_FLIGHT, held, 1000);
    const start = Atomics.add(slots, NEXT[queue], job.batchSize);
    if (start >= indexes.length) break;
    const outcomes: ReadBatch['outcomes'] = [];
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (const index of indexes.slice(start, start + job.batchSize)) {
      const file = job.files[index];
      const read = readCandidate(root, file, job.limits.maxBytes);
      if (read.ok) {
        outcomes.push({
          ok: true,
          offset: size,
          length: read.bytes.length,
          yaml: queue === YAML ? yamlAhead(file, read.bytes) : undefined,
        });
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
    const batch: ReadBatch = { queue, start, outcomes, buffer };
    Atomics.add(slots, IN_FLIGHT, size);
    job.port.postMessage(batch, [buffer]);
  }
}

/**
 * The fast path's value of a YAML manifest, reached as parseSource reaches it: a file of the YAML queue (`.yaml` or
 * `.yml`) that mentions client_name, valid UTF-8, not blank. Anything else is left to the main thread (undefined),
 * which then parses as if no worker had run; so is a file it reads in full anyway (null: the fast path declined).
 */
function yamlAhead(file: string, bytes: Uint8Array): YamlAhead {
  if (!optimized('yaml-fast-path') || !mayBeManifest(bytes)) return undefined;
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok || decoded.text.trim() === '') return undefined;
  return fastYamlValue(decoded.text, job.limits.maxDepth) ?? null;
}
