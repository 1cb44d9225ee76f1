export const id = 572;
export const ids = [572];
export const modules = {

/***/ 1572:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PullRequestDiff: () => (/* binding */ PullRequestDiff),
/* harmony export */   onChangedLines: () => (/* binding */ onChangedLines),
/* harmony export */   pullRequestDiff: () => (/* binding */ pullRequestDiff),
/* harmony export */   readGitDiff: () => (/* binding */ readGitDiff),
/* harmony export */   readPatch: () => (/* binding */ readPatch),
/* harmony export */   unquoteGitPath: () => (/* binding */ unquoteGitPath)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);


const run = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/**
 * The lines a pull request changed, file by file: from git when both commits are fetched, else from the `patch` of
 * each entry of the pull request's files API (3 lines of context, as git's default).
 */
class PullRequestDiff {
    files;
    constructor(files) {
        this.files = files;
    }
    /** Whether any line from `line` to `endLine` of the file was changed by the pull request. */
    touches(file, line, endLine = line) {
        const diff = this.files.get(file);
        if (!diff)
            return false;
        if (!diff.changed)
            return true;
        const range = diff.changed[firstEndingAtOrAfter(diff.changed, line)];
        return range !== undefined && range[0] <= endLine;
    }
    /** Whether lines `line`..`endLine` all lie in one hunk of the diff, where GitHub accepts a review comment on them. */
    inHunk(file, line, endLine) {
        const hunks = this.files.get(file)?.hunks ?? [];
        const hunk = hunks[firstEndingAtOrAfter(hunks, endLine)];
        return hunk !== undefined && hunk[0] <= line;
    }
}
/** The index of the first range ending at or after `line` (ranges in order, apart): a finding costs log(ranges). */
function firstEndingAtOrAfter(ranges, line) {
    let low = 0;
    let high = ranges.length;
    while (low < high) {
        const middle = (low + high) >> 1;
        // low <= middle < high <= ranges.length
        if (ranges[middle][1] < line)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}
/** One file's patch (the hunks only, or a whole `git diff` section) read into changed lines and hunks. */
function readPatch(patch) {
    const changed = [];
    const hunks = [];
    // The new side of the current hunk: a removal at its edge marks no line the hunk does not show (past the end of the
    // file). A hunk with no new side (-U0, or a file emptied) cannot tell, so both neighbours are marked.
    let from = 1;
    let to = Infinity;
    const mark = (line) => {
        if (line < Math.max(1, from) || line > to)
            return;
        const last = changed.at(-1);
        if (last && line <= last[1] + 1)
            last[1] = Math.max(last[1], line);
        else
            changed.push([line, line]);
    };
    let next = 0;
    let inHunk = false;
    // Lines removed and not replaced: their neighbours on the new side are what the removal changed.
    let removed = false;
    const endRemoval = () => {
        if (removed) {
            mark(next - 1);
            mark(next);
        }
        removed = false;
    };
    for (const text of patch.split('\n')) {
        const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(text);
        if (header) {
            endRemoval();
            const start = Number(header[1]);
            const count = header[2] === undefined ? 1 : Number(header[2]);
            // "+5,0": nothing on the new side; the lines removed stood after line 5.
            next = count === 0 ? start + 1 : start;
            [from, to] = count === 0 ? [1, Infinity] : [start, start + count - 1];
            if (count > 0)
                hunks.push([start, start + count - 1]);
            inHunk = true;
            continue;
        }
        if (!inHunk)
            continue;
        const kind = text[0];
        if (kind === '+') {
            removed = false;
            mark(next++);
        }
        else if (kind === '-')
            removed = true;
        else if (kind === ' ') {
            endRemoval();
            next++;
        }
        else if (kind !== '\\') {
            endRemoval();
            inHunk = false;
        }
    }
    endRemoval();
    return { changed, hunks };
}
/** A path as git prints it: C-quoted ("a\tb", octal bytes) when it holds unusual characters. */
function unquoteGitPath(text) {
    if (!text.startsWith('"'))
        return text;
    const bytes = [];
    const escapes = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
    for (let i = 1; i < text.length - 1; i++) {
        const c = text.charAt(i);
        if (c !== '\\') {
            bytes.push(...Buffer.from(c, 'utf8'));
            continue;
        }
        // i < length - 1 before this: the character after a backslash is there, if only the closing quote.
        const d = text.charAt(++i);
        if (/[0-7]/.test(d)) {
            bytes.push(parseInt(text.slice(i, i + 3), 8));
            i += 2;
        }
        else
            bytes.push(escapes[d] ?? d.charCodeAt(0));
    }
    return Buffer.from(bytes).toString('utf8');
}
/** `git diff` of the whole pull request, split into files (new-side paths; deleted files are left out). */
function readGitDiff(diff) {
    const files = new Map();
    for (const section of diff.split(/^(?=diff --git )/m)) {
        // A binary file (git's verdict: a NUL byte, say) has no +++ line, only "Binary files a/x and b/x differ".
        const target = /^\+\+\+ (.+)$/m.exec(section)?.[1] ?? /^Binary files .+ and (.+) differ$/m.exec(section)?.[1];
        if (!target || target === '/dev/null')
            continue;
        // git ends a name holding a space with a tab, for patch(1).
        const file = unquoteGitPath(target.replace(/\t$/, '')).replace(/^b\//, '');
        const blob = /^index [0-9a-f]+\.\.([0-9a-f]+)/m.exec(section)?.[1];
        const binary = /^Binary files /m.test(section);
        const read = readPatch(section);
        files.set(file, { ...read, changed: binary ? undefined : read.changed, blob });
    }
    return files;
}
async function fromGit(root, pr) {
    try {
        const { stdout } = await run('git', [
            '-c',
            'core.quotePath=true',
            'diff',
            '--no-color',
            '--no-ext-diff',
            '--no-renames',
            '--no-textconv',
            '--full-index',
            '--src-prefix=a/',
            '--dst-prefix=b/',
            '-U3',
            `${pr.baseSha}...${pr.headSha}`,
        ], { cwd: root, maxBuffer: 256 * 1024 * 1024 });
        return readGitDiff(stdout);
    }
    catch {
        return undefined;
    }
}
/** The pull request's diff: git when both commits are fetched, else the pulls files API (all pages). */
async function pullRequestDiff(root, pr, getClient) {
    const local = await fromGit(root, pr);
    if (local)
        return new PullRequestDiff(local);
    if (!getClient)
        throw new Error('the base commit is not fetched and there is no token for the API');
    const client = await getClient();
    const entries = await client.paginate(client.rest.pulls.listFiles, {
        owner: pr.owner,
        repo: pr.repo,
        pull_number: pr.number,
        per_page: 100,
    });
    const files = new Map();
    for (const entry of entries) {
        if (entry.status === 'removed')
            continue;
        const read = typeof entry.patch === 'string' ? readPatch(entry.patch) : { changed: undefined, hunks: [] };
        files.set(entry.filename, { ...read, blob: entry.sha || undefined });
    }
    return new PullRequestDiff(files);
}
/** Schema keywords whose finding is about something absent: it stands where the parent is, not where the change was. */
const ABSENCE_KEYWORDS = new Set(['required', 'dependentRequired', 'dependencies', 'minItems', 'minProperties']);
/**
 * only-changed: lines. A finding is on the pull request's lines when its range meets a changed line. A finding about
 * the file as a whole (a parse error, which may surface far from the change that caused it) or about something absent
 * (a required property removed: its place is the parent, whose line need not have changed) is kept for every file the
 * pull request changed, so that no finding a change brought is ever left out for want of a line.
 */
function onChangedLines(diff) {
    return (finding) => {
        if (diff.touches(finding.file, finding.line, finding.endLine))
            return true;
        if (!diff.files.has(finding.file))
            return false;
        return (finding.ruleId === 'parse-error' ||
            finding.pointer === '' ||
            (finding.keyword !== undefined && ABSENCE_KEYWORDS.has(finding.keyword)));
    };
}


/***/ })

};
