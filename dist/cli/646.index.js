export const id = 646;
export const ids = [646];
export const modules = {

/***/ 7646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   init: () => (/* binding */ init)
/* harmony export */ });
/* unused harmony exports CHECKOUT_ACTION, STARTER_POLICY, STARTER_WORKFLOW_FILE, STARTER_WORKFLOW */
/* harmony import */ var _core_tool_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6567);
/* harmony import */ var _policy_loadPolicy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5150);
/* harmony import */ var _files_fileRoot_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2433);
/* harmony import */ var _files_writeInside_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6960);




/**
 * Third-party actions in the starter workflow, pinned by commit (a tag can be moved to other code); the comment names
 * the release. A test holds every workflow and README example to the same pin of each action.
 */
const CHECKOUT_ACTION = 'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1';
const STARTER_POLICY = `# yaml-language-server: $schema=${_core_tool_js__WEBPACK_IMPORTED_MODULE_0__/* .schemaBaseUrl */ .gL}policy.schema.json
# Policy for lp-app-manifest-check: ${_core_tool_js__WEBPACK_IMPORTED_MODULE_0__/* .toolInformationUri */ .B9}#policy-files
# On pull requests this file is read from the base branch, so a pull request cannot loosen it.
extends: recommended
rules:
  # severity: error | warning | notice | off
  client-name-format: warning
  redirect-uri-https: { severity: error, allowLoopback: false }
overrides: []
ignore: []
`;
const STARTER_WORKFLOW_FILE = '.github/workflows/lp-app-manifest-check.yml';
const STARTER_WORKFLOW = `name: app manifests
on:
  pull_request:
  push:
    branches: [main]
permissions:
  contents: read
  pull-requests: write # the sticky comment and suggested changes; read-only tokens (forks) lose only those
  checks: write # every finding as an annotation of a check run; read-only tokens (forks) fall back to workflow commands
jobs:
  check:
    runs-on: ubuntu-latest
    timeout-minutes: 10
    steps:
      - uses: ${CHECKOUT_ACTION}
        with:
          persist-credentials: false
      # ${_core_tool_js__WEBPACK_IMPORTED_MODULE_0__/* .toolMajorTag */ .A3} follows every ${_core_tool_js__WEBPACK_IMPORTED_MODULE_0__/* .toolMajorTag */ .A3}.x.y release; to review each update, pin a release's commit SHA instead
      - uses: ${_core_tool_js__WEBPACK_IMPORTED_MODULE_0__/* .toolRepository */ .bW}@${_core_tool_js__WEBPACK_IMPORTED_MODULE_0__/* .toolMajorTag */ .A3}
`;
/**
 * Writes the starter policy and workflow under `root` through src/files (no symlink out on the way). An existing file
 * is never overwritten (the file is created exclusively, so a file that appears meanwhile is kept too, and a symlink
 * in its place is not followed); it is listed as kept.
 */
function init(root) {
    const outcome = { written: [], kept: [], refused: [] };
    const confined = (0,_files_fileRoot_js__WEBPACK_IMPORTED_MODULE_2__/* .fileRoot */ .p)(root);
    for (const [file, text] of [
        [_policy_loadPolicy_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_POLICY_FILE */ .mY, STARTER_POLICY],
        [STARTER_WORKFLOW_FILE, STARTER_WORKFLOW],
    ]) {
        const written = (0,_files_writeInside_js__WEBPACK_IMPORTED_MODULE_3__/* .writeInside */ .M)(confined, file, text, { exclusive: true });
        if (written.ok)
            outcome.written.push(file);
        else if (written.code === 'exists')
            outcome.kept.push(file);
        else
            outcome.refused.push({ file, reason: written.reason });
    }
    return outcome;
}


/***/ })

};
