export const id = 285;
export const ids = [285];
export const modules = {

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inertMarkdown: () => (/* binding */ inertMarkdown),
/* harmony export */   toMarkdown: () => (/* binding */ toMarkdown)
/* harmony export */ });
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7994);

/**
 * Manifest text rendered inert in markdown: no HTML, no table breaks, no links or images, no @-mentions or
 * #-references that would notify people, no forged comment markers.
 */
function inertMarkdown(text) {
    // Most messages hold none of it: one test instead of five replacements for each row of a long report.
    if (!MARKUP.test(text))
        return text;
    return text
        .replace(/\r\n|\r|\n/g, ' ')
        .replace(/[\\`*_{}[\]()#+\-!|<>&~]/g, (c) => `&#${c.charCodeAt(0)};`)
        .replace(/@/g, '@\u200b')
        .replace(/:\/\//g, ':&#47;&#47;')
        .replace(/(www)\./gi, '$1&#46;');
}
/** Whatever inertMarkdown replaces. */
const MARKUP = /[\r\n\\`*_{}[\]()#+\-!|<>&~@]|:\/\/|www\./i;
const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
/** A heading, the counts, and one table per file; cut to `maxLength` with a count of what was left out. */
const toMarkdown = (result, context) => {
    const summary = (0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .summarize */ .eh)(result);
    const head = [...(context.header ? [context.header] : []), `## ${context.tool.name}`, ''];
    const problems = summary.errors + summary.warnings + summary.notices;
    head.push(problems === 0
        ? `✅ ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(summary.manifests, 'manifest')} checked, no problems.`
        : `**${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(summary.errors, 'error')}, ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(summary.warnings, 'warning')}, ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(summary.notices, 'notice')}** in ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(summary.manifests, 'manifest')}.`);
    if (summary.suppressed > 0)
        head.push('', `${summary.suppressed} suppressed (inline comments or baseline).`);
    for (const note of context.notes ?? [])
        head.push('', note);
    // Sizes are counted in UTF-8 bytes: the job summary's limit is in bytes, and a byte count is never below the
    // character count the comment's limit uses.
    const size = (text) => Buffer.byteLength(text);
    const budget = (context.maxLength ?? Infinity) - 200;
    const tail = [];
    if (result.skipped.length > 0) {
        // The skipped list may use at most a quarter of the budget; findings come first.
        const tailBudget = budget / 4;
        tail.push('', '<details><summary>Skipped</summary>', '');
        let tailSize = size(tail.join('\n'));
        let listed = 0;
        for (const s of result.skipped) {
            const line = `- ${inertMarkdown(s.file ?? s.ruleId)}: ${inertMarkdown(s.reason)}`;
            if (tailSize + size(line) + 1 > tailBudget)
                break;
            tail.push(line);
            tailSize += size(line) + 1;
            listed++;
        }
        if (listed < result.skipped.length)
            tail.push(`- … and ${result.skipped.length - listed} more (the JSON report lists them all)`);
        tail.push('', '</details>');
    }
    let used = size([...head, ...tail].join('\n'));
    const body = [];
    let shown = 0;
    const byFile = new Map();
    for (const finding of result.findings) {
        const list = byFile.get(finding.file);
        if (list)
            list.push(finding);
        else
            byFile.set(finding.file, [finding]);
    }
    outer: for (const [file, findings] of byFile) {
        const heading = [
            '',
            `### ${inertMarkdown(file)}`,
            '',
            '| Line | Severity | Rule | Message |',
            '|---:|---|---|---|',
        ];
        const headingSize = size(heading.join('\n')) + 1;
        let started = false;
        for (const f of findings) {
            const row = rowOf(f, context);
            const rowSize = size(row);
            if (used + rowSize + 1 + (started ? 0 : headingSize) > budget)
                break outer;
            if (!started) {
                body.push(...heading);
                used += headingSize;
                started = true;
            }
            body.push(row);
            used += rowSize + 1;
            shown++;
        }
    }
    const omitted = result.findings.length - shown;
    if (omitted > 0)
        body.push('', `… and ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(omitted, 'more finding')} not shown here (the annotations and the JSON report have them all).`);
    return [...head, ...body, ...tail].join('\n') + '\n';
};
function rowOf(f, context) {
    const url = context.docsUrl(f.ruleId);
    const rule = url ? `[${f.ruleId}](${url})` : `\`${f.ruleId}\``;
    const severity = f.suppressed
        ? `suppressed (${inertMarkdown(f.suppressed.reason)})`
        : `${ICON[f.severity]} ${f.severity}`;
    const position = `${f.line}:${f.column}`;
    const line = context.lineUrl ? `[${position}](${context.lineUrl(f.file, f.line)})` : position;
    return `| ${line} | ${severity} | ${rule} | ${inertMarkdown(f.message)} |`;
}


/***/ })

};
