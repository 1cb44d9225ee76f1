export const id = 5;
export const ids = [5];
export const modules = {

/***/ 2005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   unknownOption: () => (/* binding */ unknownOption)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_nearestName_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9042);


/**
 * The first option of `argv` the table does not know, as a message with the nearest known one ("unknown option
 * --quite; did you mean --quiet?"); undefined when every option is known. Read leniently, so that values are taken as
 * the table says and everything after `--` stays a path.
 */
function unknownOption(argv, table) {
    const { tokens } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
        args: [...argv],
        options: table,
        strict: false,
        allowPositionals: true,
        tokens: true,
    });
    const longNames = Object.keys(table);
    const shortNames = new Set(Object.values(table).flatMap((o) => (o.short ? [o.short] : [])));
    for (const token of tokens) {
        if (token.kind !== 'option')
            continue;
        const long = token.rawName.startsWith('--');
        if (long ? Object.hasOwn(table, token.name) : shortNames.has(token.name))
            continue;
        // A one-letter option has no useful nearest name: any other letter is one edit away.
        const nearest = long ? (0,_core_nearestName_js__WEBPACK_IMPORTED_MODULE_1__/* .nearestName */ .q)(token.name, longNames) : undefined;
        return `unknown option ${token.rawName}${nearest ? `; did you mean --${nearest}?` : ''}`;
    }
    return undefined;
}


/***/ })

};
