export const id = 647;
export const ids = [647];
export const modules = {

/***/ 7647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readStream: () => (/* binding */ readStream)
/* harmony export */ });
/* harmony import */ var _refusal_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6659);
/* harmony import */ var _readInside_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8955);


/**
 * A stream read to its end, never more than `maxBytes`: the cap of a file, for what arrives on stdin. Reading stops at
 * the first chunk past the cap, so an endless producer cannot hold the run.
 */
async function readStream(stream, maxBytes) {
    const chunks = [];
    let length = 0;
    try {
        for await (const chunk of stream) {
            const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
            length += bytes.length;
            if (length > maxBytes)
                return (0,_readInside_js__WEBPACK_IMPORTED_MODULE_0__/* .tooLarge */ .g$)(`more than ${maxBytes} bytes`);
            chunks.push(bytes);
        }
    }
    catch (error) {
        const code = error?.code;
        return (0,_refusal_js__WEBPACK_IMPORTED_MODULE_1__/* .refuse */ .TR)('error', `could not be read${code ? ` (${code})` : ''}`);
    }
    return { ok: true, bytes: Buffer.concat(chunks, length) };
}


/***/ })

};
