export const id = 887;
export const ids = [887];
export const modules = {

/***/ 4887:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   applyBaseline: () => (/* binding */ applyBaseline),
/* harmony export */   createBaseline: () => (/* binding */ createBaseline),
/* harmony export */   parseBaseline: () => (/* binding */ parseBaseline),
/* harmony export */   readBaseline: () => (/* binding */ readBaseline),
/* harmony export */   writeBaseline: () => (/* binding */ writeBaseline)
/* harmony export */ });
/* harmony import */ var _core_sha256_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4106);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);


function hashValue(value) {
    return (0,_core_sha256_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256 */ .s)(JSON.stringify(value) ?? 'undefined').slice(0, 16);
}
function keyOf(entry) {
    return [entry.file, entry.ruleId, entry.pointer, entry.valueHash].join('\u0000');
}
function entryOf(finding, valueAt) {
    return {
        file: finding.file,
        ruleId: finding.ruleId,
        pointer: finding.pointer,
        valueHash: hashValue(valueAt(finding.file, finding.pointer)),
    };
}
const compare = (a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0);
function createBaseline(findings, valueAt) {
    return {
        version: 1,
        entries: findings
            .filter((f) => !f.suppressed)
            .map((f) => entryOf(f, valueAt))
            .sort(compare),
    };
}
/** Findings the baseline records are marked suppressed (counted, not hidden); entries that match nothing are stale. */
function applyBaseline(findings, baseline, valueAt, source) {
    const remaining = new Map();
    for (const entry of baseline.entries)
        remaining.set(keyOf(entry), [...(remaining.get(keyOf(entry)) ?? []), entry]);
    const result = findings.map((finding) => {
        if (finding.suppressed)
            return finding;
        const matches = remaining.get(keyOf(entryOf(finding, valueAt)));
        if (!matches || matches.length === 0)
            return finding;
        matches.pop();
        return { ...finding, suppressed: { kind: 'baseline', reason: `in baseline ${source}` } };
    });
    return { findings: result, stale: [...remaining.values()].flat().sort(compare) };
}
async function writeBaseline(file, baseline) {
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.writeFile(file, JSON.stringify(baseline, null, 2) + '\n');
}
/** Reads a baseline file; a message naming the file and the fault when it is not one. */
async function readBaseline(file, display) {
    let text;
    try {
        text = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile(file, 'utf8');
    }
    catch (error) {
        const reason = error.code === 'ENOENT' ? 'not found' : 'not readable';
        throw new Error(`baseline ${display}: ${reason}`);
    }
    return parseBaseline(text, display);
}
/** A baseline from its text; a message naming the file and the fault when it is not one. */
function parseBaseline(text, display) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        throw new Error(`baseline ${display}: not valid JSON`);
    }
    const entries = data?.entries;
    const valid = data?.version === 1 &&
        Array.isArray(entries) &&
        entries.every((e) => ['file', 'ruleId', 'pointer', 'valueHash'].every((k) => typeof e?.[k] === 'string'));
    if (!valid)
        throw new Error(`baseline ${display}: not a baseline file (expected {"version": 1, "entries": [{file, ruleId, pointer, valueHash}]})`);
    return data;
}


/***/ })

};
