export const id = 655;
export const ids = [655,381];
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

/***/ 6655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runFix: () => (/* binding */ runFix)
});

// UNUSED EXPORTS: MAX_FIX_PASSES, applyFixes

// EXTERNAL MODULE: ./src/core/textEdit.ts
var textEdit = __webpack_require__(9584);
// EXTERNAL MODULE: ./src/files/fileRoot.ts
var fileRoot = __webpack_require__(2433);
// EXTERNAL MODULE: ./src/files/readInside.ts
var readInside = __webpack_require__(8955);
// EXTERNAL MODULE: ./src/files/writeInside.ts
var writeInside = __webpack_require__(6960);
// EXTERNAL MODULE: ./src/core/utf8.ts
var utf8 = __webpack_require__(3776);
// EXTERNAL MODULE: ./src/parse/formats.ts
var formats = __webpack_require__(8899);
// EXTERNAL MODULE: ./src/parse/parseSource.ts
var parseSource = __webpack_require__(8381);
// EXTERNAL MODULE: ./src/parse/renderPatch.ts
var renderPatch = __webpack_require__(6966);
;// CONCATENATED MODULE: ./src/report/unifiedDiff.ts
/**
 * A unified diff of two texts by whole lines (`diff -u`'s format, as `git apply` and `patch` read it), with `context`
 * lines around each change. The lines in common are found with Myers' O(ND) algorithm: a fix changes a few lines, so
 * D is small whatever the file's size.
 */
function unifiedDiff(file, before, after, context = 3) {
    if (before === after)
        return '';
    const a = splitLines(before);
    const b = splitLines(after);
    const script = editScript(a, b);
    const hunks = groupHunks(script, context);
    let out = `--- a/${file}\n+++ b/${file}\n`;
    for (const hunk of hunks) {
        const aStart = hunk[0]?.aIndex ?? 0;
        const bStart = hunk[0]?.bIndex ?? 0;
        const aCount = hunk.filter((op) => op.kind !== '+').length;
        const bCount = hunk.filter((op) => op.kind !== '-').length;
        out += `@@ -${range(aStart, aCount)} +${range(bStart, bCount)} @@\n`;
        for (const op of hunk) {
            const line = op.kind === '+' ? b[op.bIndex] : a[op.aIndex];
            if (line === undefined)
                throw new Error(`internal: the edit script of ${file} names a line past the end`);
            const prefix = op.kind === '=' ? ' ' : op.kind;
            if (line.endsWith(NO_NEWLINE))
                out += `${prefix}${line.slice(0, -NO_NEWLINE.length)}\n\\ No newline at end of file\n`;
            else
                out += `${prefix}${line}\n`;
        }
    }
    return out;
}
/** Marks a last line without a line break: it differs from the same text with one (a line can hold no `\n`). */
const NO_NEWLINE = '\n';
function splitLines(text) {
    if (text === '')
        return [];
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    else
        lines[lines.length - 1] += NO_NEWLINE;
    return lines;
}
/** `@@ -start,count` in diff's convention: 1-based, and the line before when the count is 0. */
function range(start, count) {
    return count === 1 ? `${start + 1}` : `${count === 0 ? start : start + 1},${count}`;
}
/** The shortest edit script from `a` to `b` (Myers 1986), as keeps, deletions and insertions in order. */
function editScript(a, b) {
    const n = a.length;
    const m = b.length;
    const max = n + m;
    const offset = max + 1;
    const v = new Int32Array(2 * max + 3);
    // The furthest x on diagonal k: the search reads |k| <= d + 1 <= max + 1, and the walk back the same diagonals, so
    // offset + k is always inside the 2 * max + 3 entries.
    const at = (frontier, k) => frontier[offset + k];
    const trace = [];
    let found = false;
    for (let d = 0; d <= max && !found; d++) {
        trace.push(v.slice());
        for (let k = -d; k <= d; k += 2) {
            let x = k === -d || (k !== d && at(v, k - 1) < at(v, k + 1)) ? at(v, k + 1) : at(v, k - 1) + 1;
            let y = x - k;
            while (x < n && y < m && a[x] === b[y]) {
                x++;
                y++;
            }
            v[offset + k] = x;
            if (x >= n && y >= m) {
                found = true;
                break;
            }
        }
    }
    // Walk back through the saved frontiers to recover the path.
    const ops = [];
    let x = n;
    let y = m;
    for (const [d, frontier] of [...trace.entries()].reverse()) {
        const k = x - y;
        const down = k === -d || (k !== d && at(frontier, k - 1) < at(frontier, k + 1));
        const previousK = down ? k + 1 : k - 1;
        const previousX = d === 0 ? 0 : at(frontier, previousK);
        const previousY = d === 0 ? 0 : previousX - previousK;
        while (x > previousX && y > previousY) {
            x--;
            y--;
            ops.push({ kind: '=', aIndex: x, bIndex: y });
        }
        if (d === 0)
            break;
        if (down) {
            y--;
            ops.push({ kind: '+', aIndex: x, bIndex: y });
        }
        else {
            x--;
            ops.push({ kind: '-', aIndex: x, bIndex: y });
        }
    }
    return ops.reverse();
}
/** The changes with up to `context` unchanged lines around each; changes closer than twice that share a hunk. */
function groupHunks(script, context) {
    const hunks = [];
    let current;
    let trailing = 0;
    // Where the changes are, and which of them is the first after the current place.
    const changes = script.flatMap((op, i) => (op.kind === '=' ? [] : [i]));
    let upcoming = 0;
    for (const [i, op] of script.entries()) {
        if (op.kind !== '=') {
            upcoming++;
            if (!current) {
                current = script.slice(Math.max(0, i - context), i).filter((o) => o.kind === '=');
                hunks.push(current);
            }
            current.push(op);
            trailing = 0;
            continue;
        }
        if (!current)
            continue;
        // Is another change within reach? Then this unchanged line joins the hunk.
        const next = changes[upcoming];
        if (next !== undefined && next - i <= 2 * context) {
            current.push(op);
            continue;
        }
        if (trailing < context) {
            current.push(op);
            trailing++;
        }
        else {
            current = undefined;
        }
    }
    return hunks;
}

// EXTERNAL MODULE: ./src/engine/redact.ts
var redact = __webpack_require__(2393);
// EXTERNAL MODULE: ./src/engine/loadCandidate.ts + 3 modules
var loadCandidate = __webpack_require__(5662);
// EXTERNAL MODULE: ./src/engine/run.ts + 7 modules
var run = __webpack_require__(8294);
;// CONCATENATED MODULE: ./src/engine/fix.ts












/** ESLint's limit: fixes that keep producing fixes stop here, and what remains is reported. */
const MAX_FIX_PASSES = 10;
/**
 * The fix loop of `--fix` and `--fix-dry-run`, as ESLint runs it: check, apply every fix that does not overlap one
 * already taken in this pass (sorted by where it starts), check the fixed text again, until no fix applies or
 * MAX_FIX_PASSES passes were made; then the last check says what remains. The passes read the fixed text from memory,
 * so nothing is written until the end, and then only files inside the root, through the safe writer (src/files).
 */
async function runFix(options, fix) {
    if (options.writeBaseline !== undefined)
        throw new run/* RunError */.e4('--fix and --write-baseline cannot be combined');
    const maxPasses = fix.maxPasses ?? MAX_FIX_PASSES;
    const working = new Map();
    const contents = new Map();
    let passes = 0;
    let outcome = await (0,run/* runCheck */.k_)(options);
    const root = (0,fileRoot/* fileRoot */.p)(outcome.root);
    while (passes < maxPasses) {
        const applied = applyPass(outcome.result.findings, working, (file) => readOriginal(root, file));
        if (applied === 0)
            break;
        passes++;
        for (const [file, { text }] of working)
            contents.set(file, text);
        outcome = await (0,run/* runCheck */.k_)({ ...options, contents });
    }
    const files = [];
    const refused = [];
    for (const [file, item] of [...working].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        if (item.text === item.original)
            continue;
        if (fix.write) {
            const written = (0,writeInside/* writeInside */.M)(root, file, (item.bom ? '\uFEFF' : '') + item.text);
            if (!written.ok) {
                refused.push({ file, reason: written.reason });
                continue;
            }
        }
        files.push({ file, fixes: item.fixes, diff: redactedDiff(file, item) });
    }
    return { outcome, files, passes, refused };
}
/** One pass: the non-overlapping fixes of each file applied to its working text; returns how many were applied. */
function applyPass(findings, working, read) {
    const byFile = new Map();
    for (const finding of findings) {
        if (!finding.fix || finding.suppressed)
            continue;
        const list = byFile.get(finding.file);
        if (list)
            list.push(finding);
        else
            byFile.set(finding.file, [finding]);
    }
    let applied = 0;
    for (const [file, list] of byFile) {
        let item = working.get(file);
        if (!item) {
            item = read(file);
            if (!item)
                continue;
            working.set(file, item);
        }
        const pass = applyFixes(item.text, list, (text) => (0,renderPatch/* reparse */.bk)({ file, format: item.format }, text)?.duplicates);
        item.text = pass.text;
        item.fixes += pass.applied;
        applied += pass.applied;
    }
    return applied;
}
/**
 * One pass over one file's text: the fixes of its findings (unsuppressed) that do not overlap one taken before them,
 * taken in the order they start, applied together. The findings must be of this very text.
 *
 * Each fix was verified alone (parse/renderPatch.ts); together they can still collide where their edits do not
 * overlap: two keys renamed onto one name make a duplicate key, and one of the values is lost. With `problems` (the
 * parse problems of a text: duplicate keys, or undefined when it does not parse), a combination that does not parse or
 * has more of them than the text had is not applied: the pass takes its first fix alone, and the next pass renders
 * the rest on the fixed text (where a rename onto a name now taken is no longer offered).
 */
function applyFixes(text, findings, problems) {
    const groups = findings.filter((f) => f.fix && !f.suppressed).map((f) => f.fix.edits);
    // nonOverlapping returns indices into groups.
    const taken = (0,textEdit/* nonOverlapping */.t)(groups).map((i) => groups[i]);
    const [first] = taken;
    if (first === undefined)
        return { text, applied: 0 };
    const together = (0,textEdit/* applyEdits */.c)(text, taken.flat());
    if (problems && taken.length > 1) {
        const before = problems(text);
        const after = problems(together);
        if (after === undefined || (before !== undefined && after > before))
            return { text: (0,textEdit/* applyEdits */.c)(text, first), applied: 1 };
    }
    return { text: together, applied: taken.length };
}
function readOriginal(root, file) {
    const read = (0,readInside/* readInside */.xO)(root, file, formats/* defaultParseLimits */.j.maxBytes);
    if (!read.ok)
        return undefined;
    const decoded = (0,utf8/* decodeUtf8 */._)(read.bytes);
    if (!decoded.ok)
        return undefined;
    const bom = (0,utf8/* hasUtf8Bom */.u)(read.bytes);
    return { format: (0,loadCandidate/* formatOfRead */.BN)(file, read.bytes), original: decoded.text, bom, text: decoded.text, fixes: 0 };
}
/** The diff with every credential of the file (as it was, and as it is) replaced: a diff prints source lines. */
function redactedDiff(file, item) {
    const encode = (text) => new TextEncoder().encode(text);
    const before = (0,redact/* redactionOf */.Zx)((0,parseSource.parseSource)(file, encode(item.original), item.format));
    const after = (0,redact/* redactionOf */.Zx)((0,parseSource.parseSource)(file, encode(item.text), item.format));
    const bom = item.bom ? '\uFEFF' : '';
    return after.sourceText(before.sourceText(unifiedDiff(file, bom + item.original, bom + item.text)));
}


/***/ }),

/***/ 5662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BN: () => (/* binding */ formatOfRead),
  Aq: () => (/* binding */ loadCandidate),
  LX: () => (/* binding */ loadRead)
});

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
    return (0,formats/* formatOf */.b)(file) ?? guessFormat(bytes);
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
