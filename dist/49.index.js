export const id = 49;
export const ids = [49];
export const modules = {

/***/ 2049:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   suggestionsStep: () => (/* binding */ suggestionsStep)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var _core_sha256_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4106);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9096);
/* harmony import */ var _files_fileRoot_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2433);
/* harmony import */ var _files_readInside_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8955);





/**
 * A manifest the engine checked is within its parse limit (1 MiB by default, raised by no Action input); the cap only
 * keeps a file that grew since from being read whole.
 */
const MAX_BYTES = 64 * 1024 * 1024;
/**
 * suggestions: the fixes (and single suggestions) on the pull request's changed lines as one review of suggested
 * changes. Returns the line for the summary; every failure is a warning, never a change of the verdict.
 */
async function suggestionsStep(step) {
    if (!step.client) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq('no token: fixes are not offered as suggested changes');
        return undefined;
    }
    const { chooseSuggestions, offeredEdits } = await __webpack_require__.e(/* import() */ 184).then(__webpack_require__.bind(__webpack_require__, 7184));
    let choice = {
        changes: [],
        withheld: { notChanged: 0, notInWorkspace: 0, credential: 0, overlapping: 0 },
    };
    // Without a fix to offer there is no diff to read; earlier suggestions of ours are still looked for, to delete them.
    if (step.findings.some((f) => !f.suppressed && offeredEdits(f))) {
        let diff;
        try {
            diff = await step.diffOf();
        }
        catch (error) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Suggested changes: the pull request's diff could not be read (${(0,_github_client_js__WEBPACK_IMPORTED_MODULE_2__/* .describeApiError */ .gg)(error)})`);
            return undefined;
        }
        const root = (0,_files_fileRoot_js__WEBPACK_IMPORTED_MODULE_3__/* .fileRoot */ .p)(step.root);
        choice = chooseSuggestions(step.findings, {
            touches: (file, line, endLine) => diff.touches(file, line, endLine),
            inHunk: (file, line, endLine) => diff.inHunk(file, line, endLine),
            blob: (file) => diff.files.get(file)?.blob,
            read: (file) => {
                const read = (0,_files_readInside_js__WEBPACK_IMPORTED_MODULE_4__/* .readInside */ .xO)(root, file, MAX_BYTES);
                return read.ok ? read.bytes : undefined;
            },
            secrets: step.secrets,
        });
    }
    const withheld = choice.withheld;
    const notes = [];
    const { postSuggestions, SUGGESTIONS_PER_RUN } = await __webpack_require__.e(/* import() */ 297).then(__webpack_require__.bind(__webpack_require__, 678));
    try {
        const outcome = await postSuggestions(await step.client(), step.pr, {
            changes: choice.changes,
            scope: (0,_core_sha256_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256 */ .s)(step.key ?? '').slice(0, 12),
            token: step.inputs.token,
            workflowToken: step.inputs.workflowToken,
        });
        if (outcome.warning)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Suggested changes: ${outcome.warning}`);
        if (outcome.posted + outcome.kept + outcome.over > 0)
            notes.push(`${outcome.posted} suggested change(s) posted as a pull request review`);
        if (outcome.kept > 0)
            notes.push(`${outcome.kept} from an earlier run still apply`);
        if (outcome.deleted > 0)
            notes.push(`${outcome.deleted} earlier suggestion(s) that no longer apply deleted`);
        if (outcome.over > 0)
            notes.push(`${outcome.over} more not posted (at most ${SUGGESTIONS_PER_RUN} per run)`);
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Suggested changes could not be posted: ${(0,_github_client_js__WEBPACK_IMPORTED_MODULE_2__/* .describeApiError */ .gg)(error)}`);
    }
    if (withheld.credential > 0)
        notes.push(`${withheld.credential} not offered: the lines hold a credential`);
    if (withheld.notInWorkspace > 0)
        notes.push(`${withheld.notInWorkspace} not offered: the checked-out file is not the pull request's head`);
    if (withheld.notChanged > 0)
        notes.push(`${withheld.notChanged} not offered: the change reaches beyond the diff`);
    if (withheld.overlapping > 0)
        notes.push(`${withheld.overlapping} not offered yet: their edits overlap another suggestion's (offered once it is applied)`);
    return notes.length > 0 ? `${notes.join('; ')}.` : undefined;
}


/***/ })

};
