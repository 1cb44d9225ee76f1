export const id = 611;
export const ids = [611];
export const modules = {

/***/ 7611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   annotationOf: () => (/* binding */ annotationOf),
/* harmony export */   escapeData: () => (/* binding */ escapeData),
/* harmony export */   escapeProperty: () => (/* binding */ escapeProperty),
/* harmony export */   toGithub: () => (/* binding */ toGithub)
/* harmony export */ });
/** Escaping of workflow-command data exactly as @actions/core's command.ts does, so a value cannot end the command. */
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Properties additionally escape the separators `:` and `,`. */
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
const COMMAND = { error: 'error', warning: 'warning', notice: 'notice' };
function annotationOf(f) {
    const properties = [
        `file=${escapeProperty(f.file)}`,
        `line=${f.line}`,
        `col=${f.column}`,
        `endLine=${f.endLine}`,
        `endColumn=${f.endColumn}`,
        `title=${escapeProperty(f.ruleId)}`,
    ].join(',');
    return `::${COMMAND[f.severity]} ${properties}::${escapeData(f.message)}`;
}
/** One workflow-command annotation per unsuppressed finding. */
const toGithub = (result) => result.findings
    .filter((f) => !f.suppressed)
    .map((f) => annotationOf(f) + '\n')
    .join('');


/***/ })

};
