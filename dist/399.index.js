export const id = 399;
export const ids = [399];
export const modules = {

/***/ 5399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readPolicyDocument: () => (/* binding */ readPolicyDocument)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _policyError_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1290);
/* harmony import */ var _core_messageOf_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2017);



function readPolicyDocument(name, text) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const fault = doc.errors[0];
    if (fault) {
        const { line, col } = lineCounter.linePos(fault.pos[0]);
        throw new _policyError_js__WEBPACK_IMPORTED_MODULE_1__/* .PolicyError */ .p(`${name}:${line}:${col}: invalid YAML: ${fault.message.split('\n')[0]}`);
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 100 });
    }
    catch (error) {
        throw new _policyError_js__WEBPACK_IMPORTED_MODULE_1__/* .PolicyError */ .p(`${name}: invalid YAML: ${(0,_core_messageOf_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .b)(error)}`);
    }
    const where = (path, key = false) => {
        let node = doc.contents;
        let keyNode;
        let last = doc.contents ?? undefined;
        for (const segment of path) {
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
                const pair = node.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(p) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === String(segment));
                if (!pair)
                    break;
                keyNode = pair.key;
                node = pair.value;
            }
            else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && typeof segment === 'number' && segment < node.items.length) {
                keyNode = undefined;
                node = node.items[segment];
            }
            else {
                break;
            }
            last = (key && keyNode ? keyNode : node) ?? keyNode ?? last;
        }
        const target = key && keyNode ? keyNode : last;
        const offset = target?.range?.[0] ?? 0;
        const { line, col } = lineCounter.linePos(offset);
        return `${name}:${line}:${col}`;
    };
    return { name, data: data ?? {}, where };
}


/***/ })

};
