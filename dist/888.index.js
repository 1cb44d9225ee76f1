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
/* harmony import */ var _core_messageOf_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2017);





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
            let text;
            try {
                text = await (0,_gitAtCommit_js__WEBPACK_IMPORTED_MODULE_3__/* .readAtCommit */ .zX)(root, pr.baseSha, file);
            }
            catch (error) {
                throw new Error(`${file} could not be read at the base commit ${pr.baseSha.slice(0, 12)}: ${(0,_core_messageOf_js__WEBPACK_IMPORTED_MODULE_4__/* .messageOf */ .b)(error)}`);
            }
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
        // A directory or a symlink where the file should be is not an absence: the run stops rather than fall back.
        if (Array.isArray(data) || data.type !== 'file' || typeof data.content !== 'string')
            throw new Error(`${file} is not a file in the base commit ${base}`);
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
