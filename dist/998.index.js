export const id = 998;
export const ids = [998];
export const modules = {

/***/ 2998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   toJunit: () => (/* binding */ toJunit)
/* harmony export */ });
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7994);
/* harmony import */ var _xmlEscape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5200);


/** ESLint's junit convention: the path without its extension, so Jenkins does not take `.json` for a class name. */
const classnameOf = (file) => file.replace(/\.[^./]*$/, '');
const lineOf = (f) => `${f.file}:${f.line}:${f.column}: ${f.suppressed ? `suppressed (${f.suppressed.reason})` : f.severity} ${f.message} [${f.ruleId}] at ${f.pointer || '/'}`;
/** One test case per rule a file has findings of: failed by its errors and warnings, its notices as output. */
function caseOfRule(file, ruleId, findings) {
    const failing = [];
    const rest = [];
    for (const f of findings)
        (!f.suppressed && f.severity !== 'notice' ? failing : rest).push(f);
    const test = { name: ruleId, classname: classnameOf(file), output: rest.map(lineOf) };
    const [first] = failing;
    if (first) {
        const more = failing.length > 1 ? ` (and ${failing.length - 1} more)` : '';
        test.failure = {
            message: first.message + more,
            type: failing.some((f) => f.severity === 'error') ? 'error' : 'warning',
            lines: failing.map(lineOf),
        };
    }
    else if (findings.every((f) => f.suppressed)) {
        test.skipped = `suppressed: ${findings[0].suppressed.reason}`;
    }
    return test;
}
function testCase(test) {
    const open = `    <testcase name="${(0,_xmlEscape_js__WEBPACK_IMPORTED_MODULE_0__/* .xmlAttribute */ .IE)(test.name)}" classname="${(0,_xmlEscape_js__WEBPACK_IMPORTED_MODULE_0__/* .xmlAttribute */ .IE)(test.classname)}" time="0"`;
    const body = [
        ...(test.skipped !== undefined ? [`      <skipped message="${(0,_xmlEscape_js__WEBPACK_IMPORTED_MODULE_0__/* .xmlAttribute */ .IE)(test.skipped)}"/>`] : []),
        ...(test.failure
            ? [
                `      <failure message="${(0,_xmlEscape_js__WEBPACK_IMPORTED_MODULE_0__/* .xmlAttribute */ .IE)(test.failure.message)}" type="${test.failure.type}">${(0,_xmlEscape_js__WEBPACK_IMPORTED_MODULE_0__/* .xmlText */ .xK)(test.failure.lines.join('\n'))}</failure>`,
            ]
            : []),
        ...(test.output.length > 0 ? [`      <system-out>${(0,_xmlEscape_js__WEBPACK_IMPORTED_MODULE_0__/* .xmlText */ .xK)(test.output.join('\n'))}</system-out>`] : []),
    ];
    return body.length === 0 ? `${open}/>` : [`${open}>`, ...body, '    </testcase>'].join('\n');
}
function testSuite(suite) {
    const failures = suite.tests.filter((t) => t.failure).length;
    const skipped = suite.tests.filter((t) => t.skipped !== undefined).length;
    const file = suite.file !== undefined ? ` file="${(0,_xmlEscape_js__WEBPACK_IMPORTED_MODULE_0__/* .xmlAttribute */ .IE)(suite.file)}"` : '';
    return [
        `  <testsuite name="${(0,_xmlEscape_js__WEBPACK_IMPORTED_MODULE_0__/* .xmlAttribute */ .IE)(suite.name)}" tests="${suite.tests.length}" failures="${failures}" errors="0" skipped="${skipped}" time="0"${file}>`,
        ...suite.tests.map(testCase),
        '  </testsuite>',
    ].join('\n');
}
/**
 * JUnit XML as Jenkins, GitLab and Azure Pipelines read test reports: a test suite per file, a test case per rule
 * the file has findings of (a clean manifest is one passing case), suppressed findings and skipped files or rules as
 * skipped cases, so nothing the run did not check passes unseen.
 */
const toJunit = (result, context) => {
    const suites = [];
    const skippedFiles = new Map(result.skipped.filter((s) => s.file !== undefined).map((s) => [s.file, s.reason]));
    for (const [file, findings] of (0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .findingsByFile */ .YJ)(result, { everyManifest: true })) {
        const byRule = new Map();
        for (const f of findings) {
            const list = byRule.get(f.ruleId);
            if (list)
                list.push(f);
            else
                byRule.set(f.ruleId, [f]);
        }
        const tests = [...byRule].map(([ruleId, list]) => caseOfRule(file, ruleId, list));
        const reason = skippedFiles.get(file);
        if (reason !== undefined) {
            skippedFiles.delete(file);
            tests.push({ name: file, classname: classnameOf(file), skipped: reason, output: [] });
        }
        if (tests.length === 0)
            tests.push({ name: file, classname: classnameOf(file), output: [] });
        suites.push({ name: file, file, tests });
    }
    for (const [file, reason] of skippedFiles) {
        suites.push({
            name: file,
            file,
            tests: [{ name: file, classname: classnameOf(file), skipped: reason, output: [] }],
        });
    }
    const skippedRules = result.skipped.filter((s) => s.file === undefined);
    if (skippedRules.length > 0) {
        const tool = context.tool.name;
        suites.push({
            name: tool,
            tests: skippedRules.map((s) => ({ name: s.ruleId, classname: tool, skipped: s.reason, output: [] })),
        });
    }
    let tests = 0;
    let failures = 0;
    for (const suite of suites) {
        tests += suite.tests.length;
        failures += suite.tests.filter((t) => t.failure).length;
    }
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="${(0,_xmlEscape_js__WEBPACK_IMPORTED_MODULE_0__/* .xmlAttribute */ .IE)(context.tool.name)}" tests="${tests}" failures="${failures}" errors="0" time="0">`,
        ...suites.map(testSuite),
        '</testsuites>',
        '',
    ].join('\n');
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
