import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ // The require scope
/******/ var __nccwpck_require__ = {};
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./src/discover/rootPath.ts

/** Whether `candidate` is `root` or lies below it (both absolute, already resolved). */
function isInside(root, candidate) {
    // The common case, decided by a prefix test; path.relative (which normalises both) only for the rest. Measured:
    // path.relative was ~90 ms of a 10,000-manifest run.
    if (candidate.startsWith(root) && candidate.charAt(root.length) === (external_node_path_default()).sep && !candidate.includes(`${(external_node_path_default()).sep}..`))
        return true;
    const relative = external_node_path_default().relative(root, candidate);
    return relative === '' || (relative !== '..' && !relative.startsWith('..' + (external_node_path_default()).sep) && !external_node_path_default().isAbsolute(relative));
}
/** A root-relative path with `/` separators, as reports show it. */
function toReportPath(root, absolute) {
    return path.relative(root, absolute).split(path.sep).join('/');
}

;// CONCATENATED MODULE: ./src/discover/readCandidate.ts



const MARKER = Buffer.from('client_name');
/** The content sniff of SPEC §4: a searched file is a candidate only if its text mentions `client_name`. */
function looksLikeManifest(bytes) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(MARKER);
}
function newRealPaths() {
    return { roots: new Map(), directories: new Map() };
}
/**
 * Reads one file of the root safely: only a regular file whose real path stays inside the root, checked on the
 * opened handle (so a file swapped after the check is still caught), opened non-blocking (a FIFO cannot hang the
 * run), and never more than maxBytes + 1 bytes.
 *
 * The system calls are synchronous on purpose. A manifest is a few kilobytes, so each call takes microseconds, while
 * the promise API pays a thread-pool round trip for each of realpath, open, fstat, read and close: measured on
 * 10,000 manifests, the reads took ~3.3 s of a 12.9 s run through fs.promises and ~0.3 s this way. Non-blocking open
 * and the regular-file check mean no call here can wait on a FIFO or a device. The real path of the directory is
 * resolved once per run (`realPaths`); the file itself is opened with O_NOFOLLOW, and only a file that is a symlink
 * (ELOOP) has its own real path resolved.
 */
function readCandidate_readCandidate(root, file, maxBytes, realPaths = newRealPaths()) {
    const absolute = external_node_path_default().join(root, file);
    let real;
    try {
        const realRoot = cached(realPaths.roots, root);
        const realDirectory = cached(realPaths.directories, external_node_path_default().dirname(absolute));
        if (!isInside(realRoot, realDirectory))
            return { ok: false, reason: 'symlink points outside the root; not read' };
        real = external_node_path_default().join(realDirectory, external_node_path_default().basename(absolute));
        if (!isInside(realRoot, real))
            return { ok: false, reason: 'symlink points outside the root; not read' };
    }
    catch (error) {
        return { ok: false, reason: describe(error) };
    }
    const flags = external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_NONBLOCK | external_node_fs_namespaceObject.constants.O_NOFOLLOW;
    let fd;
    try {
        try {
            fd = (0,external_node_fs_namespaceObject.openSync)(real, flags);
        }
        catch (error) {
            // ELOOP under O_NOFOLLOW: the file is a symlink. Follow it only to a real path inside the root.
            if (error.code !== 'ELOOP')
                throw error;
            real = external_node_fs_namespaceObject.realpathSync.native(absolute);
            if (!isInside(cached(realPaths.roots, root), real))
                return { ok: false, reason: 'symlink points outside the root; not read' };
            fd = (0,external_node_fs_namespaceObject.openSync)(real, flags);
        }
        const stat = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        if (!stat.isFile())
            return { ok: false, reason: `not a regular file (${kindOf(stat)}); not read` };
        if (stat.size > maxBytes) {
            return { ok: false, tooLarge: true, reason: `file is too large: ${stat.size} bytes (the limit is ${maxBytes})` };
        }
        const buffer = Buffer.allocUnsafe(Math.min(stat.size, maxBytes) + 1);
        let length = 0;
        while (length < buffer.length) {
            const bytesRead = (0,external_node_fs_namespaceObject.readSync)(fd, buffer, length, buffer.length - length, length);
            if (bytesRead === 0)
                break;
            length += bytesRead;
        }
        if (length > maxBytes) {
            return { ok: false, tooLarge: true, reason: `file is too large: more than ${maxBytes} bytes` };
        }
        return { ok: true, bytes: buffer.subarray(0, length) };
    }
    catch (error) {
        return { ok: false, reason: describe(error) };
    }
    finally {
        if (fd !== undefined) {
            try {
                (0,external_node_fs_namespaceObject.closeSync)(fd);
            }
            catch {
                /* nothing more to do with it */
            }
        }
    }
}
function kindOf(stat) {
    if (stat.isDirectory())
        return 'a directory';
    if (stat.isFIFO())
        return 'a FIFO';
    if (stat.isSocket())
        return 'a socket';
    if (stat.isCharacterDevice() || stat.isBlockDevice())
        return 'a device';
    return 'not a file';
}
function describe(error) {
    const code = error?.code;
    switch (code) {
        case 'ENOENT':
            return 'file vanished before it could be read';
        case 'ELOOP':
            return 'symlink loop; not read';
        case 'EACCES':
        case 'EPERM':
            return 'permission denied';
        case 'EISDIR':
            return 'not a regular file (a directory); not read';
        case 'EAGAIN':
        case 'ENXIO':
            return 'not a regular file; not read';
        default:
            return `could not be read (${code ?? error?.message ?? 'unknown error'})`;
    }
}
function cached(cache, target) {
    let real = cache.get(target);
    if (real === undefined)
        cache.set(target, (real = external_node_fs_namespaceObject.realpathSync.native(target)));
    return real;
}

;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/discover/readAhead.ts





const IN_FLIGHT = 0;
const NEXT = 1;
/** Fewer files than this are read in place: a worker takes longer to start than they take to read. */
const MIN_FILES = 256;
const BATCH_FILES = 64;
/** How far the worker may read ahead: the bytes it holds for the main thread stay bounded whatever the files weigh. */
const AHEAD_BYTES = (/* unused pure expression or super */ null && (16 * 1024 * 1024));
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
function readAhead(root, files, maxBytes, realPaths, tuning = {}) {
    const readHere = (index) => readCandidate(root, files[index], maxBytes, realPaths);
    const inPlace = { read: readHere, close: () => undefined, fromWorker: 0 };
    const script = tuning.script ?? path.join(path.dirname(fileURLToPath(import.meta.url)), WORKER_FILE);
    if (files.length < (tuning.minFiles ?? MIN_FILES) || !existsSync(script))
        return inPlace;
    const shared = new SharedArrayBuffer(8);
    const slots = new Int32Array(shared);
    const { port1, port2 } = new MessageChannel();
    const job = { root, files, maxBytes, batchSize: tuning.batchSize ?? BATCH_FILES, shared, aheadBytes: tuning.aheadBytes ?? AHEAD_BYTES, port: port2 };
    let worker;
    try {
        worker = new Worker(script, { workerData: job, transferList: [port2] });
    }
    catch {
        port1.close();
        return inPlace;
    }
    const batches = new Map();
    let current;
    let fromWorker = 0;
    let failed = false;
    let wake;
    const received = (batch) => {
        batches.set(batch.start, batch);
        wake?.();
    };
    // Batches arrive by event while the main thread waits, and are taken at once when it does not.
    port1.on('message', received);
    const take = () => {
        for (let message = receiveMessageOnPort(port1); message; message = receiveMessageOnPort(port1))
            received(message.message);
    };
    const stop = () => {
        failed = true;
        wake?.();
    };
    worker.on('error', stop);
    worker.on('exit', stop);
    /** File `index` from the batch that holds it, if it has come: batches are contiguous, so one starts where the last ended. */
    const fromBatch = (index) => {
        if (!current || index >= current.start + current.outcomes.length) {
            if (!batches.has(index))
                take();
            current = batches.get(index);
            if (!current)
                return undefined;
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
            if (ready)
                return ready;
            // Not claimed by the worker yet: read here.
            if (tuning.share !== false && Atomics.compareExchange(slots, NEXT, index, index + 1) === index)
                return readHere(index);
            return (async () => {
                for (;;) {
                    const outcome = fromBatch(index);
                    if (outcome)
                        return outcome;
                    // A worker that stopped without posting this file: it is read here, never skipped.
                    if (failed)
                        return readHere(index);
                    await new Promise((resolve) => (wake = resolve));
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

;// CONCATENATED MODULE: ./src/discover/readWorker.ts



/**
 * The read-ahead worker (readAhead.ts): claims the next files a batch at a time, reads them with readCandidate's checks,
 * and posts each batch, its bytes packed into one transferred buffer.
 */
const job = external_node_worker_threads_namespaceObject.workerData;
const realPaths = newRealPaths();
const slots = new Int32Array(job.shared);
for (;;) {
    // Wait while the main thread has more than its share of bytes waiting (it wakes this thread as it takes them).
    for (let held = Atomics.load(slots, IN_FLIGHT); held > job.aheadBytes; held = Atomics.load(slots, IN_FLIGHT))
        Atomics.wait(slots, IN_FLIGHT, held, 1000);
    const start = Atomics.add(slots, NEXT, job.batchSize);
    if (start >= job.files.length)
        break;
    const outcomes = [];
    const chunks = [];
    let size = 0;
    for (const file of job.files.slice(start, start + job.batchSize)) {
        const read = readCandidate_readCandidate(job.root, file, job.maxBytes, realPaths);
        if (read.ok) {
            outcomes.push({ ok: true, offset: size, length: read.bytes.length });
            chunks.push(read.bytes);
            size += read.bytes.length;
        }
        else {
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
    const batch = { start, outcomes, buffer };
    Atomics.add(slots, IN_FLIGHT, size);
    job.port.postMessage(batch, [buffer]);
}

