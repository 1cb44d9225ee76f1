export const id = 331;
export const ids = [331];
export const modules = {

/***/ 331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   printConfig: () => (/* binding */ printConfig)
/* harmony export */ });
/** The rules, severities and options that apply to `file` after extends, overrides and central policies. */
function printConfig(policy, file) {
    const rules = {};
    for (const [id, setting] of policy.rulesFor(file)) {
        rules[id] = Object.keys(setting.options).length > 0 ? [setting.severity, setting.options] : [setting.severity];
    }
    return { file, policy: policy.source, ignored: policy.isIgnored(file), rules };
}


/***/ })

};
