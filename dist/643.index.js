export const id = 643;
export const ids = [643];
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

/***/ 5881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   toSarif: () => (/* binding */ toSarif)
/* harmony export */ });
/* harmony import */ var _core_uriPath_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3486);
/* harmony import */ var _fingerprint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1938);


const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
/**
 * SARIF `fixes` (§3.55): the certain fix first, then each suggestion, as replacements of regions of the file. Regions
 * are given by line and column (the run's columnKind), which a byte order mark does not shift.
 */
function fixesOf(f) {
    const artifactLocation = { uri: (0,_core_uriPath_js__WEBPACK_IMPORTED_MODULE_1__/* .uriPath */ .k)(f.file), uriBaseId: '%SRCROOT%' };
    const change = (edits) => [
        {
            artifactLocation,
            replacements: edits.map((e) => ({
                deletedRegion: { startLine: e.line, startColumn: e.column, endLine: e.endLine, endColumn: e.endColumn },
                insertedContent: { text: e.text },
            })),
        },
    ];
    return [
        ...(f.fix ? [{ description: { text: 'Fix (applied by --fix)' }, artifactChanges: change(f.fix.edits) }] : []),
        ...(f.suggestions ?? []).map((s) => ({ description: { text: s.description }, artifactChanges: change(s.edits) })),
    ];
}
/** SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif). */
const toSarif = (result, context) => {
    const ids = context.rules.map((r) => r.id);
    // Each id's first index, as ids.indexOf gives it, in one map: a lookup per finding, not a scan of the rules.
    const indexOf = new Map();
    ids.forEach((id, index) => indexOf.has(id) || indexOf.set(id, index));
    for (const f of result.findings)
        if (!indexOf.has(f.ruleId)) {
            indexOf.set(f.ruleId, ids.length);
            ids.push(f.ruleId);
        }
    const metaById = new Map(context.rules.map((r) => [r.id, r]));
    const rules = ids.map((id) => {
        const meta = metaById.get(id);
        const helpUri = context.docsUrl(id);
        const description = meta?.description ?? id;
        const help = meta?.help ?? description;
        return {
            id,
            name: id.replace(/(^|[-/])(\w)/g, (_, __, c) => c.toUpperCase()),
            shortDescription: { text: description },
            fullDescription: { text: help },
            help: { text: help, markdown: helpUri ? `${help}\n\n[Documentation](${helpUri})` : help },
            ...(helpUri ? { helpUri } : {}),
            defaultConfiguration: { level: LEVEL[meta?.defaultSeverity ?? 'error'] },
            properties: meta?.security
                ? // GitHub ranks alerts tagged `security` by this score (a string, as its documentation writes it).
                    { tags: ['lp-app-manifest', 'security'], 'security-severity': meta.security.severity.toFixed(1) }
                : { tags: ['lp-app-manifest'] },
        };
    });
    const prints = (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .fingerprints */ .W)(result.findings);
    const results = result.findings.map((f, index) => ({
        ruleId: f.ruleId,
        ruleIndex: indexOf.get(f.ruleId),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: (0,_core_uriPath_js__WEBPACK_IMPORTED_MODULE_1__/* .uriPath */ .k)(f.file), uriBaseId: '%SRCROOT%' },
                    region: {
                        startLine: f.line,
                        startColumn: f.column,
                        endLine: f.endLine,
                        endColumn: Math.max(f.endColumn, f.column),
                    },
                },
                logicalLocations: [{ fullyQualifiedName: f.pointer || '/', kind: 'element' }],
            },
        ],
        partialFingerprints: { 'lpAppManifestCheck/v1': prints[index] },
        ...(f.fix || f.suggestions ? { fixes: fixesOf(f) } : {}),
        ...(f.suppressed
            ? {
                suppressions: [
                    { kind: f.suppressed.kind === 'inline' ? 'inSource' : 'external', justification: f.suppressed.reason },
                ],
            }
            : {}),
    }));
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: context.tool.name,
                        version: context.tool.version,
                        semanticVersion: context.tool.version,
                        informationUri: context.tool.informationUri,
                        rules,
                    },
                },
                originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
                results,
                columnKind: 'utf16CodeUnits',
            },
        ],
    };
    return JSON.stringify(log, null, 2) + '\n';
};


/***/ })

};
