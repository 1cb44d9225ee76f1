export const id = 353;
export const ids = [353];
export const modules = {

/***/ 4353:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeInside: () => (/* binding */ writeInside)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_rootPath_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6147);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1729);




/**
 * Writes a file the workflow names (`sarif-file`) inside the workspace without following a symlink out of it: the
 * workspace is the pull request's checkout, so any directory or file on the way may be a symlink it committed.
 * Each directory is checked (and created) one level at a time, and the file is opened with O_NOFOLLOW.
 */
async function writeInside(root, target, text) {
    const realRoot = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.realpath(root);
    const lexical = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, target);
    if (!(0,_core_rootPath_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .F)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root), lexical) || lexical === node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root)) {
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`sarif-file ${target} must be a file inside the workspace`);
    }
    let current = realRoot;
    for (const part of node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root), node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(lexical))
        .split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep))
        .filter((p) => p !== '')) {
        const next = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(current, part);
        const stat = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(next).catch((error) => {
            if (error.code === 'ENOENT')
                return undefined;
            throw error;
        });
        if (stat === undefined) {
            await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(next);
            current = next;
        }
        else if (stat.isSymbolicLink()) {
            const real = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.realpath(next);
            if (!(0,_core_rootPath_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .F)(realRoot, real))
                throw new _inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`sarif-file ${target}: ${part} is a symlink out of the workspace; not written`);
            current = real;
        }
        else if (stat.isDirectory()) {
            current = next;
        }
        else {
            throw new _inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`sarif-file ${target}: ${part} is not a directory`);
        }
    }
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(current, node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(lexical));
    let handle;
    try {
        handle = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.open(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_TRUNC | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW, 0o644);
    }
    catch (error) {
        if (error.code === 'ELOOP')
            throw new _inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`sarif-file ${target} is a symlink; not written`);
        throw error;
    }
    try {
        const stat = await handle.stat();
        if (!stat.isFile())
            throw new _inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`sarif-file ${target} is not a regular file; not written`);
        await handle.writeFile(text);
    }
    finally {
        await handle.close();
    }
    return file;
}


/***/ })

};
