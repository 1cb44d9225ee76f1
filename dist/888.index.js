export const id = 888;
export const ids = [888];
export const modules = {

/***/ 4888:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NotAtBase: () => (/* binding */ NotAtBase),
/* harmony export */   baseCommitReader: () => (/* binding */ baseCommitReader)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_rootPath_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8528);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9096);
/* harmony import */ var _gitAtCommit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8903);




/** The file is certainly not in the base commit (git says so, or the API answers 404): only then may a caller fall back. */
class NotAtBase extends Error {
}
/**
 * Reads files as they are at the pull request's base commit, so a pull request cannot loosen the policy it is
 * judged by: from git when the base commit was fetched, else through the contents API. Each file is read once.
 * Anything but a confirmed absence (no token, a 5xx, a rate limit, no network) is an error, never "no policy".
 */
function baseCommitReader(root, pr, getClient) {
    const read = new Map();
    let local;
    return (absolutePath) => {
        let text = read.get(absolutePath);
        if (!text)
            read.set(absolutePath, (text = readOnce(absolutePath)));
        return text;
    };
    async function readOnce(absolutePath) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(root, absolutePath).split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/');
        if ((0,_core_rootPath_js__WEBPACK_IMPORTED_MODULE_1__/* .leavesRoot */ .hs)(file))
            throw new Error(`${file} is outside the repository`);
        if (await (local ??= (0,_gitAtCommit_js__WEBPACK_IMPORTED_MODULE_3__/* .hasCommit */ .QE)(root, pr.baseSha))) {
            const text = await (0,_gitAtCommit_js__WEBPACK_IMPORTED_MODULE_3__/* .readAtCommit */ .zX)(root, pr.baseSha, file);
            if (text === undefined)
                throw new NotAtBase(`${file} is not in the base commit`);
            return text;
        }
        const base = pr.baseSha.slice(0, 12);
        if (!getClient)
            throw new Error(`the base commit ${base} is not in the checkout and there is no token to read ${file} through the API`);
        const client = await getClient();
        let data;
        try {
            ({ data } = await client.rest.repos.getContent({ owner: pr.owner, repo: pr.repo, path: file, ref: pr.baseSha }));
        }
        catch (error) {
            if (error.status === 404)
                throw new NotAtBase(`${file} is not in the base commit`);
            throw new Error(`${file} could not be read at the base commit ${base}: ${(0,_client_js__WEBPACK_IMPORTED_MODULE_2__/* .describeApiError */ .gg)(error)}`);
        }
        if (Array.isArray(data) || data.type !== 'file' || typeof data.content !== 'string')
            throw new NotAtBase(`${file} is not a file in the base commit`);
        return Buffer.from(data.content, 'base64').toString('utf8');
    }
}


/***/ }),

/***/ 8903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QE: () => (/* binding */ hasCommit),
/* harmony export */   jr: () => (/* binding */ changedBetween),
/* harmony export */   zX: () => (/* binding */ readAtCommit)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);


const run = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/** A file's text at a commit, when that commit is in the local clone; undefined when it is not there. */
async function readAtCommit(root, sha, file) {
    try {
        const { stdout } = await run('git', ['show', `${sha}:${file}`], { cwd: root, maxBuffer: 8 * 1024 * 1024 });
        return stdout;
    }
    catch {
        return undefined;
    }
}
async function hasCommit(root, sha) {
    try {
        await run('git', ['cat-file', '-e', `${sha}^{commit}`], { cwd: root });
        return true;
    }
    catch {
        return false;
    }
}
/** Paths changed between two commits of the local clone (root-relative, `/`), or undefined when either is missing. */
async function changedBetween(root, base, head) {
    try {
        const { stdout } = await run('git', ['diff', '--name-only', '-z', '--no-renames', `${base}...${head}`], {
            cwd: root,
            maxBuffer: 64 * 1024 * 1024,
        });
        return stdout.split('\0').filter((f) => f !== '');
    }
    catch {
        return undefined;
    }
}


/***/ })

};
