export const id = 655;
export const ids = [655];
export const modules = {

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   toText: () => (/* binding */ toText)
/* harmony export */ });
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7994);

const STYLE = { red: 31, yellow: 33, cyan: 36, green: 32, dim: 2, bold: 1, underline: 4 };
const SEVERITY_STYLE = { error: 'red', warning: 'yellow', notice: 'cyan' };
/**
 * Control characters from a manifest (an ANSI escape, a carriage return) would let file content rewrite the
 * terminal: they are shown as visible escapes instead.
 */
function inert(text) {
    return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => c === '\n' ? '⏎' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** Grouped by file like ESLint's stylish: `line:col  severity  message  rule-id`, then a summary line. */
const toText = (result, context) => {
    const paint = (style, text) => (context.color ? `\u001b[${STYLE[style]}m${text}\u001b[0m` : text);
    const lines = [];
    const byFile = new Map();
    for (const finding of result.findings) {
        const list = byFile.get(finding.file) ?? [];
        list.push(finding);
        byFile.set(finding.file, list);
    }
    for (const [file, findings] of byFile) {
        lines.push(paint('underline', inert(file)));
        const rows = findings.map((f) => [
            `${f.line}:${f.column}`,
            f.suppressed ? 'suppressed' : f.severity,
            inert(f.message) + (f.suppressed ? ` (${inert(f.suppressed.reason)})` : ''),
            f.ruleId,
        ]);
        // A loop, not Math.max(...): a file's findings are unbounded, the arguments of a call are not.
        const widths = [0, 0];
        for (const row of rows)
            for (const i of [0, 1])
                widths[i] = Math.max(widths[i], row[i].length);
        for (const [index, row] of rows.entries()) {
            const finding = findings[index];
            const severity = row[1].padEnd(widths[1]);
            lines.push(`  ${paint('dim', row[0].padStart(widths[0]))}  ${finding.suppressed ? paint('dim', severity) : paint(SEVERITY_STYLE[finding.severity], severity)}  ${row[2]}  ${paint('dim', row[3])}`);
        }
        lines.push('');
    }
    const summary = (0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .summarize */ .e)(result);
    const problems = summary.errors + summary.warnings + summary.notices;
    const withFindings = new Set(result.findings.filter((f) => !f.suppressed).map((f) => f.file)).size;
    if (problems > 0) {
        const counts = `${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(summary.errors, 'error')}, ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(summary.warnings, 'warning')}, ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(summary.notices, 'notice')}`;
        const style = summary.errors > 0 ? 'red' : summary.warnings > 0 ? 'yellow' : 'cyan';
        lines.push(paint(style, paint('bold', `✖ ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(problems, 'problem')} (${counts}) in ${withFindings} of ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(summary.manifests, 'manifest')}`)));
    }
    else {
        lines.push(paint('green', `✔ ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(summary.manifests, 'manifest')} checked, no problems`));
    }
    if (summary.suppressed > 0)
        lines.push(`  ${summary.suppressed} suppressed`);
    const skippedRules = result.skipped.filter((s) => !s.file);
    const reasons = [...new Set(skippedRules.map((s) => s.reason))];
    for (const reason of reasons) {
        const ids = skippedRules.filter((s) => s.reason === reason).map((s) => s.ruleId);
        lines.push(paint('dim', `Skipped ${ids.join(', ')} (${inert(reason)})`));
    }
    for (const skipped of result.skipped.filter((s) => s.file)) {
        lines.push(paint('dim', `Skipped ${inert(skipped.file)}: ${inert(skipped.reason)}`));
    }
    const documentedRule = result.findings.map((f) => f.ruleId).find((id) => context.docsUrl(id) !== undefined);
    if (documentedRule) {
        lines.push(paint('dim', `Rule documentation: ${context.docsUrl(documentedRule).replace(/[^/]+\.md$/, '<rule-id>.md')}`));
    }
    return lines.join('\n') + '\n';
};


/***/ })

};
