export const id = 33;
export const ids = [33];
export const modules = {

/***/ 7033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   toCheckstyle: () => (/* binding */ toCheckstyle)
/* harmony export */ });
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7994);
/* harmony import */ var _xmlEscape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5200);


/** Checkstyle's own levels (its SeverityLevel): `notice` is `info`. */
const SEVERITY = { error: 'error', warning: 'warning', notice: 'info' };
/**
 * Checkstyle XML, the input of reviewdog (`-f=checkstyle`) and of many CI plugins: a `file` element per manifest, an
 * `error` per unsuppressed finding with the rule id as its `source`. Suppressed findings are left out, as in the
 * GitHub annotations: checkstyle has no way to say a finding was accepted.
 */
const toCheckstyle = (result) => {
    const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<checkstyle version="4.3">'];
    for (const [file, findings] of (0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .findingsByFile */ .YJ)(result, { everyManifest: true })) {
        const shown = findings.filter((f) => !f.suppressed);
        if (shown.length === 0) {
            lines.push(`  <file name="${(0,_xmlEscape_js__WEBPACK_IMPORTED_MODULE_0__/* .xmlAttribute */ .IE)(file)}"/>`);
            continue;
        }
        lines.push(`  <file name="${(0,_xmlEscape_js__WEBPACK_IMPORTED_MODULE_0__/* .xmlAttribute */ .IE)(file)}">`);
        for (const f of shown) {
            lines.push(`    <error line="${f.line}" column="${f.column}" severity="${SEVERITY[f.severity]}" message="${(0,_xmlEscape_js__WEBPACK_IMPORTED_MODULE_0__/* .xmlAttribute */ .IE)(f.message)}" source="${(0,_xmlEscape_js__WEBPACK_IMPORTED_MODULE_0__/* .xmlAttribute */ .IE)(f.ruleId)}"/>`);
        }
        lines.push('  </file>');
    }
    lines.push('</checkstyle>', '');
    return lines.join('\n');
};


/***/ }),

/***/ 5200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IE: () => (/* binding */ xmlAttribute),
/* harmony export */   xK: () => (/* binding */ xmlText)
/* harmony export */ });
/* unused harmony export xmlRepresentable */
/**
 * Characters XML 1.0 cannot hold at all, not even as a character reference (§2.2 Char): C0 controls but tab, line
 * feed and carriage return, U+FFFE, U+FFFF and lone surrogates; plus the C1 controls it discourages (§2.2, and XML 1.1
 * only admits them as references). Manifest text holding one is shown as a visible `\uXXXX` instead, as the text
 * format does: an XML reader must never be handed a document it refuses.
 */
const UNREPRESENTABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const visible = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
/** What a conforming XML reader gives back for `text` escaped by either function below. */
function xmlRepresentable(text) {
    return text.replace(UNREPRESENTABLE, visible);
}
const TEXT = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
/**
 * Character data: `>` too, so `]]>` never appears; a carriage return as a reference, or line-end normalisation
 * (§2.11) would turn it into a line feed.
 */
function xmlText(text) {
    // The pattern is TEXT's keys.
    return xmlRepresentable(text).replace(/[&<>\r]/g, (c) => TEXT[c]);
}
const ATTRIBUTE = {
    ...TEXT,
    '"': '&quot;',
    "'": '&apos;',
    '\t': '&#9;',
    '\n': '&#10;',
};
/** An attribute value, in either quote; tab and line ends as references, or value normalisation (§3.3.3) makes them spaces. */
function xmlAttribute(text) {
    // The pattern is ATTRIBUTE's keys.
    return xmlRepresentable(text).replace(/[&<>"'\t\n\r]/g, (c) => ATTRIBUTE[c]);
}


/***/ })

};
