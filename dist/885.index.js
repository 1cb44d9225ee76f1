export const id = 885;
export const ids = [885];
export const modules = {

/***/ 885:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readFiles: () => (/* binding */ readFiles)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/rootPath.ts
var rootPath = __webpack_require__(6147);
;// CONCATENATED MODULE: ./src/discover/readCandidate.ts



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
function readCandidate(root, file, maxBytes, realPaths = newRealPaths()) {
    const absolute = external_node_path_default().join(root, file);
    let real;
    try {
        const realRoot = cached(realPaths.roots, root);
        const realDirectory = cached(realPaths.directories, external_node_path_default().dirname(absolute));
        if (!(0,rootPath/* isInside */.F)(realRoot, realDirectory))
            return { ok: false, reason: 'symlink points outside the root; not read' };
        real = external_node_path_default().join(realDirectory, external_node_path_default().basename(absolute));
        if (!(0,rootPath/* isInside */.F)(realRoot, real))
            return { ok: false, reason: 'symlink points outside the root; not read' };
    }
    catch (error) {
        return { ok: false, reason: describe(error) };
    }
    const flags = external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK | external_node_fs_.constants.O_NOFOLLOW;
    let fd;
    try {
        try {
            fd = (0,external_node_fs_.openSync)(real, flags);
        }
        catch (error) {
            // ELOOP under O_NOFOLLOW: the file is a symlink. Follow it only to a real path inside the root.
            if (error.code !== 'ELOOP')
                throw error;
            real = external_node_fs_.realpathSync.native(absolute);
            if (!(0,rootPath/* isInside */.F)(cached(realPaths.roots, root), real))
                return { ok: false, reason: 'symlink points outside the root; not read' };
            fd = (0,external_node_fs_.openSync)(real, flags);
        }
        const stat = (0,external_node_fs_.fstatSync)(fd);
        if (!stat.isFile())
            return { ok: false, reason: `not a regular file (${kindOf(stat)}); not read` };
        if (stat.size > maxBytes) {
            return { ok: false, tooLarge: true, reason: `file is too large: ${stat.size} bytes (the limit is ${maxBytes})` };
        }
        const buffer = Buffer.allocUnsafe(Math.min(stat.size, maxBytes) + 1);
        let length = 0;
        while (length < buffer.length) {
            const bytesRead = (0,external_node_fs_.readSync)(fd, buffer, length, buffer.length - length, length);
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
                (0,external_node_fs_.closeSync)(fd);
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
        cache.set(target, (real = external_node_fs_.realpathSync.native(target)));
    return real;
}

// EXTERNAL MODULE: ./src/core/manifestKeys.ts
var manifestKeys = __webpack_require__(3118);
;// CONCATENATED MODULE: ./src/discover/manifestSniff.ts

const MARKER = Buffer.from('client_name');
const BACKSLASH = 0x5c;
/**
 * The candidate filter of discovery (SPEC §4): whether a searched JSON or YAML file may be a manifest, so that it is
 * parsed. It may be loose (the parsed top level decides), never blind: a file whose parsed top level has a
 * `client_name` key, however the source spells it (JSON `\u005f`, YAML `\x5f`, `\U0000005f`, an escaped line
 * break in a double-quoted key), or that the client-name-missing rule would report, always passes.
 */
function mayBeManifest(bytes) {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // Nearly every manifest names its client plainly: one fast search decides.
    if (buffer.includes(MARKER))
        return true;
    let text = buffer.toString('latin1');
    if (buffer.includes(BACKSLASH)) {
        text = unescapeAscii(text);
        if (text.includes('client_name'))
            return true;
    }
    return mayBeNearMiss(text);
}
/**
 * The escapes JSON and YAML double-quoted scalars have for ASCII characters, decoded; an escaped line break (YAML:
 * `\` at the end of a line joins it to the next without a space) removed with the next line's indentation.
 */
function unescapeAscii(text) {
    return text
        .replace(/\\(?:u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|U([0-9a-fA-F]{8}))/g, (whole, u, x, big) => {
        const code = parseInt(u ?? x ?? big, 16);
        return code < 0x80 ? String.fromCharCode(code) : whole;
    })
        .replace(/\\\r?\n[ \t]*/g, '');
}
/** Key-like tokens (a word and a colon) that are misspellings of client_name, or the keys only manifests have. */
function mayBeNearMiss(text) {
    let own = 0;
    for (const key of manifestKeys/* MANIFEST_ONLY_KEYS */.Sc)
        if (text.includes(key) && ++own >= manifestKeys/* MANIFEST_ONLY_QUORUM */.BM)
            return true;
    const keyLike = /([A-Za-z][A-Za-z0-9 _.-]{5,15})["']?\s*:/g;
    for (let match = keyLike.exec(text); match; match = keyLike.exec(text)) {
        if ((0,manifestKeys/* isNearClientName */.nc)(match[1].trim()))
            return true;
    }
    return false;
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./src/parse/formats.ts
var formats = __webpack_require__(8899);
;// CONCATENATED MODULE: ./src/discover/readAhead.ts






const YAML = 0;
const OTHER = 1;
const IN_FLIGHT = 0;
const NEXT = [1, 2];
/** Fewer files than this are read in place: a worker takes longer to start than they take to read. */
const MIN_FILES = 256;
const BATCH_FILES = 64;
/** How far the worker may read ahead: the bytes it holds for the main thread stay bounded whatever the files weigh. */
const AHEAD_BYTES = 16 * 1024 * 1024;
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
function readAhead(root, files, limits, realPaths, tuning = {}) {
    const given = new Uint8Array(files.length);
    let remaining = files.length;
    const give = (index, outcome) => {
        given[index] = 1;
        remaining--;
        return { index, outcome };
    };
    const readHere = (index) => give(index, readCandidate(root, files[index], limits.maxBytes, realPaths));
    let unread = 0;
    /** The first file not given yet, read here: in a run without a worker, or after the worker stopped. */
    const readUnread = () => {
        while (unread < files.length && given[unread] === 1)
            unread++;
        return unread < files.length ? readHere(unread) : undefined;
    };
    const inPlace = { next: readUnread, close: () => undefined, fromWorker: 0 };
    const script = tuning.script ?? external_node_path_default().join(external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url)), WORKER_FILE);
    if (files.length < (tuning.minFiles ?? MIN_FILES) || !(0,external_node_fs_.existsSync)(script))
        return inPlace;
    const queues = [[], []];
    files.forEach((file, index) => queues[(0,formats/* formatOf */.b)(file) === 'yaml' ? YAML : OTHER].push(index));
    const shared = new SharedArrayBuffer(12);
    const slots = new Int32Array(shared);
    const { port1, port2 } = new external_node_worker_threads_.MessageChannel();
    const job = {
        root,
        files,
        queues,
        limits: { maxBytes: limits.maxBytes, maxDepth: limits.maxDepth },
        batchSize: tuning.batchSize ?? BATCH_FILES,
        shared,
        aheadBytes: tuning.aheadBytes ?? AHEAD_BYTES,
        port: port2,
    };
    let worker;
    try {
        worker = new external_node_worker_threads_.Worker(script, { workerData: job, transferList: [port2] });
    }
    catch {
        port1.close();
        return inPlace;
    }
    const batches = [];
    let current;
    let at = 0;
    let fromWorker = 0;
    let stopped = false;
    let wake;
    const received = (batch) => {
        batches.push(batch);
        wake?.();
    };
    // Batches arrive by event while the main thread waits, and are taken at once when it does not.
    port1.on('message', received);
    const take = () => {
        for (let message = (0,external_node_worker_threads_.receiveMessageOnPort)(port1); message; message = (0,external_node_worker_threads_.receiveMessageOnPort)(port1))
            received(message.message);
    };
    const stop = () => {
        stopped = true;
        wake?.();
    };
    worker.on('error', stop);
    worker.on('exit', stop);
    /** The next file of a batch the worker has posted, if one has come. */
    const fromBatch = () => {
        if (!current || at === current.outcomes.length) {
            if (batches.length === 0)
                take();
            current = batches.shift();
            at = 0;
            if (!current)
                return undefined;
            Atomics.sub(slots, IN_FLIGHT, current.buffer.byteLength);
            Atomics.notify(slots, IN_FLIGHT);
        }
        const index = queues[current.queue][current.start + at];
        const outcome = current.outcomes[at++];
        fromWorker++;
        return give(index, outcome.ok
            ? { ok: true, bytes: new Uint8Array(current.buffer, outcome.offset, outcome.length), yaml: outcome.yaml }
            : outcome);
    };
    return {
        next() {
            if (remaining === 0)
                return undefined;
            const ready = fromBatch();
            if (ready)
                return ready;
            // No batch waiting: the main thread reads the next file neither thread has taken, from its own queue first.
            if (tuning.share !== false && !stopped) {
                for (const queue of [OTHER, YAML]) {
                    const position = Atomics.add(slots, NEXT[queue], 1);
                    if (position < queues[queue].length)
                        return readHere(queues[queue][position]);
                }
            }
            // No file left for this thread to take: the rest come in batches, or, once the worker has stopped, are read here.
            return (async () => {
                for (;;) {
                    const item = fromBatch();
                    if (item)
                        return item;
                    if (stopped)
                        return readUnread();
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

;// CONCATENATED MODULE: ./src/discover/sniffLargeFile.ts



/** A manifest names its client near the top; the scan of a huge file stops here so time and memory stay bounded. */
const SCAN_LIMIT = 16 * 1024 * 1024;
/**
 * Whether a file too large to parse may be a manifest (the candidate filter of manifestSniff.ts, on its first 16 MiB):
 * a huge manifest must be reported as too large, a huge unrelated JSON file (a lock file) must not be. Opened as
 * readCandidate opens files: non-blocking, not through a final symlink, and only a regular file is read.
 */
async function containsManifestMarker(root, file) {
    let handle;
    try {
        handle = await external_node_fs_.promises.open(external_node_path_default().join(root, file), external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK | external_node_fs_.constants.O_NOFOLLOW);
        if (!(await handle.stat()).isFile())
            return false;
        const chunks = [];
        for await (const chunk of handle.createReadStream({
            highWaterMark: 1 << 16,
            end: SCAN_LIMIT - 1,
            autoClose: false,
        }))
            chunks.push(chunk);
        return mayBeManifest(Buffer.concat(chunks));
    }
    catch {
        return false;
    }
    finally {
        await handle?.close().catch(() => undefined);
    }
}

;// CONCATENATED MODULE: ./src/parse/utf8.ts
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** Decodes strict UTF-8 and drops a UTF-8 BOM; other BOMs and invalid bytes are named with their byte offset. */
function decodeUtf8(bytes) {
    if (startsWith(bytes, [0x00, 0x00, 0xfe, 0xff]) || startsWith(bytes, [0xff, 0xfe, 0x00, 0x00])) {
        return {
            ok: false,
            offset: 0,
            reason: 'file is UTF-32 (it starts with a UTF-32 byte order mark); manifests must be UTF-8',
        };
    }
    if (startsWith(bytes, [0xfe, 0xff]) || startsWith(bytes, [0xff, 0xfe])) {
        return {
            ok: false,
            offset: 0,
            reason: 'file is UTF-16 (it starts with a UTF-16 byte order mark); manifests must be UTF-8',
        };
    }
    const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
    try {
        return { ok: true, text: decoder.decode(body) };
    }
    catch {
        const offset = firstInvalidByte(body);
        const byte = body[offset] ?? 0;
        const at = offset + (bytes.length - body.length);
        return {
            ok: false,
            offset: at,
            reason: `file is not valid UTF-8 (byte 0x${byte.toString(16).padStart(2, '0')} at byte offset ${at})`,
        };
    }
}
function startsWith(bytes, prefix) {
    return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}
/** Only called once decoding failed, to say where: the first byte that starts no valid UTF-8 sequence (RFC 3629 §4). */
function firstInvalidByte(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        let need;
        let min;
        let max = 0xbf;
        if (b < 0x80) {
            i++;
            continue;
        }
        else if (b >= 0xc2 && b <= 0xdf) {
            need = 1;
            min = 0x80;
        }
        else if (b >= 0xe0 && b <= 0xef) {
            need = 2;
            min = b === 0xe0 ? 0xa0 : 0x80;
            if (b === 0xed)
                max = 0x9f;
        }
        else if (b >= 0xf0 && b <= 0xf4) {
            need = 3;
            min = b === 0xf0 ? 0x90 : 0x80;
            if (b === 0xf4)
                max = 0x8f;
        }
        else {
            return i;
        }
        if (i + need >= bytes.length)
            return i;
        const second = bytes[i + 1];
        if (second === undefined || second < min || second > max)
            return i;
        for (let k = 2; k <= need; k++) {
            const c = bytes[i + k];
            if (c === undefined || c < 0x80 || c > 0xbf)
                return i;
        }
        i += need + 1;
    }
    return Math.max(0, bytes.length - 1);
}

;// CONCATENATED MODULE: ./src/parse/lineIndex.ts
/** Offsets (UTF-16 code units of the decoded text) to 1-based lines and columns; CRLF counts as one line break. */
class LineIndex {
    text;
    starts = [0];
    constructor(text) {
        this.text = text;
        for (let i = 0; i < text.length; i++) {
            if (text.charCodeAt(i) === 10)
                this.starts.push(i + 1);
        }
    }
    position(offset) {
        const clamped = Math.max(0, Math.min(offset, this.text.length));
        let low = 0;
        let high = this.starts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (this.starts[mid] <= clamped)
                low = mid;
            else
                high = mid - 1;
        }
        return { line: low + 1, column: clamped - this.starts[low] + 1 };
    }
    /** `end` is exclusive, so endColumn is the column just after the last character. */
    range(start, end) {
        const from = this.position(start);
        const to = this.position(Math.max(start, end));
        return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
    }
    /** The end of the line holding `offset`, without the line break and trailing blanks. */
    lineEnd(offset) {
        let end = this.text.indexOf('\n', offset);
        if (end === -1)
            end = this.text.length;
        while (end > offset && /[\s]/.test(this.text[end - 1]))
            end--;
        return end;
    }
}

;// CONCATENATED MODULE: ./src/parse/parseError.ts

/** A parse failure at one offset of the decoded text, one character wide. */
function parseErrorAt(text, offset, message) {
    const lines = new LineIndex(text);
    const at = Math.max(0, Math.min(offset, text.length));
    return {
        ok: false,
        problems: [
            {
                ruleId: 'parse-error',
                problem: {
                    pointer: '',
                    message,
                    range: lines.range(at, Math.min(at + 1, text.length)),
                },
            },
        ],
    };
}

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
// EXTERNAL MODULE: ./src/core/pointer.ts
var core_pointer = __webpack_require__(3950);
;// CONCATENATED MODULE: ./src/parse/jsonPositions.ts

/**
 * The range of a pointer in JSON text that JSON.parse accepted, found by one scan along the pointer: keys are read,
 * values off the path are skipped (strings with indexOf). jsonc-parser's parseTree, run cold on the first files
 * with findings, cost ~0.45 ms a file (~70 ms for the 156 JSON files with findings of the 10,000-manifest
 * benchmark); this costs a few microseconds. The ranges are those of jsonc-parser's tree (a property test compares
 * both): a value's own text, a key with its quotes, a container by its key or else its opening bracket, and the last
 * of duplicate keys, as JSON.parse takes it.
 */
function locateJson(text, pointer, target, lines) {
    let segments;
    try {
        segments = (0,core_pointer/* parsePointer */.vp)(pointer);
    }
    catch {
        segments = [];
    }
    const scan = new Scan(text);
    let value = scan.value(scan.blank(0));
    let key;
    let exact = true;
    for (const segment of segments) {
        const child = scan.child(value.start, segment);
        if (!child) {
            exact = false;
            break;
        }
        value = child.value;
        key = child.key;
    }
    if (exact && target === 'key' && key)
        return lines.range(key.start, key.end);
    const first = text.charCodeAt(value.start);
    if (first === 0x7b || first === 0x5b)
        return key ? lines.range(key.start, key.end) : lines.range(value.start, value.start + 1);
    return lines.range(value.start, value.end);
}
class Scan {
    text;
    constructor(text) {
        this.text = text;
    }
    blank(at) {
        return skipBlanks(this.text, at);
    }
    /** The value starting at `at`. */
    value(at) {
        const c = this.text.charCodeAt(at);
        if (c === 0x22)
            return { start: at, end: this.stringEnd(at) };
        if (c === 0x7b || c === 0x5b)
            return { start: at, end: this.containerEnd(at) };
        let i = at;
        for (let d = this.text.charCodeAt(i); i < this.text.length &&
            d !== 0x2c &&
            d !== 0x7d &&
            d !== 0x5d &&
            d !== 0x20 &&
            d !== 0x0a &&
            d !== 0x0d &&
            d !== 0x09; d = this.text.charCodeAt(++i))
            ;
        return { start: at, end: i };
    }
    /** The member or item `segment` of the container at `at`, the last of equal keys. */
    child(at, segment) {
        const open = this.text.charCodeAt(at);
        if (open === 0x7b) {
            let found;
            let i = this.blank(at + 1);
            while (this.text.charCodeAt(i) === 0x22) {
                const key = { start: i, end: this.stringEnd(i) };
                const value = this.value(this.blank(this.blank(key.end) + 1));
                if (this.keyText(key) === segment)
                    found = { key, value };
                i = this.blank(value.end);
                if (this.text.charCodeAt(i) === 0x2c)
                    i = this.blank(i + 1);
            }
            return found;
        }
        if (open === 0x5b && /^(0|[1-9]\d*)$/.test(segment)) {
            const index = Number(segment);
            let i = this.blank(at + 1);
            for (let n = 0; this.text.charCodeAt(i) !== 0x5d && i < this.text.length; n++) {
                const value = this.value(i);
                if (n === index)
                    return { value };
                i = this.blank(value.end);
                if (this.text.charCodeAt(i) === 0x2c)
                    i = this.blank(i + 1);
            }
        }
        return undefined;
    }
    keyText(key) {
        const raw = this.text.slice(key.start + 1, key.end - 1);
        return raw.includes('\\') ? JSON.parse(this.text.slice(key.start, key.end)) : raw;
    }
    stringEnd(at) {
        return stringEnd(this.text, at);
    }
    /** Just past the bracket that closes the container opening at `at`. */
    containerEnd(at) {
        let depth = 0;
        for (let i = at; i < this.text.length; i++) {
            const c = this.text.charCodeAt(i);
            if (c === 0x22)
                i = this.stringEnd(i) - 1;
            else if (c === 0x7b || c === 0x5b)
                depth++;
            else if ((c === 0x7d || c === 0x5d) && --depth === 0)
                return i + 1;
        }
        return this.text.length;
    }
}
/** Past the JSON blanks (space, tab, CR, LF) from `at`. */
function skipBlanks(text, at) {
    let i = at;
    for (let c = text.charCodeAt(i); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = text.charCodeAt(++i))
        ;
    return i;
}
/** Just past the closing quote of the string opening at `at` (the text's end when it does not close). */
function stringEnd(text, at) {
    let close = text.indexOf('"', at + 1);
    while (close !== -1 && escapedAt(text, close))
        close = text.indexOf('"', close + 1);
    return close === -1 ? text.length : close + 1;
}
/** Whether the character at `index` follows an odd run of backslashes (a quote that does not end a string). */
function escapedAt(text, index) {
    let backslashes = 0;
    while (text.charCodeAt(index - 1 - backslashes) === 0x5c)
        backslashes++;
    return backslashes % 2 === 1;
}

;// CONCATENATED MODULE: ./src/parse/depth.ts
/**
 * Nesting depth, measured without recursion so that a 100,000-deep `[[[[…` cannot overflow the stack of a
 * recursive parser: the text is scanned before any library parses it.
 */
/** Offset at which JSON nesting first goes deeper than `max`, or -1. Exact for JSON (brackets outside strings). */
function jsonDepthExceeded(text, max) {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 0x5c)
                i++;
            else if (c === 0x22)
                inString = false;
        }
        else if (c === 0x22) {
            inString = true;
        }
        else if (c === 0x5b || c === 0x7b) {
            if (++depth > max)
                return i;
        }
        else if (c === 0x5d || c === 0x7d) {
            depth--;
        }
    }
    return -1;
}
/**
 * Offset at which YAML flow nesting first goes deeper than `max`, or -1. Approximate (quotes are tracked per line,
 * comments skipped); block nesting needs an indentation per level, so the size limit already bounds it, and the
 * parsed tree is measured again exactly afterwards.
 */
function yamlFlowDepthExceeded(text, max) {
    let depth = 0;
    let quote = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x0a) {
            quote = 0;
            continue;
        }
        if (quote !== 0) {
            if (quote === 0x22 && c === 0x5c)
                i++;
            else if (c === quote)
                quote = 0;
            continue;
        }
        if (c === 0x23 && (i === 0 || text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 0x09)) {
            const end = text.indexOf('\n', i);
            if (end === -1)
                break;
            i = end - 1;
        }
        else if (c === 0x22 || (c === 0x27 && (i === 0 || /[\s[{,:]/.test(text[i - 1])))) {
            quote = c;
        }
        else if (c === 0x5b || c === 0x7b) {
            if (++depth > max)
                return i;
        }
        else if (c === 0x5d || c === 0x7d) {
            depth = Math.max(0, depth - 1);
        }
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/parse/json.ts






/**
 * JSON is judged by JSON.parse itself (exact semantics, and fast); jsonc-parser only supplies what JSON.parse
 * cannot: duplicate keys, positions, and the offset of a syntax error when V8's message has none.
 */
function parseJson(file, text, limits) {
    // V8's JSON.parse is iterative, so depth is measured on the value it returns (one walk that also counts keys);
    // the text is scanned for the offset only when the value is too deep or the text does not parse.
    const tooDeep = () => {
        const offset = jsonDepthExceeded(text, limits.maxDepth);
        return offset === -1 ? undefined : parseErrorAt(text, offset, `nesting is deeper than ${limits.maxDepth} levels`);
    };
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        return tooDeep() ?? syntaxError(text, error instanceof Error ? error.message : String(error));
    }
    const shape = shapeOf(value);
    if (shape.depth > limits.maxDepth) {
        const deep = tooDeep();
        if (deep)
            return deep;
    }
    // JSON.parse keeps the last of duplicate keys silently. When the text has as many keys as the value, there is no
    // duplicate and the (much slower) visit that finds them with their positions is skipped: measured ~0.45 s of
    // jsonc-parser visits on 5,000 manifests against ~0.03 s for the two counts.
    if (keyTokens(text) === shape.keys)
        return { ok: true, document: new JsonDocument(file, text, value), problems: [] };
    let lines;
    const lineIndex = () => (lines ??= new LineIndex(text));
    const problems = [];
    const seen = [];
    (0,main.visit)(text, {
        onObjectBegin: () => void seen.push(new Map()),
        onObjectEnd: () => void seen.pop(),
        onObjectProperty: (property, offset, length, _line, _char, pathSupplier) => {
            const keys = seen[seen.length - 1];
            const first = keys.get(property);
            if (first === undefined) {
                keys.set(property, offset);
                return;
            }
            const pointer = (0,core_pointer/* toPointer */.rb)([...pathSupplier(), property]);
            problems.push({
                ruleId: 'duplicate-key',
                problem: {
                    pointer,
                    target: 'key',
                    message: `duplicate key "${property}" (first at line ${lineIndex().position(first).line}); the last value is used`,
                    range: lineIndex().range(offset, offset + length),
                },
            });
        },
    }, { disallowComments: true, allowTrailingComma: false });
    return { ok: true, document: new JsonDocument(file, text, value), problems };
}
/**
 * Positions are found in the text when a finding needs one (jsonPositions.ts). A class, not an object of closures:
 * every document lives to the end of the run, and fewer objects for each of 10,000 is less for the collector to copy.
 */
class JsonDocument {
    file;
    text;
    value;
    format = 'json';
    lines;
    constructor(file, text, value) {
        this.file = file;
        this.text = text;
        this.value = value;
    }
    locate(pointer, target = 'value') {
        this.lines ??= new LineIndex(this.text);
        return locateJson(this.text, pointer, target, this.lines);
    }
}
/**
 * Object keys in valid JSON text: strings followed by a colon. Quotes are found with indexOf, a fast search: a loop
 * over every character cost ~5 µs of a 1.5 KB manifest.
 */
function keyTokens(text) {
    let count = 0;
    for (let open = text.indexOf('"'); open !== -1;) {
        const end = stringEnd(text, open);
        if (text.charCodeAt(skipBlanks(text, end)) === 0x3a)
            count++;
        open = text.indexOf('"', end);
    }
    return count;
}
/**
 * Own keys of every object in a parsed JSON value, and its nesting depth (containers), without recursion. Only
 * containers go on the stack.
 */
function shapeOf(value) {
    if (value === null || typeof value !== 'object')
        return { keys: 0, depth: 0 };
    let keys = 0;
    let depth = 0;
    const stack = [{ node: value, level: 1 }];
    while (stack.length > 0) {
        const { node, level } = stack.pop();
        if (level > depth)
            depth = level;
        if (Array.isArray(node)) {
            for (const item of node)
                if (item !== null && typeof item === 'object')
                    stack.push({ node: item, level: level + 1 });
        }
        else {
            for (const key in node) {
                if (!Object.prototype.hasOwnProperty.call(node, key))
                    continue;
                keys++;
                const item = node[key];
                if (item !== null && typeof item === 'object')
                    stack.push({ node: item, level: level + 1 });
            }
        }
    }
    return { keys, depth };
}
function syntaxError(text, v8Message) {
    const position = /at position (\d+)/.exec(v8Message);
    let offset;
    if (position) {
        offset = Number(position[1]);
    }
    else {
        const errors = [];
        (0,main.parseTree)(text, errors, { disallowComments: true, allowTrailingComma: false });
        offset = errors.length > 0 ? errors[0].offset : /end of JSON input/.test(v8Message) ? text.length : 0;
        if (errors.length > 0 && !/end of JSON input/.test(v8Message) && !/is not valid JSON/.test(v8Message)) {
            v8Message = (0,main.printParseErrorCode)(errors[0].error);
        }
    }
    // V8 quotes the text around the fault (`Unexpected token 'x', ..."client_secret": 'hun"... is not valid JSON`):
    // everything from that quote on is cut, so no part of a value (a secret, say) reaches a report.
    let message = v8Message
        .split(/, (?:\.\.\.)?"/)[0]
        .replace(/ in JSON at position \d+.*$/s, '')
        .replace(/^Unexpected end of JSON input$/, 'unexpected end of file');
    if (message.includes('"') || message.length > 80)
        message = 'syntax error';
    return parseErrorAt(text, offset, `invalid JSON: ${lowerFirst(message)}`);
}
function lowerFirst(text) {
    return text.charAt(0).toLowerCase() + text.slice(1);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
;// CONCATENATED MODULE: ./src/parse/yamlFast.ts

/**
 * The fast path for YAML manifests. `yaml` (the full path, with positions and every check) costs ~0.8 ms per 2 KB
 * manifest, most of it in its lexer and CST; js-yaml builds the same value ~4–8× faster (measured on the benchmark
 * corpus: 5,000 YAML manifests in ~0.45 s against ~2–4 s). Most manifests need no position at all, because nothing
 * is wrong with them: so the value comes from js-yaml, and `yaml` runs only when a finding needs a position.
 *
 * The fast path is taken only when both parsers must agree. Whenever the text or the value holds anything where
 * YAML 1.2 core (as `yaml` reads it) and js-yaml's CORE_SCHEMA could differ, or anything the full path reports on
 * (duplicate keys, tags, anchors and aliases, several documents, non-finite numbers, depth), it returns undefined
 * and the full path decides. A property test compares both paths on generated YAML.
 */
function fastYamlValue(text, maxDepth) {
    if (risky(text))
        return undefined;
    let value;
    try {
        // CORE_SCHEMA: YAML 1.2 core types only (no timestamps, no merge keys); duplicate keys throw (json: false).
        value = js_yaml/* default.load */.Ay.load(text, { schema: js_yaml/* default.CORE_SCHEMA */.Ay.CORE_SCHEMA, json: false });
    }
    catch {
        return undefined;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return undefined;
    return agreed(value, maxDepth) ? value : undefined;
}
/**
 * Text the fast path leaves to the full one: anchors, aliases and tags (`&`, `*`, `!` opening a token), merge keys,
 * directives and document markers, complex keys, a flow collection opening a line or inside another (where it may be
 * a key), tabs, binary/hex/octal or signed radix numbers, negative zero (js-yaml drops its sign), and a quoted scalar
 * that does not end on its line, a comment glued to a quote or bracket, a lone CR, keep-chomping block scalars, lines
 * over 1,024 characters (the limit of an implicit key), and a flow collection spanning lines. Each pattern is tried
 * only when a substring search finds what it needs: one regular expression of all the alternatives cost ~40 µs per
 * manifest, more than js-yaml's whole parse of some, and a one-character expression as the test cost ~6 µs of the
 * 1.5 KB benchmark manifests (as much as all the substring searches).
 */
const RISKY = [
    [['&', '*', '!'], /(?:^|[\s[\]{},])[&*!]/m],
    [['<<', '\t'], /<<|\t/],
    [['---', '...', '%'], /^(?:---|\.\.\.|%)/m],
    [['?'], /^\s*\?(?:\s|$)/m],
    [['0b', '0B', '0o', '0O', '0x', '0X'], /(?:^|[\s:[\]{},-])[-+]?0[bBoOxX]/m],
    [['[', '{'], /^ *(?:- +)*[[{]|[[{,] *[[{]/m],
    [['-0'], /(?:^|[\s[{:,])-0/m],
    [['#'], /["'\]}]#/],
    [['\r'], /\r(?!\n)/],
    [['+'], /[|>][1-9]?\+|[|>]\+[1-9]?/],
    [['"', "'"], /(?:^|[\s[{,])(?:"(?:[^"\\\n]|\\.)*\\?|'(?:[^'\n]|'')*)$/m],
    // A sequence entry with nothing on its line: js-yaml 4.3 reads a less indented entry after an empty one into the
    // inner sequence (`-\n  - b\n  -\n- x` gives [[b, null, x]], not [[b, null], x]).
    [['-\n', '-\r', '- \n', '- \r', '- #', '-  '], /^ *(?:- +)*- *(?:#.*)?\r?$/m],
];
/** Whether the text holds any of the needles: a plain substring search, several times faster than a regular expression. */
function holdsAny(text, needles) {
    for (const needle of needles)
        if (text.includes(needle))
            return true;
    return false;
}
function risky(text) {
    return (RISKY.some(([cheap, exact]) => holdsAny(text, cheap) && exact.test(text)) ||
        (holdsAny(text, ['[', '{']) && flowSpansLines(text)) ||
        hasLongLine(text) ||
        EMPTY_ENTRY.test(text.slice(text.lastIndexOf('\n') + 1)));
}
/** The same empty sequence entry as the last line of a text without a final line break. */
const EMPTY_ENTRY = /^ *(?:- +)*- *$/;
/** A line over 1,024 characters, found with indexOf (a regular expression like /[^\n]{1025}/ rescans every line from each of its characters). */
function hasLongLine(text) {
    if (text.length <= 1024)
        return false;
    let start = 0;
    for (;;) {
        const end = text.indexOf('\n', start);
        if ((end === -1 ? text.length : end) - start > 1024)
            return true;
        if (end === -1)
            return false;
        start = end + 1;
    }
}
/** A flow collection that does not close on the line it opens on: the parsers differ on its continuation lines. */
function flowSpansLines(text) {
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x5b || c === 0x7b)
            depth++;
        else if (c === 0x5d || c === 0x7d)
            depth--;
        else if (c === 0x0a) {
            if (depth !== 0)
                return true;
            depth = 0;
        }
    }
    return depth !== 0;
}
/** YAML 1.2 core scalars other than strings: a string that looks like one may have been resolved differently. */
const CORE_NON_STRING = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|true|True|TRUE|false|False|FALSE|null|Null|NULL|~|)$/;
/** Only strings that begin like a number, a boolean, null or `~` (or are empty) need the regular expression. */
function mayResolve(text) {
    if (text === '')
        return true;
    const c = text.charCodeAt(0);
    const candidate = (c >= 0x30 && c <= 0x39) ||
        c === 0x2b ||
        c === 0x2d ||
        c === 0x2e ||
        c === 0x7e ||
        c === 0x74 ||
        c === 0x54 ||
        c === 0x66 ||
        c === 0x46 ||
        c === 0x6e ||
        c === 0x4e;
    return candidate && CORE_NON_STRING.test(text);
}
/**
 * Every number finite, no string or key that could have resolved differently, nesting within the limit. Scalars are
 * judged where they are met and only collections go on the stack: an entry for every value cost more than the checks.
 */
function agreed(root, maxDepth) {
    const stack = [{ node: root, depth: 1 }];
    const scalarAgrees = (value) => {
        if (typeof value === 'number')
            return Number.isFinite(value) && !Object.is(value, -0);
        return typeof value !== 'string' || !mayResolve(value);
    };
    while (stack.length > 0) {
        const { node, depth } = stack.pop();
        if (depth > maxDepth)
            return false;
        if (Array.isArray(node)) {
            for (const item of node) {
                if (item !== null && typeof item === 'object')
                    stack.push({ node: item, depth: depth + 1 });
                else if (!scalarAgrees(item))
                    return false;
            }
        }
        else {
            for (const key of Object.keys(node)) {
                if (mayResolve(key))
                    return false;
                const item = node[key];
                if (item !== null && typeof item === 'object')
                    stack.push({ node: item, depth: depth + 1 });
                else if (!scalarAgrees(item))
                    return false;
            }
        }
    }
    return true;
}

;// CONCATENATED MODULE: ./src/parse/yamlFastPositions.ts



function fastYamlPositions(text) {
    if (text.charCodeAt(0) === 0xfeff)
        return undefined;
    const top = { open: 0, close: 0, kind: null, result: null, children: [] };
    const stack = [top];
    try {
        js_yaml/* default.load */.Ay.load(text, {
            schema: js_yaml/* default.CORE_SCHEMA */.Ay.CORE_SCHEMA,
            json: false,
            listener(event, state) {
                if (event === 'open') {
                    const frame = { open: state.position, close: -1, kind: null, result: null, children: [] };
                    stack[stack.length - 1].children.push(frame);
                    stack.push(frame);
                }
                else {
                    const frame = stack.pop();
                    const read = state;
                    frame.close = state.position;
                    frame.kind = read.kind;
                    frame.result = read.result;
                }
            },
        });
    }
    catch {
        return undefined;
    }
    if (top.children.length !== 1 || stack.length !== 1)
        return undefined;
    const root = top.children[0];
    const lines = new LineIndex(text);
    /** Past blanks, line breaks and comments: where a node that opened at `offset` really starts. */
    const skipSeparation = (offset) => {
        let i = offset;
        for (;;) {
            const c = text.charCodeAt(i);
            if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d)
                i++;
            else if (c === 0x23) {
                const eol = text.indexOf('\n', i);
                if (eol === -1)
                    return text.length;
                i = eol + 1;
            }
            else
                return i;
        }
    };
    /** Back over the blanks and line breaks a scalar's reader stepped past. */
    const trimEnd = (start, end) => {
        let i = end;
        while (i > start) {
            const c = text.charCodeAt(i - 1);
            if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d)
                i--;
            else
                break;
        }
        return i;
    };
    const nodeOf = (frame) => {
        if (frame.kind === null)
            return { kind: 'empty' };
        const start = skipSeparation(frame.open);
        const first = text.charCodeAt(start);
        if (frame.kind === 'scalar') {
            if (first === 0x7c || first === 0x3e)
                return { kind: 'block-scalar' };
            return { kind: 'scalar', span: { start, end: trimEnd(start, frame.close) } };
        }
        if (first === 0x5b || first === 0x7b)
            return { kind: 'flow', start };
        if (frame.kind === 'sequence') {
            const items = frame.children;
            if (!Array.isArray(frame.result) || items.length !== frame.result.length || items.some((i) => i.kind === null))
                return undefined;
            return { kind: 'seq', start, items };
        }
        // A block mapping: its children are key, value, key, value…, and a last key that was tried and not found.
        const children = frame.children.length % 2 === 1 && frame.children.at(-1).kind === null
            ? frame.children.slice(0, -1)
            : frame.children;
        if (children.length % 2 !== 0 || frame.result === null || typeof frame.result !== 'object')
            return undefined;
        const pairs = [];
        for (let i = 0; i < children.length; i += 2) {
            const key = children[i];
            if (key.kind !== 'scalar' || typeof key.result !== 'string')
                return undefined;
            const keyStart = skipSeparation(key.open);
            pairs.push({
                key: key.result,
                span: { start: keyStart, end: trimEnd(keyStart, key.close) },
                value: children[i + 1],
            });
        }
        if (pairs.length !== Object.keys(frame.result).length)
            return undefined;
        return { kind: 'map', start, pairs };
    };
    const range = (span) => lines.range(span.start, span.end);
    return {
        // The walk of locateYaml (yaml.ts), step for step.
        locate(pointer, target) {
            let segments;
            try {
                segments = (0,core_pointer/* parsePointer */.vp)(pointer);
            }
            catch {
                segments = [];
            }
            let node = nodeOf(root);
            let key;
            let exact = true;
            for (const segment of segments) {
                if (node === undefined || node.kind === 'flow')
                    return undefined;
                let next;
                if (node.kind === 'map') {
                    const pair = node.pairs.findLast((p) => p.key === segment);
                    next = pair && { key: pair.span, value: pair.value };
                }
                else if (node.kind === 'seq' && /^(0|[1-9]\d*)$/.test(segment)) {
                    const index = Number(segment);
                    next = index < node.items.length ? { value: node.items[index] } : undefined;
                }
                if (!next) {
                    exact = false;
                    break;
                }
                node = nodeOf(next.value);
                key = next.key;
            }
            if (node === undefined)
                return undefined;
            if (exact && target === 'key' && key)
                return range(key);
            switch (node.kind) {
                case 'empty':
                    return key ? range(key) : lines.range(0, 0);
                case 'map':
                case 'seq':
                    return key ? range(key) : lines.range(node.start, lines.lineEnd(node.start));
                case 'flow':
                    return key ? range(key) : lines.range(node.start, node.start + 1);
                case 'scalar':
                    return range(node.span);
                case 'block-scalar':
                    return undefined;
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/parse/yaml.ts







/** Tags whose values are plain JSON data; anything else (!!binary, !!timestamp, custom tags) is not a manifest value. */
const JSON_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));
/**
 * YAML 1.2 core schema; duplicate keys are findings, not parse errors (the last value wins). The value comes from the
 * fast path when it is certain to agree with the full one (see yamlFast.ts), else from the full path. `ahead` is the
 * fast path's outcome on this text when the read-ahead worker ran it: its value, or null where it declined.
 */
function parseYaml(file, text, limits, ahead) {
    // The fast path measures the depth of the value it builds (js-yaml overflowing its stack on absurd nesting is a
    // refusal like any other); the full path scans the text first.
    const value = ahead === undefined ? fastYamlValue(text, limits.maxDepth) : (ahead ?? undefined);
    if (value === undefined)
        return parseYamlFully(file, text, limits);
    return { ok: true, document: new FastYamlDocument(file, text, value, limits), problems: [] };
}
/**
 * A document whose value came from the fast path. Positions are computed when the first finding needs one: by js-yaml
 * again where it can (yamlFastPositions.ts), else by the full path. A class, not an object of closures: every
 * document lives to the end of the run, and two objects fewer for each of 10,000 is less for the collector to copy.
 */
class FastYamlDocument {
    file;
    text;
    value;
    limits;
    format = 'yaml';
    fast;
    full;
    constructor(file, text, value, limits) {
        this.file = file;
        this.text = text;
        this.value = value;
        this.limits = limits;
    }
    locate(pointer, target = 'value') {
        if (this.fast === undefined)
            this.fast = fastYamlPositions(this.text) ?? null;
        const located = this.fast?.locate(pointer, target);
        if (located)
            return located;
        if (this.full === undefined) {
            const outcome = parseYamlFully(this.file, this.text, this.limits);
            this.full = outcome.ok ? outcome.document : null;
        }
        return this.full ? this.full.locate(pointer, target) : { line: 1, column: 1, endLine: 1, endColumn: 1 };
    }
}
/** The full path: `yaml` with positions, duplicate keys, tags, aliases and depth. */
function parseYamlFully(file, text, limits) {
    const tooDeep = yamlFlowDepthExceeded(text, limits.maxDepth);
    if (tooDeep !== -1)
        return parseErrorAt(text, tooDeep, `nesting is deeper than ${limits.maxDepth} levels`);
    let documents;
    try {
        documents = (0,dist/* parseAllDocuments */.hR)(text, { uniqueKeys: false, prettyErrors: false, strict: true });
    }
    catch (error) {
        return parseErrorAt(text, 0, describeFailure(error, limits));
    }
    if (documents.length === 0)
        return parseErrorAt(text, 0, 'file holds no YAML document, only comments');
    if (documents.length > 1) {
        return parseErrorAt(text, documents[1].range[0], `file holds ${documents.length} YAML documents; a manifest is one document`);
    }
    const doc = documents[0];
    // Compact block nesting (`- - - - x`) adds depth without adding lines, so the size limit does not bound it: the
    // library's recursive composer overflows the stack and records RESOURCE_EXHAUSTION instead of throwing.
    const exhausted = doc.errors.find((e) => e.code === 'RESOURCE_EXHAUSTION');
    if (exhausted)
        return parseErrorAt(text, exhausted.pos[0], `nesting is deeper than ${limits.maxDepth} levels`);
    const fault = doc.errors[0];
    if (fault)
        return parseErrorAt(text, fault.pos[0], `invalid YAML: ${firstLine(fault.message)}`);
    const problems = [];
    const lines = new LineIndex(text);
    const unfit = inspect(doc.contents, doc, limits, lines, problems);
    if (unfit)
        return parseErrorAt(text, unfit.offset, unfit.message);
    let value;
    try {
        value = doc.toJS({ maxAliasCount: limits.maxAliasCount });
    }
    catch (error) {
        return parseErrorAt(text, 0, describeFailure(error, limits));
    }
    const document = {
        file,
        format: 'yaml',
        text,
        value,
        locate: (pointer, target = 'value') => locateYaml(doc.contents, pointer, target, lines),
    };
    return { ok: true, document, problems };
}
function describeFailure(error, limits) {
    if (error instanceof RangeError)
        return `nesting is deeper than ${limits.maxDepth} levels`;
    const message = error instanceof Error ? error.message : String(error);
    if (/alias count/i.test(message)) {
        return `too many alias expansions (more than ${limits.maxAliasCount}): a YAML alias bomb?`;
    }
    return `invalid YAML: ${firstLine(message)}`;
}
function firstLine(message) {
    return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
/**
 * One walk (with an explicit stack, never recursion) over the tree: duplicate keys, keys that are collections,
 * tags that are not JSON data, numbers JSON cannot hold, and the exact nesting depth.
 */
function inspect(root, doc, limits, lines, problems) {
    const stack = [{ node: root, path: [], depth: 1 }];
    while (stack.length > 0) {
        const { node, path, depth } = stack.pop();
        if (!node || (0,dist/* isAlias */.Vj)(node))
            continue;
        if ((0,dist/* isScalar */.jn)(node) || (0,dist/* isCollection */.P3)(node)) {
            const tag = node.tag;
            if (tag !== undefined && tag !== '!' && !JSON_TAGS.has(tag)) {
                return {
                    offset: node.range?.[0] ?? 0,
                    message: `YAML tag ${shortTag(tag)} is not plain JSON data`,
                };
            }
        }
        if ((0,dist/* isScalar */.jn)(node)) {
            if (typeof node.value === 'number' && !Number.isFinite(node.value)) {
                return {
                    offset: node.range?.[0] ?? 0,
                    message: `${String(node.source ?? node.value)} is not a number JSON can hold`,
                };
            }
            continue;
        }
        if (!(0,dist/* isCollection */.P3)(node))
            continue;
        if (depth > limits.maxDepth) {
            return { offset: node.range?.[0] ?? 0, message: `nesting is deeper than ${limits.maxDepth} levels` };
        }
        if ((0,dist/* isSeq */.oP)(node)) {
            node.items.forEach((item, index) => stack.push({ node: item, path: [...path, String(index)], depth: depth + 1 }));
            continue;
        }
        if ((0,dist/* isMap */.jh)(node)) {
            const seen = new Map();
            for (const pair of node.items) {
                // An alias key (`*x : 1`) is the node it names: a collection smuggled in that way is refused too.
                if ((0,dist/* isCollection */.P3)(pair.key) || ((0,dist/* isAlias */.Vj)(pair.key) && (0,dist/* isCollection */.P3)(pair.key.resolve(doc)))) {
                    return {
                        offset: pair.key.range?.[0] ?? 0,
                        message: 'a mapping key is itself a collection; manifest keys are strings',
                    };
                }
                // Keys are not walked like values, so their tags are checked here (`!!binary k: 1` would be a Uint8Array key).
                const keyTag = (0,dist/* isScalar */.jn)(pair.key) ? pair.key.tag : undefined;
                if (keyTag !== undefined && keyTag !== '!' && !JSON_TAGS.has(keyTag)) {
                    return {
                        offset: pair.key.range?.[0] ?? 0,
                        message: `YAML tag ${shortTag(keyTag)} is not plain JSON data`,
                    };
                }
                const key = keyText(pair);
                const keyOffset = pair.key?.range?.[0];
                const first = seen.get(key);
                if (first !== undefined && keyOffset !== undefined) {
                    const keyNode = pair.key;
                    problems.push({
                        ruleId: 'duplicate-key',
                        problem: {
                            pointer: (0,core_pointer/* toPointer */.rb)([...path, key]),
                            target: 'key',
                            message: `duplicate key "${key}" (first at line ${lines.position(first).line}); the last value is used`,
                            range: lines.range(keyNode.range[0], keyNode.range[1]),
                        },
                    });
                }
                else if (first === undefined) {
                    seen.set(key, keyOffset ?? 0);
                }
                stack.push({ node: pair.value, path: [...path, key], depth: depth + 1 });
            }
        }
    }
    return undefined;
}
function shortTag(tag) {
    return tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
}
/** The key as `toJS` turns it into a property name. */
function keyText(pair) {
    const key = pair.key;
    if (key === null || key === undefined)
        return '';
    if ((0,dist/* isScalar */.jn)(key))
        return key.value === null ? '' : String(key.value);
    if ((0,dist/* isAlias */.Vj)(key))
        return String(key.source);
    return String(key);
}
function locateYaml(root, pointer, target, lines) {
    let segments;
    try {
        segments = (0,core_pointer/* parsePointer */.vp)(pointer);
    }
    catch {
        segments = [];
    }
    let node = root;
    let key;
    let exact = true;
    for (const segment of segments) {
        const step = childOf(node, segment);
        if (!step) {
            exact = false;
            break;
        }
        node = step.value;
        key = step.key;
        if (!node || (!(0,dist/* isCollection */.P3)(node) && !(0,dist/* isScalar */.jn)(node) && !(0,dist/* isAlias */.Vj)(node)))
            break;
    }
    if (exact && target === 'key' && key)
        return nodeRange(key, lines);
    const valueNode = node;
    if (!valueNode?.range || ((0,dist/* isScalar */.jn)(valueNode) && valueNode.range[0] === valueNode.range[1])) {
        return key ? nodeRange(key, lines) : lines.range(0, 0);
    }
    if ((0,dist/* isCollection */.P3)(valueNode)) {
        if (key)
            return nodeRange(key, lines);
        const start = valueNode.range[0];
        const flow = valueNode.flow === true;
        return lines.range(start, flow ? start + 1 : lines.lineEnd(start));
    }
    return nodeRange(valueNode, lines);
}
function nodeRange(node, lines) {
    const [start, end] = node.range ?? [0, 0];
    return lines.range(start, end);
}
function childOf(node, segment) {
    if ((0,dist/* isMap */.jh)(node)) {
        let found;
        for (const pair of node.items)
            if ((0,dist/* isPair */.tO)(pair) && keyText(pair) === segment)
                found = pair;
        return found ? { key: found.key ?? undefined, value: found.value } : undefined;
    }
    if ((0,dist/* isSeq */.oP)(node) && /^(0|[1-9]\d*)$/.test(segment)) {
        const index = Number(segment);
        return index < node.items.length ? { value: node.items[index] } : undefined;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/parse/parseSource.ts






/**
 * Bytes to a document with positions, or parse-error problems; never throws. `yaml` is the YAML fast path's value of
 * these bytes when the read-ahead worker found it already (readAhead.ts): null if the fast path declined them.
 */
function parseSource(file, bytes, format, limits = {}, yaml) {
    const effective = { ...formats/* defaultParseLimits */.j, ...limits };
    if (bytes.length > effective.maxBytes) {
        return parseErrorAt('', 0, `file is too large: ${bytes.length} bytes (the limit is ${effective.maxBytes})`);
    }
    const decoded = decodeUtf8(bytes);
    if (!decoded.ok) {
        const prefix = decodeUtf8(bytes.subarray(0, decoded.offset));
        return parseErrorAt(prefix.ok ? prefix.text : '', Number.MAX_SAFE_INTEGER, decoded.reason);
    }
    const text = decoded.text;
    if (text.trim() === '')
        return parseErrorAt(text, 0, 'file is empty');
    try {
        return format === 'json' ? parseJson(file, text, effective) : parseYaml(file, text, effective, yaml);
    }
    catch (error) {
        const reason = error instanceof RangeError
            ? `nesting is deeper than ${effective.maxDepth} levels`
            : `could not be parsed: ${error.message}`;
        return parseErrorAt(text, 0, reason);
    }
}

;// CONCATENATED MODULE: ./src/engine/readFiles.ts






/**
 * Reads and parses the candidates, and gives them in their order; `onFile` has each as soon as it is parsed, with its
 * index among the candidates. A file that does not look like a manifest is left out unless it was named explicitly;
 * one that cannot be read is a parse-error finding when it matters, else a skipped file.
 *
 * The reads are synchronous (readCandidate.ts says why) and, in a large run, shared with a worker thread that reads
 * ahead (readAhead.ts); files come in the order they are ready and are put back in order at the end. Only a file over
 * the size limit is awaited here, for the sniff that decides whether it is reported.
 */
async function readFiles(root, candidates, limits, onProgress, onFile) {
    // By candidate index; the holes of files left out vanish in the filters below.
    const files = new Array(candidates.length);
    const skipped = new Array(candidates.length);
    const reader = readAhead(root, candidates.map((c) => c.file), limits, newRealPaths());
    let done = 0;
    try {
        for (;;) {
            const pending = reader.next();
            const item = pending instanceof Promise ? await pending : pending;
            if (!item)
                break;
            const { index, outcome: read } = item;
            const candidate = candidates[index];
            const declared = (0,formats/* formatOf */.b)(candidate.file);
            if (!read.ok) {
                if (read.tooLarge && (candidate.explicit || (await containsManifestMarker(root, candidate.file)))) {
                    files[index] = failed(candidate, declared ?? 'json', read.reason);
                }
                else if (!read.tooLarge && candidate.explicit) {
                    files[index] = failed(candidate, declared ?? 'json', read.reason);
                }
                else if (!read.tooLarge) {
                    skipped[index] = { file: candidate.file, reason: read.reason };
                }
            }
            else if (candidate.explicit || mayBeManifest(read.bytes)) {
                const format = declared ?? guessFormat(read.bytes);
                files[index] = {
                    file: candidate.file,
                    format,
                    explicit: candidate.explicit,
                    outcome: parseSource(candidate.file, read.bytes, format, limits, read.yaml),
                };
            }
            const file = files[index];
            if (file && onFile)
                onFile(file, index);
            onProgress?.(++done, candidates.length);
        }
    }
    finally {
        reader.close();
    }
    return { files: files.filter((f) => f !== undefined), skipped: skipped.filter((s) => s !== undefined) };
}
function failed(candidate, format, reason) {
    return {
        file: candidate.file,
        format,
        explicit: candidate.explicit,
        outcome: {
            ok: false,
            problems: [
                {
                    ruleId: 'parse-error',
                    problem: { pointer: '', message: reason, range: { line: 1, column: 1, endLine: 1, endColumn: 1 } },
                },
            ],
        },
    };
}
/** A file named explicitly with an unknown extension: JSON if it opens like JSON, else YAML. */
function guessFormat(bytes) {
    for (const byte of bytes) {
        if (byte === 0x20 ||
            byte === 0x09 ||
            byte === 0x0a ||
            byte === 0x0d ||
            byte === 0xef ||
            byte === 0xbb ||
            byte === 0xbf)
            continue;
        return byte === 0x7b || byte === 0x5b ? 'json' : 'yaml';
    }
    return 'yaml';
}


/***/ })

};
