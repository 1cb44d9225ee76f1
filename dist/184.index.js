export const id = 184;
export const ids = [184];
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

/***/ 7184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lt: () => (/* binding */ fenceFor),
/* harmony export */   chooseSuggestions: () => (/* binding */ chooseSuggestions),
/* harmony export */   offeredEdits: () => (/* binding */ offeredEdits)
/* harmony export */ });
/* unused harmony exports lineStarts, suggestedChange, gitBlobId */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_sha256_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4106);
/* harmony import */ var _core_utf8_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3776);



/** The edits GitHub can offer for one click: a fix, or a suggestion when it is the only one (a choice needs a person). */
function offeredEdits(finding) {
    if (finding.fix && finding.fix.edits.length > 0)
        return { edits: finding.fix.edits };
    const suggestions = finding.suggestions ?? [];
    const only = suggestions.length === 1 ? suggestions[0] : undefined;
    if (only && only.edits.length > 0)
        return { edits: only.edits, description: only.description };
    return undefined;
}
/** Offsets of the start of each line of a text, for line numbers by binary search. */
function lineStarts(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return starts;
}
function lineOf(starts, offset) {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
        const middle = (low + high + 1) >> 1;
        // low < middle <= high < starts.length
        if (starts[middle] <= offset)
            low = middle;
        else
            high = middle - 1;
    }
    return low + 1;
}
/**
 * The finding's edits applied to the whole lines they touch in `text` (the file as the edits' offsets count it).
 * Undefined when the finding offers no edits, or its edits do not fit the text (out of range, overlapping): a
 * suggestion is offered only when it is exactly what the fix would write.
 */
function suggestedChange(finding, text, starts = lineStarts(text)) {
    const offered = offeredEdits(finding);
    if (!offered)
        return undefined;
    const edits = [...offered.edits].sort((a, b) => a.start - b.start || a.end - b.end);
    let previous;
    for (const e of edits) {
        if (!(Number.isInteger(e.start) && Number.isInteger(e.end) && 0 <= e.start && e.start <= e.end))
            return undefined;
        if (e.end > text.length || (previous && e.start < previous.end))
            return undefined;
        previous = e;
    }
    const firstEdit = edits[0];
    const lastEdit = edits.at(-1);
    if (!firstEdit || !lastEdit)
        return undefined;
    const first = firstEdit.start;
    const last = lastEdit.end;
    // lastIndexOf reads a negative position as 0, where a line break at offset 0 would be found.
    const from = first === 0 ? 0 : text.lastIndexOf('\n', first - 1) + 1;
    let to = text.indexOf('\n', last);
    if (to === -1)
        to = text.length;
    if (to > last && text[to - 1] === '\r')
        to--;
    let after = '';
    let at = from;
    for (const e of edits) {
        after += text.slice(at, e.start) + e.text;
        at = e.end;
    }
    after += text.slice(at, to);
    const before = text.slice(from, to);
    if (after === before)
        return undefined;
    const startLine = lineOf(starts, from);
    const endLine = lineOf(starts, to);
    const key = (0,_core_sha256_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256 */ .s)(`${finding.file}\n${startLine}\n${endLine}\n${after}`).slice(0, 20);
    return {
        finding,
        file: finding.file,
        startLine,
        endLine,
        text: after,
        before,
        ...(offered.description !== undefined ? { description: offered.description } : {}),
        key,
    };
}
/** A code fence longer than any run of backticks in the text, so the text cannot close it. */
function fenceFor(text) {
    let longest = 0;
    for (const run of text.match(/`+/g) ?? [])
        longest = Math.max(longest, run.length);
    return '`'.repeat(Math.max(3, longest + 1));
}
/** Git's id of a file's content (a blob), to tell that the workspace holds the file the diff describes. */
function gitBlobId(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex');
}
/**
 * The findings' edits that can be offered as suggestions on the pull request: on lines it changed and inside one hunk
 * of its diff (where GitHub takes a review comment), on a workspace file that is the head commit's file (else the
 * lines may not be the ones the diff shows), and holding no credential the run found (a suggestion repeats the lines).
 */
function chooseSuggestions(findings, options) {
    const withheld = { notChanged: 0, notInWorkspace: 0, credential: 0, overlapping: 0 };
    const texts = new Map();
    const changes = [];
    for (const finding of findings) {
        if (finding.suppressed || !offeredEdits(finding))
            continue;
        if (!options.touches(finding.file, finding.line, finding.endLine))
            continue;
        if (!texts.has(finding.file)) {
            const bytes = options.read(finding.file);
            const blob = options.blob(finding.file);
            const same = bytes !== undefined && (blob === undefined || gitBlobId(bytes) === blob);
            // Decoded as the engine decoded it (a byte order mark dropped), since the edits' offsets count that text.
            const decoded = same ? (0,_core_utf8_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeUtf8 */ ._)(bytes) : undefined;
            texts.set(finding.file, decoded?.ok ? { text: decoded.text, starts: lineStarts(decoded.text), bom: (0,_core_utf8_js__WEBPACK_IMPORTED_MODULE_2__/* .hasUtf8Bom */ .u)(bytes) } : undefined);
        }
        const source = texts.get(finding.file);
        if (!source) {
            withheld.notInWorkspace++;
            continue;
        }
        const change = onFileLines(suggestedChange(finding, source.text, source.starts), source.bom);
        if (!change)
            continue;
        if (!options.inHunk(change.file, change.startLine, change.endLine)) {
            withheld.notChanged++;
            continue;
        }
        const holdsSecret = (c) => options.secrets.some((s) => s !== '' && (c.before.includes(s) || c.text.includes(s)));
        if (holdsSecret(change)) {
            withheld.credential++;
            continue;
        }
        const overlapping = changes.findIndex((c) => c.file === change.file && c.startLine <= change.endLine && change.startLine <= c.endLine);
        const existing = overlapping === -1 ? undefined : changes[overlapping];
        if (!existing) {
            changes.push(change);
            continue;
        }
        const merged = onFileLines(mergedChange(existing, finding, source.text, source.starts), source.bom);
        if (!merged || !options.inHunk(merged.file, merged.startLine, merged.endLine))
            withheld.overlapping++;
        else if (holdsSecret(merged))
            withheld.credential++;
        else
            changes[overlapping] = merged;
    }
    return { changes, withheld };
}
/**
 * The change as lines of the file GitHub shows: a suggestion replaces whole lines, the first with its byte order mark,
 * which the decoded text the edits count has not; kept, so that committing the suggestion writes what --fix writes.
 */
function onFileLines(change, bom) {
    if (!change || !bom || change.startLine !== 1)
        return change;
    return { ...change, text: '\uFEFF' + change.text, before: '\uFEFF' + change.before };
}
/**
 * One suggestion for two findings whose edits touch the same lines: every edit of both applied to those lines, when the
 * edits themselves do not overlap (else the later finding waits for the next push, once the first is applied).
 */
function mergedChange(change, finding, text, starts) {
    const all = [change.finding, ...(change.others ?? []), finding];
    const edits = all.flatMap((f) => offeredEdits(f)?.edits ?? []);
    const merged = suggestedChange({ ...change.finding, fix: { edits }, suggestions: undefined }, text, starts);
    if (!merged)
        return undefined;
    const { description } = change;
    return {
        ...merged,
        finding: change.finding,
        others: all.slice(1),
        ...(description !== undefined ? { description } : {}),
    };
}


/***/ })

};
