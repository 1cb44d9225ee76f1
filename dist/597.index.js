export const id = 597;
export const ids = [597];
export const modules = {

/***/ 8597:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeSarifFile: () => (/* binding */ writeSarifFile)
/* harmony export */ });
/* harmony import */ var _files_fileRoot_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2433);
/* harmony import */ var _files_writeInside_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6960);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1729);



/**
 * Writes the `sarif-file` the workflow names inside the workspace, through src/files: the workspace is the pull
 * request's checkout, so any directory or file on the way may be a symlink it committed. Returns the path written.
 */
function writeSarifFile(root, target, text) {
    const written = (0,_files_writeInside_js__WEBPACK_IMPORTED_MODULE_1__/* .writeInside */ .M)((0,_files_fileRoot_js__WEBPACK_IMPORTED_MODULE_0__/* .fileRoot */ .p)(root), target, text);
    if (!written.ok)
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`sarif-file ${target}: ${written.reason}`);
    return written.path;
}


/***/ })

};
