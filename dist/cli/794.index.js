export const id = 794;
export const ids = [794];
export const modules = {

/***/ 2794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   toJson: () => (/* binding */ toJson)
/* harmony export */ });
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7994);

/** An edit in a fixed order of fields: offsets, then where that is, then the text. */
function edit(e) {
    return {
        start: e.start,
        end: e.end,
        line: e.line,
        column: e.column,
        endLine: e.endLine,
        endColumn: e.endColumn,
        text: e.text,
    };
}
/**
 * Report version 2 (SPEC §5; schemas/report.schema.json; docs/fixes.md): version 1 with each finding's `fix` and
 * `suggestions`, fields a version 1 reader passes over.
 */
const toJson = (result, context) => {
    const summary = (0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .summarize */ .eh)(result);
    const report = {
        version: 2,
        tool: { name: context.tool.name, version: context.tool.version },
        manifests: result.manifests.map(({ file, format }) => ({ file, format })),
        findings: result.findings.map((f) => ({
            ruleId: f.ruleId,
            severity: f.severity,
            message: f.message,
            file: f.file,
            line: f.line,
            column: f.column,
            endLine: f.endLine,
            endColumn: f.endColumn,
            pointer: f.pointer,
            ...(f.keyword !== undefined ? { keyword: f.keyword } : {}),
            ...(f.suppressed ? { suppressed: f.suppressed } : {}),
            ...(f.fix ? { fix: { edits: f.fix.edits.map(edit) } } : {}),
            ...(f.suggestions
                ? { suggestions: f.suggestions.map((s) => ({ description: s.description, edits: s.edits.map(edit) })) }
                : {}),
        })),
        skipped: result.skipped.map((s) => s.file !== undefined
            ? { ruleId: s.ruleId, file: s.file, reason: s.reason }
            : { ruleId: s.ruleId, reason: s.reason }),
        summary: {
            manifests: summary.manifests,
            errors: summary.errors,
            warnings: summary.warnings,
            notices: summary.notices,
            ...(summary.suppressed > 0 ? { suppressed: summary.suppressed } : {}),
        },
    };
    return JSON.stringify(report, null, 2) + '\n';
};


/***/ }),

/***/ 7994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   YJ: () => (/* binding */ findingsByFile),
/* harmony export */   eh: () => (/* binding */ summarize)
/* harmony export */ });
function summarize(result) {
    const summary = { manifests: result.manifests.length, errors: 0, warnings: 0, notices: 0, suppressed: 0 };
    for (const finding of result.findings) {
        if (finding.suppressed)
            summary.suppressed++;
        else if (finding.severity === 'error')
            summary.errors++;
        else if (finding.severity === 'warning')
            summary.warnings++;
        else
            summary.notices++;
    }
    return summary;
}
function plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}
/**
 * Findings grouped by file, files in the order they first appear. With `everyManifest`, each manifest of the run has
 * its entry, a clean one empty, before the files only findings name (a file that failed to parse).
 */
function findingsByFile(result, options = {}) {
    const byFile = new Map();
    if (options.everyManifest)
        for (const { file } of result.manifests)
            byFile.set(file, []);
    for (const finding of result.findings) {
        const list = byFile.get(finding.file);
        if (list)
            list.push(finding);
        else
            byFile.set(finding.file, [finding]);
    }
    return byFile;
}


/***/ })

};
