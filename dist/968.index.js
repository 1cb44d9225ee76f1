export const id = 968;
export const ids = [968];
export const modules = {

/***/ 1968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   changedFiles: () => (/* binding */ changedFiles)
/* harmony export */ });
/* harmony import */ var _gitAtCommit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8903);

/** Files the pull request changes: git when both commits are fetched, else the pulls files API (all pages). */
async function changedFiles(root, pr, getClient) {
    const local = await (0,_gitAtCommit_js__WEBPACK_IMPORTED_MODULE_0__/* .changedBetween */ .jr)(root, pr.baseSha, pr.headSha);
    if (local)
        return new Set(local);
    if (!getClient)
        throw new Error('the base commit is not fetched and there is no token for the API');
    const client = await getClient();
    const files = await client.paginate(client.rest.pulls.listFiles, {
        owner: pr.owner,
        repo: pr.repo,
        pull_number: pr.number,
        per_page: 100,
    });
    return new Set(files.map((f) => f.filename));
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
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);



const run = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/** The most of a file at the base commit that is read: a policy or baseline is far smaller. */
const MAX_BYTES = 8 * 1024 * 1024;
/** Symlinks followed from one path before it is a loop. */
const MAX_LINKS = 8;
/**
 * A file's text at a commit of the local clone, or undefined only when git says the commit has nothing at that path.
 * A symlink is followed to a file inside the repository, as the checkout's reader follows one (files/readInside.ts) and
 * the contents API does. Anything else throws: a directory or a submodule where the file should be, a symlink out of
 * the repository, to nothing or in a loop, a file over 8 MiB, a git that fails. A caller that falls back on absence
 * (the base policy) must never fall back because a read went wrong.
 */
async function readAtCommit(root, sha, file, links = 0) {
    const at = sha.slice(0, 12);
    // Literal: a name with `*` or `?` is that name, not a pattern.
    const { stdout: listed } = await run('git', ['--literal-pathspecs', 'ls-tree', '-z', sha, '--', file], { cwd: root });
    if (listed === '')
        return undefined;
    const entry = /^(\d+) (\w+) ([0-9a-f]+)\t([^\0]*)\0$/.exec(listed);
    if (!entry || entry[4] !== file)
        throw new Error(`git listed ${file} at ${at} as something else`);
    const [, mode, type, object] = entry;
    if (type !== 'blob') {
        throw new Error(`${file} is ${type === 'tree' ? 'a directory' : 'a submodule'} in the commit ${at}, not a file`);
    }
    let text;
    try {
        ({ stdout: text } = await run('git', ['cat-file', 'blob', object], { cwd: root, maxBuffer: MAX_BYTES }));
    }
    catch (error) {
        if (error.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER')
            throw new Error(`${file} is over ${MAX_BYTES} bytes in the commit ${at}`);
        throw error;
    }
    if (mode !== '120000')
        return text;
    // A symlink's blob is where it points, relative to its directory.
    if (links >= MAX_LINKS)
        throw new Error(`${file} is a symlink loop in the commit ${at}`);
    const target = node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.join(node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.dirname(file), text));
    if (node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.isAbsolute(text) || target === '..' || target.startsWith('../') || target === '.')
        throw new Error(`${file} is a symlink out of the repository in the commit ${at}`);
    const followed = await readAtCommit(root, sha, target, links + 1);
    if (followed === undefined)
        throw new Error(`${file} is a symlink to nothing in the commit ${at}`);
    return followed;
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
