export const id = 580;
export const ids = [580,381];
export const modules = {

/***/ 3776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ decodeUtf8),
/* harmony export */   u: () => (/* binding */ hasUtf8Bom)
/* harmony export */ });
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/**
 * Decodes strict UTF-8 and drops a UTF-8 BOM; other BOMs and invalid bytes are named with their byte offset. The one
 * decoding of a manifest: findings' offsets count this text, wherever their edits are applied or shown.
 */
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
    const body = hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes;
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
/** Whether the bytes open with a UTF-8 byte order mark (which decodeUtf8 drops, and a writer puts back). */
function hasUtf8Bom(bytes) {
    return startsWith(bytes, [0xef, 0xbb, 0xbf]);
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


/***/ }),

/***/ 5580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseNamed: () => (/* binding */ parseNamed),
  readFiles: () => (/* binding */ readFiles)
});

// EXTERNAL MODULE: ./src/files/fileRoot.ts
var fileRoot = __webpack_require__(2433);
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

// EXTERNAL MODULE: ./src/files/readInside.ts
var readInside = __webpack_require__(8955);
;// CONCATENATED MODULE: ./src/discover/readCandidate.ts

/**
 * Reads one listed file of the root with every check of readInside (src/files). A file the listing named and the disk
 * no longer has is said to have vanished: it was there when the run began.
 */
function readCandidate(root, file, maxBytes) {
    const read = (0,readInside/* readInside */.xO)(root, file, maxBytes);
    return read.ok || read.code !== 'missing' ? read : { ...read, reason: 'file vanished before it could be read' };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/discover/sniffLargeFile.ts



/** A manifest names its client near the top; the scan of a huge file stops here so time and memory stay bounded. */
const SCAN_LIMIT = 16 * 1024 * 1024;
const CHUNK = 1 << 16;
/**
 * Whether a file too large to parse may be a manifest (the candidate filter of manifestSniff.ts, on its first 16 MiB):
 * a huge manifest must be reported as too large, a huge unrelated JSON file (a lock file) must not be. Opened by
 * openInside, as every file is.
 */
function containsManifestMarker(root, file) {
    const opened = (0,readInside/* openInside */.X$)(root, file);
    if (!opened.ok)
        return false;
    try {
        const chunks = [];
        for (let scanned = 0; scanned < SCAN_LIMIT;) {
            const chunk = Buffer.allocUnsafe(Math.min(CHUNK, SCAN_LIMIT - scanned));
            const bytesRead = (0,external_node_fs_.readSync)(opened.fd, chunk, 0, chunk.length, scanned);
            if (bytesRead === 0)
                break;
            chunks.push(chunk.subarray(0, bytesRead));
            scanned += bytesRead;
        }
        return mayBeManifest(Buffer.concat(chunks));
    }
    catch {
        return false;
    }
    finally {
        (0,readInside/* closeQuietly */.EO)(opened.fd);
    }
}

// EXTERNAL MODULE: ./src/parse/formats.ts
var formats = __webpack_require__(8899);
// EXTERNAL MODULE: ./src/parse/parseSource.ts
var parseSource = __webpack_require__(8381);
;// CONCATENATED MODULE: ./src/engine/loadCandidate.ts





/**
 * Reads and parses one candidate. A file that does not look like a manifest is left out unless it was named; one that
 * cannot be read is a parse-error when it matters (named, or too large and holding a manifest's marker), else a
 * skipped file with the reason.
 */
function loadCandidate(root, candidate, limits) {
    const read = readCandidate(root, candidate.file, limits.maxBytes);
    return loadRead(candidate, read, limits, () => containsManifestMarker(root, candidate.file));
}
/**
 * What a candidate's read comes to, wherever its bytes came from (the disk, or stdin under its --stdin-filename).
 * `hasMarker` scans a file too large to read for a manifest's marker.
 */
function loadRead(candidate, read, limits, hasMarker = () => false) {
    const declared = (0,formats/* formatOf */.b)(candidate.file);
    if (!read.ok) {
        const tooLarge = read.code === 'too-large';
        if (candidate.explicit || (tooLarge && hasMarker()))
            return { kind: 'parsed', format: declared ?? 'json', outcome: failed(read.reason) };
        return tooLarge ? { kind: 'not-a-manifest' } : { kind: 'skipped', reason: read.reason };
    }
    if (!candidate.explicit && !mayBeManifest(read.bytes))
        return { kind: 'not-a-manifest' };
    const format = declared ?? guessFormat(read.bytes);
    return { kind: 'parsed', format, outcome: (0,parseSource.parseSource)(candidate.file, read.bytes, format, limits) };
}
function failed(reason) {
    return {
        ok: false,
        problems: [
            {
                ruleId: 'parse-error',
                problem: { pointer: '', message: reason, range: { line: 1, column: 1, endLine: 1, endColumn: 1 } },
            },
        ],
    };
}
/** The format a file is read in: its extension's, else (named explicitly) what its bytes open like. */
function formatOfRead(file, bytes) {
    return formatOf(file) ?? guessFormat(bytes);
}
/** A file named explicitly with an unknown extension: JSON if it opens like JSON, else YAML. */
function guessFormat(bytes) {
    for (const byte of bytes) {
        // Blanks and a UTF-8 byte order mark.
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

;// CONCATENATED MODULE: ./src/engine/readFiles.ts


/**
 * Reads and parses the candidates (loadCandidate.ts), and gives each to `onFile` as soon as it is parsed, with its
 * index among the candidates, so that it is checked before the next is read. The parsed files are not kept here: the
 * evaluation keeps what the end of the run needs of them.
 */
function readFiles(root, candidates, limits, onProgress, onFile, contents) {
    // By candidate index; the holes of files left out vanish in the filter below.
    const skipped = new Array(candidates.length);
    // One root for the run: its real path and each directory's are resolved once.
    const confined = (0,fileRoot/* fileRoot */.p)(root);
    candidates.forEach((candidate, index) => {
        // A text the fix loop has not written yet stands for the file.
        const replaced = contents?.get(candidate.file);
        const loaded = replaced === undefined
            ? loadCandidate(confined, candidate, limits)
            : loadRead(candidate, { ok: true, bytes: new TextEncoder().encode(replaced) }, limits);
        if (loaded.kind === 'parsed') {
            const parsed = { ...candidate, format: loaded.format, outcome: loaded.outcome };
            onFile?.(parsed, index);
        }
        else if (loaded.kind === 'skipped') {
            skipped[index] = { file: candidate.file, reason: loaded.reason };
        }
        onProgress?.(index + 1, candidates.length);
    });
    return { skipped: skipped.filter((s) => s !== undefined) };
}
/**
 * A file named explicitly (stdin under its --stdin-filename) is always checked: what could not be read, too large
 * included, is a parse-error finding on it.
 */
function parseNamed(candidate, read, limits) {
    const loaded = loadRead({ ...candidate, explicit: true }, read, limits);
    if (loaded.kind !== 'parsed')
        throw new Error('internal: a named file is always parsed');
    return { ...candidate, format: loaded.format, outcome: loaded.outcome };
}


/***/ }),

/***/ 8381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   defaultParseLimits: () => (/* reexport safe */ _formats_js__WEBPACK_IMPORTED_MODULE_3__.j),
/* harmony export */   formatOf: () => (/* reexport safe */ _formats_js__WEBPACK_IMPORTED_MODULE_3__.b),
/* harmony export */   parseSource: () => (/* binding */ parseSource),
/* harmony export */   parseText: () => (/* binding */ parseText)
/* harmony export */ });
/* harmony import */ var _core_utf8_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3776);
/* harmony import */ var _parseError_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2572);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6473);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42);
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8899);






/** Bytes to a document with positions, or parse-error problems; never throws. */
function parseSource(file, bytes, format, limits = {}) {
    const effective = { ..._formats_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultParseLimits */ .j, ...limits };
    if (bytes.length > effective.maxBytes) {
        return (0,_parseError_js__WEBPACK_IMPORTED_MODULE_4__/* .parseErrorAt */ .v)('', 0, `file is too large: ${bytes.length} bytes (the limit is ${effective.maxBytes})`);
    }
    const decoded = (0,_core_utf8_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeUtf8 */ ._)(bytes);
    if (!decoded.ok) {
        const prefix = (0,_core_utf8_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeUtf8 */ ._)(bytes.subarray(0, decoded.offset));
        const failed = (0,_parseError_js__WEBPACK_IMPORTED_MODULE_4__/* .parseErrorAt */ .v)(prefix.ok ? prefix.text : '', Number.MAX_SAFE_INTEGER, decoded.reason);
        // The credential scan reads the whole file, the invalid bytes replaced.
        return { ...failed, text: new TextDecoder('utf-8').decode(bytes) };
    }
    return parseText(file, decoded.text, format, effective);
}
/**
 * Decoded text (byte order mark removed) to a document, as parseSource gives it: the same text gives the same outcome,
 * so the engine may drop a document it will likely not need and parse its text again if it does.
 */
function parseText(file, text, format, limits = {}) {
    const effective = { ..._formats_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultParseLimits */ .j, ...limits };
    if (text.trim() === '')
        return (0,_parseError_js__WEBPACK_IMPORTED_MODULE_4__/* .parseErrorAt */ .v)(text, 0, 'file is empty');
    try {
        return format === 'json' ? (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJson */ .q)(file, text, effective) : (0,_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYaml */ .hN)(file, text, effective);
    }
    catch (error) {
        const reason = error instanceof RangeError
            ? `nesting is deeper than ${effective.maxDepth} levels`
            : 'could not be parsed (an internal error of the parser)';
        return (0,_parseError_js__WEBPACK_IMPORTED_MODULE_4__/* .parseErrorAt */ .v)(text, 0, reason);
    }
}


/***/ })

};
