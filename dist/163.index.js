export const id = 163;
export const ids = [163];
export const modules = {

/***/ 2163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkRunStep: () => (/* binding */ checkRunStep)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);

/**
 * check-run: auto posts the check run when the token may (a 403 on creating it is a fork's or a job's missing
 * `checks: write`: the annotations go to workflow commands with a line saying so); always makes any failure to create it
 * an error of the step (`failure`); a check run that could not be created leaves every annotation to workflow commands.
 */
async function checkRunStep(step) {
    const always = step.inputs.checkRun === 'always';
    const fallBack = (reason, quiet) => {
        const message = `The check run could not be created: ${reason}. Annotations are emitted as workflow commands instead.`;
        if (always) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(message);
            return { failure: `check-run: always: ${reason}` };
        }
        if (quiet)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message);
        else
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message);
        return {};
    };
    if (!step.client)
        return fallBack('no token', true);
    if (!step.repo || !step.headSha)
        return fallBack('the repository or commit of the run is unknown', true);
    const { postCheckRun } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 6602));
    const outcome = await postCheckRun(await step.client(), {
        owner: step.repo.owner,
        repo: step.repo.repo,
        headSha: step.headSha,
        name: step.name,
        conclusion: step.conclusion,
        title: step.title,
        summary: step.summary,
        findings: step.findings,
    });
    if (!outcome.posted)
        return fallBack(outcome.refused
            ? `${outcome.reason} (give the job "checks: write"; a fork's token cannot have it)`
            : outcome.reason, outcome.refused);
    if (outcome.warning)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Check run: ${outcome.warning}; they are emitted as workflow commands instead`);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Check run ${step.name}: ${outcome.sent} annotation(s), ${outcome.url}`);
    return { posted: { name: step.name, sent: outcome.sent, unsent: outcome.unsent } };
}


/***/ })

};
