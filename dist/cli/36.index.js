export const id = 36;
export const ids = [36];
export const modules = {

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


/***/ }),

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   footer: () => (/* binding */ footer),
/* harmony export */   inert: () => (/* binding */ inert),
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
/**
 * OSC 8, the hyperlink escape of terminals (iTerm2, GNOME, Windows Terminal, VS Code): the text shows, the link opens.
 * Terminals that do not know it print the text alone.
 */
function hyperlink(url, text) {
    return `\u001b]8;;${url}\u001b\\${text}\u001b]8;;\u001b\\`;
}
/** Grouped by file like ESLint's stylish: `line:col  severity  message  rule-id`, then a summary line. */
const toText = (result, context) => {
    const paint = (style, text) => (context.color ? `\u001b[${STYLE[style]}m${text}\u001b[0m` : text);
    // Built-in rules only: their ids are the catalog's, so a URL made of one holds nothing from a manifest.
    const ruleLink = (ruleId) => {
        const url = context.color ? context.docsUrl(ruleId) : undefined;
        return url ? hyperlink(url, ruleId) : ruleId;
    };
    const lines = [];
    for (const [file, findings] of (0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .findingsByFile */ .YJ)(result)) {
        lines.push(paint('underline', inert(file)));
        const rows = findings.map((f) => ({
            finding: f,
            place: `${f.line}:${f.column}`,
            label: f.suppressed ? 'suppressed' : f.severity,
            message: inert(f.message) + (f.suppressed ? ` (${inert(f.suppressed.reason)})` : ''),
        }));
        // A loop, not Math.max(...): a file's findings are unbounded, the arguments of a call are not.
        let placeWidth = 0;
        let labelWidth = 0;
        for (const row of rows) {
            placeWidth = Math.max(placeWidth, row.place.length);
            labelWidth = Math.max(labelWidth, row.label.length);
        }
        for (const { finding, place, label, message } of rows) {
            const severity = label.padEnd(labelWidth);
            lines.push(`  ${paint('dim', place.padStart(placeWidth))}  ${finding.suppressed ? paint('dim', severity) : paint(SEVERITY_STYLE[finding.severity], severity)}  ${message}  ${paint('dim', ruleLink(finding.ruleId))}`);
        }
        lines.push('');
    }
    for (const line of footer(result, paint))
        lines.push(line);
    const documented = [...new Set(result.findings.map((f) => f.ruleId))].flatMap((id) => {
        const url = context.docsUrl(id);
        return url ? [[id, url]] : [];
    });
    if (documented.length > 0) {
        lines.push(paint('dim', 'Rule documentation:'));
        let width = 0;
        for (const [id] of documented)
            width = Math.max(width, id.length);
        for (const [id, url] of documented) {
            lines.push(paint('dim', `  ${id.padEnd(width)}  ${context.color ? hyperlink(url, url) : url}`));
        }
    }
    return lines.join('\n') + '\n';
};
/** The summary line, the suppressed count and what was skipped: every line-oriented format ends with them. */
function footer(result, paint = (_, text) => text) {
    const lines = [];
    const summary = (0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .summarize */ .eh)(result);
    const problems = summary.errors + summary.warnings + summary.notices;
    const withFindings = new Set(result.findings.filter((f) => !f.suppressed).map((f) => f.file)).size;
    if (problems > 0) {
        const counts = `${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(summary.errors, 'error')}, ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(summary.warnings, 'warning')}, ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(summary.notices, 'notice')}`;
        const style = summary.errors > 0 ? 'red' : summary.warnings > 0 ? 'yellow' : 'cyan';
        lines.push(paint(style, paint('bold', `✖ ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(problems, 'problem')} (${counts}) in ${withFindings} of ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(summary.manifests, 'manifest')}`)));
    }
    else {
        lines.push(paint('green', `✔ ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(summary.manifests, 'manifest')} checked, no problems`));
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
    return lines;
}


/***/ })

};
