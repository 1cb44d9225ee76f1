export const id = 381;
export const ids = [381];
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
