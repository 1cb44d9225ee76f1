export const id = 289;
export const ids = [289];
export const modules = {

/***/ 2289:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listRules: () => (/* binding */ listRules),
/* harmony export */   rulesTable: () => (/* binding */ rulesTable)
/* harmony export */ });
/** --list-rules: every rule a run knows (built-in, then the policy's custom rules), from the rules' own metadata. */
function listRules(rules, docsUrl) {
    return rules.map((meta) => ({
        id: meta.id,
        description: meta.description,
        defaultSeverity: meta.defaultSeverity,
        fixable: meta.fixable === true,
        hasSuggestions: meta.hasSuggestions === true,
        docsUrl: docsUrl(meta.id) ?? null,
    }));
}
/** A table of id, default severity, fixable and docs URL, one rule a line. */
function rulesTable(rules) {
    const rows = [
        ['RULE', 'DEFAULT', 'FIXABLE', 'DOCS'],
        ...rules.map((r) => [r.id, r.defaultSeverity, fixableWords(r), r.docsUrl ?? '']),
    ];
    const widths = [0, 1, 2].map((column) => rows.reduce((width, row) => Math.max(width, row[column]?.length ?? 0), 0));
    return rows
        .map((row) => row
        // The last column has no width: it is not padded.
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd())
        .join('\n')
        .concat('\n');
}
function fixableWords(rule) {
    if (rule.fixable && rule.hasSuggestions)
        return 'fix, suggestions';
    if (rule.fixable)
        return 'fix';
    if (rule.hasSuggestions)
        return 'suggestions';
    return '-';
}


/***/ })

};
