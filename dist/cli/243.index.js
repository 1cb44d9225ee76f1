export const id = 243;
export const ids = [243];
export const modules = {

/***/ 1938:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ fingerprints)
/* harmony export */ });
/* harmony import */ var _core_sha256_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4106);

/**
 * A fingerprint that survives lines moving: the rule, the file and the JSON pointer (plus the occurrence index for
 * identical triples, so no two findings of a run share one), for code scanning and GitLab Code Quality to keep
 * tracking a finding when lines are added above it.
 */
function fingerprints(findings) {
    const seen = new Map();
    return findings.map((f) => {
        const key = `${f.ruleId}\u0000${f.file}\u0000${f.pointer}`;
        const occurrence = seen.get(key) ?? 0;
        seen.set(key, occurrence + 1);
        return (0,_core_sha256_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256 */ .s)(`${key}\u0000${occurrence}`).slice(0, 32);
    });
}


/***/ }),

/***/ 6243:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   toGitlab: () => (/* binding */ toGitlab)
/* harmony export */ });
/* harmony import */ var _fingerprint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1938);

/** An error of a security rule ranks above other errors, as SARIF's security-severity does on GitHub. */
function severityOf(f, meta) {
    if (f.severity === 'notice')
        return 'info';
    if (f.severity === 'warning')
        return 'minor';
    return meta?.security ? 'critical' : 'major';
}
/**
 * GitLab Code Quality (`artifacts: reports: codequality`), the fields GitLab documents for its merge request widget.
 * The fingerprint is SARIF's (rule, file, pointer): GitLab matches issues between the source and target branches by
 * it, so a finding keeps its identity when lines move. Suppressed findings are left out: the report has no way to
 * say a finding was accepted.
 */
const toGitlab = (result, context) => {
    const meta = new Map(context.rules.map((r) => [r.id, r]));
    const prints = (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .fingerprints */ .W)(result.findings);
    const issues = [];
    for (const [index, f] of result.findings.entries()) {
        if (f.suppressed)
            continue;
        issues.push({
            description: f.message,
            check_name: f.ruleId,
            fingerprint: prints[index],
            severity: severityOf(f, meta.get(f.ruleId)),
            location: { path: f.file, lines: { begin: f.line } },
        });
    }
    return JSON.stringify(issues, null, 2) + '\n';
};


/***/ })

};
