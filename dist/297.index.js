export const id = 297;
export const ids = [297,285,184];
export const modules = {

/***/ 3776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ decodeUtf8),
/* harmony export */   u: () => (/* binding */ hasUtf8Bom)
/* harmony export */ });
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/**
 * Decodes strict UTF-8 and drops a UTF-8 BOM; other BOMs and invalid bytes are named with their byte offset. The one
 * decoding of a manifest: findings' offsets count this text, wherever their edits are applied or shown.
 */
function decodeUtf8(bytes) {
    if (startsWith(bytes, [0x00, 0x00, 0xfe, 0xff]) || startsWith(bytes, [0xff, 0xfe, 0x00, 0x00])) {
        return {
            ok: false,
            offset: 0,
            reason: 'file is UTF-32 (it starts with a UTF-32 byte order mark); manifests must be UTF-8',
        };
    }
    if (startsWith(bytes, [0xfe, 0xff]) || startsWith(bytes, [0xff, 0xfe])) {
        return {
            ok: false,
            offset: 0,
            reason: 'file is UTF-16 (it starts with a UTF-16 byte order mark); manifests must be UTF-8',
        };
    }
    const body = hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes;
    try {
        return { ok: true, text: decoder.decode(body) };
    }
    catch {
        const offset = firstInvalidByte(body);
        const byte = body[offset] ?? 0;
        const at = offset + (bytes.length - body.length);
        return {
            ok: false,
            offset: at,
            reason: `file is not valid UTF-8 (byte 0x${byte.toString(16).padStart(2, '0')} at byte offset ${at})`,
        };
    }
}
/** Whether the bytes open with a UTF-8 byte order mark (which decodeUtf8 drops, and a writer puts back). */
function hasUtf8Bom(bytes) {
    return startsWith(bytes, [0xef, 0xbb, 0xbf]);
}
function startsWith(bytes, prefix) {
    return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}
/** Only called once decoding failed, to say where: the first byte that starts no valid UTF-8 sequence (RFC 3629 §4). */
function firstInvalidByte(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        let need;
        let min;
        let max = 0xbf;
        if (b < 0x80) {
            i++;
            continue;
        }
        else if (b >= 0xc2 && b <= 0xdf) {
            need = 1;
            min = 0x80;
        }
        else if (b >= 0xe0 && b <= 0xef) {
            need = 2;
            min = b === 0xe0 ? 0xa0 : 0x80;
            if (b === 0xed)
                max = 0x9f;
        }
        else if (b >= 0xf0 && b <= 0xf4) {
            need = 3;
            min = b === 0xf0 ? 0x90 : 0x80;
            if (b === 0xf4)
                max = 0x8f;
        }
        else {
            return i;
        }
        if (i + need >= bytes.length)
            return i;
        const second = bytes[i + 1];
        if (second === undefined || second < min || second > max)
            return i;
        for (let k = 2; k <= need; k++) {
            const c = bytes[i + k];
            if (c === undefined || c < 0x80 || c > 0xbf)
                return i;
        }
        i += need + 1;
    }
    return Math.max(0, bytes.length - 1);
}


/***/ }),

/***/ 2872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sX: () => (/* binding */ tokenIdentity),
/* harmony export */   xO: () => (/* binding */ writtenBy)
/* harmony export */ });
/* unused harmony export WORKFLOW_BOT */
/* harmony import */ var _apiBudget_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4950);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9096);


/** The account the workflow's own token (GITHUB_TOKEN) writes comments as, on github.com and GitHub Enterprise Server. */
const WORKFLOW_BOT = 'github-actions[bot]';
/**
 * Who the token writes comments as, so that only comments by that account are ever edited.
 * - The workflow's own token (equal to the hidden workflow-token input, `${{ github.token }}`): github-actions[bot],
 *   without a call.
 * - A user's token (personal access token, OAuth or user-to-server token): `GET /user`.
 * - An installation token of another GitHub App (`ghs_`), which `GET /user` refuses: GraphQL `viewer`, which answers
 *   the app's bot account (`slug[bot]`) for installation tokens and the user for user tokens alike.
 * When neither answers, the identity is unknown and the caller must not edit anything.
 */
async function tokenIdentity(client, token, workflowToken) {
    if (workflowToken !== '' && token === workflowToken)
        return { known: true, login: WORKFLOW_BOT };
    const failures = [];
    if (!token.startsWith('ghs_')) {
        try {
            const { data } = await client.rest.users.getAuthenticated();
            if (typeof data.login === 'string' && data.login !== '')
                return { known: true, login: data.login, id: data.id };
            failures.push('GET /user: no login in the answer');
        }
        catch (error) {
            if (error instanceof _apiBudget_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiTimeout */ .kE)
                return { known: false, reason: error.message };
            failures.push(`GET /user: ${(0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .describeApiError */ .gg)(error)}`);
        }
    }
    try {
        const answer = await client.graphql('query { viewer { login databaseId } }');
        const login = answer.viewer?.login;
        const id = answer.viewer?.databaseId;
        if (typeof login === 'string' && login !== '')
            return { known: true, login, ...(typeof id === 'number' ? { id } : {}) };
        failures.push('GraphQL viewer: no login in the answer');
    }
    catch (error) {
        failures.push(`GraphQL viewer: ${error instanceof _apiBudget_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiTimeout */ .kE ? error.message : (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .describeApiError */ .gg)(error)}`);
    }
    return { known: false, reason: failures.join('; ') };
}
/** Whether a comment was written by the identity: same login, and same account id when both are known. */
function writtenBy(identity, author) {
    if (!identity.known || !author || author.login !== identity.login)
        return false;
    return identity.id === undefined || author.id === undefined || author.id === identity.id;
}


/***/ }),

/***/ 678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SUGGESTIONS_PER_RUN: () => (/* binding */ SUGGESTIONS_PER_RUN),
/* harmony export */   postSuggestions: () => (/* binding */ postSuggestions)
/* harmony export */ });
/* unused harmony exports suggestionMarker, suggestionBody */
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4285);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9096);
/* harmony import */ var _commentIdentity_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2872);
/* harmony import */ var _suggestedChange_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7184);




/** At most this many suggestions stand on a pull request per job: more would bury the review; the rest are counted. */
const SUGGESTIONS_PER_RUN = 50;
const MARKER_PREFIX = '<!-- lp-app-manifest-check suggestion ';
/** The hidden last line of each of our review comments: the job's scope and the suggestion's key. */
function suggestionMarker(scope, key) {
    return `${MARKER_PREFIX}${scope} ${key} -->`;
}
/** The key of a review comment of ours for this scope, read from its marker; undefined for anyone else's. */
function markedKey(body, scope) {
    const match = new RegExp(`${MARKER_PREFIX}${scope} ([0-9a-f]+) -->\\s*$`).exec(body ?? '');
    return match?.[1];
}
function suggestionBody(change, scope) {
    const fence = (0,_suggestedChange_js__WEBPACK_IMPORTED_MODULE_3__/* .fenceFor */ .Lt)(change.text);
    const what = change.description ? ` (${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__.inertMarkdown)(change.description)})` : '';
    const lines = [change.finding, ...(change.others ?? [])].map((f, i) => `**${f.ruleId}**: ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__.inertMarkdown)(f.message)}${i === 0 ? what : ''}`);
    return [
        ...lines,
        '',
        `${fence}suggestion`,
        // Always a line, even an empty one: a block with no line at all would delete the lines instead.
        change.text,
        fence,
        suggestionMarker(scope, change.key),
    ].join('\n');
}
/**
 * The suggestions of this run as review comments of one review (event COMMENT): those already standing from an earlier
 * run (same file, lines and text, by the token's own account) are left alone, the rest are posted, and then ours that
 * no longer apply are deleted. Only comments the token's account wrote are deleted or counted as standing: anyone can
 * write a comment with our marker. When the account cannot be established nothing is deleted, and no suggestion that
 * any marked comment already holds is posted again.
 */
async function postSuggestions(client, pr, options) {
    const limit = options.limit ?? SUGGESTIONS_PER_RUN;
    const unique = new Map();
    for (const change of options.changes)
        if (!unique.has(change.key))
            unique.set(change.key, change);
    const wanted = [...unique.values()].slice(0, limit);
    const over = unique.size - wanted.length;
    const wantedKeys = new Set(wanted.map((c) => c.key));
    const identity = await (0,_commentIdentity_js__WEBPACK_IMPORTED_MODULE_2__/* .tokenIdentity */ .sX)(client, options.token, options.workflowToken);
    const comments = await client.paginate(client.rest.pulls.listReviewComments, {
        owner: pr.owner,
        repo: pr.repo,
        pull_number: pr.number,
        per_page: 100,
    });
    const standing = new Set();
    const stale = [];
    let marked = 0;
    for (const comment of comments) {
        const key = markedKey(comment.body, options.scope);
        if (key === undefined)
            continue;
        marked++;
        if (identity.known && !(0,_commentIdentity_js__WEBPACK_IMPORTED_MODULE_2__/* .writtenBy */ .xO)(identity, comment.user))
            continue;
        if (wantedKeys.has(key) && !standing.has(key))
            standing.add(key);
        else if (identity.known)
            stale.push(comment.id);
    }
    const warnings = [];
    if (!identity.known && marked > 0)
        warnings.push(`could not establish which account the token comments as (${identity.reason}), so ${marked} earlier suggestion(s) are left as they are`);
    const fresh = wanted.filter((c) => !standing.has(c.key));
    let posted = 0;
    if (fresh.length > 0) {
        try {
            await client.rest.pulls.createReview({
                owner: pr.owner,
                repo: pr.repo,
                pull_number: pr.number,
                commit_id: pr.headSha,
                event: 'COMMENT',
                body: `lp-app-manifest-check suggests ${fresh.length} change(s) to the manifests of this pull request; each applies with one click.`,
                comments: fresh.map((change) => ({
                    path: change.file,
                    body: suggestionBody(change, options.scope),
                    line: change.endLine,
                    side: 'RIGHT',
                    ...(change.startLine < change.endLine ? { start_line: change.startLine, start_side: 'RIGHT' } : {}),
                })),
            });
            posted = fresh.length;
        }
        catch (error) {
            warnings.push(`the review with ${fresh.length} suggestion(s) could not be posted (${(0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .describeApiError */ .gg)(error)})`);
        }
    }
    // Deleting is cleanup, one paced write per comment (GitHub asks a second between writes): it comes after the review,
    // so that an API budget spent on it never costs the suggestions of this run.
    let deleted = 0;
    for (const id of stale) {
        try {
            await client.rest.pulls.deleteReviewComment({ owner: pr.owner, repo: pr.repo, comment_id: id });
            deleted++;
        }
        catch (error) {
            warnings.push(`an earlier suggestion that no longer applies could not be deleted (${(0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .describeApiError */ .gg)(error)})`);
            break;
        }
    }
    return {
        posted,
        kept: wanted.length - fresh.length,
        deleted,
        over,
        ...(warnings.length > 0 ? { warning: warnings.join('; ') } : {}),
    };
}


/***/ }),

/***/ 7184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lt: () => (/* binding */ fenceFor),
/* harmony export */   chooseSuggestions: () => (/* binding */ chooseSuggestions),
/* harmony export */   offeredEdits: () => (/* binding */ offeredEdits)
/* harmony export */ });
/* unused harmony exports lineStarts, suggestedChange, gitBlobId */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_sha256_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4106);
/* harmony import */ var _core_utf8_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3776);



/** The edits GitHub can offer for one click: a fix, or a suggestion when it is the only one (a choice needs a person). */
function offeredEdits(finding) {
    if (finding.fix && finding.fix.edits.length > 0)
        return { edits: finding.fix.edits };
    const suggestions = finding.suggestions ?? [];
    const only = suggestions.length === 1 ? suggestions[0] : undefined;
    if (only && only.edits.length > 0)
        return { edits: only.edits, description: only.description };
    return undefined;
}
/** Offsets of the start of each line of a text, for line numbers by binary search. */
function lineStarts(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return starts;
}
function lineOf(starts, offset) {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
        const middle = (low + high + 1) >> 1;
        // low < middle <= high < starts.length
        if (starts[middle] <= offset)
            low = middle;
        else
            high = middle - 1;
    }
    return low + 1;
}
/**
 * The finding's edits applied to the whole lines they touch in `text` (the file as the edits' offsets count it).
 * Undefined when the finding offers no edits, or its edits do not fit the text (out of range, overlapping): a
 * suggestion is offered only when it is exactly what the fix would write.
 */
function suggestedChange(finding, text, starts = lineStarts(text)) {
    const offered = offeredEdits(finding);
    if (!offered)
        return undefined;
    const edits = [...offered.edits].sort((a, b) => a.start - b.start || a.end - b.end);
    let previous;
    for (const e of edits) {
        if (!(Number.isInteger(e.start) && Number.isInteger(e.end) && 0 <= e.start && e.start <= e.end))
            return undefined;
        if (e.end > text.length || (previous && e.start < previous.end))
            return undefined;
        previous = e;
    }
    const firstEdit = edits[0];
    const lastEdit = edits.at(-1);
    if (!firstEdit || !lastEdit)
        return undefined;
    const first = firstEdit.start;
    const last = lastEdit.end;
    // lastIndexOf reads a negative position as 0, where a line break at offset 0 would be found.
    const from = first === 0 ? 0 : text.lastIndexOf('\n', first - 1) + 1;
    let to = text.indexOf('\n', last);
    if (to === -1)
        to = text.length;
    if (to > last && text[to - 1] === '\r')
        to--;
    let after = '';
    let at = from;
    for (const e of edits) {
        after += text.slice(at, e.start) + e.text;
        at = e.end;
    }
    after += text.slice(at, to);
    const before = text.slice(from, to);
    if (after === before)
        return undefined;
    const startLine = lineOf(starts, from);
    const endLine = lineOf(starts, to);
    const key = (0,_core_sha256_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256 */ .s)(`${finding.file}\n${startLine}\n${endLine}\n${after}`).slice(0, 20);
    return {
        finding,
        file: finding.file,
        startLine,
        endLine,
        text: after,
        before,
        ...(offered.description !== undefined ? { description: offered.description } : {}),
        key,
    };
}
/** A code fence longer than any run of backticks in the text, so the text cannot close it. */
function fenceFor(text) {
    let longest = 0;
    for (const run of text.match(/`+/g) ?? [])
        longest = Math.max(longest, run.length);
    return '`'.repeat(Math.max(3, longest + 1));
}
/** Git's id of a file's content (a blob), to tell that the workspace holds the file the diff describes. */
function gitBlobId(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex');
}
/**
 * The findings' edits that can be offered as suggestions on the pull request: on lines it changed and inside one hunk
 * of its diff (where GitHub takes a review comment), on a workspace file that is the head commit's file (else the
 * lines may not be the ones the diff shows), and holding no credential the run found (a suggestion repeats the lines).
 */
function chooseSuggestions(findings, options) {
    const withheld = { notChanged: 0, notInWorkspace: 0, credential: 0, overlapping: 0 };
    const texts = new Map();
    const changes = [];
    for (const finding of findings) {
        if (finding.suppressed || !offeredEdits(finding))
            continue;
        if (!options.touches(finding.file, finding.line, finding.endLine))
            continue;
        if (!texts.has(finding.file)) {
            const bytes = options.read(finding.file);
            const blob = options.blob(finding.file);
            const same = bytes !== undefined && (blob === undefined || gitBlobId(bytes) === blob);
            // Decoded as the engine decoded it (a byte order mark dropped), since the edits' offsets count that text.
            const decoded = same ? (0,_core_utf8_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeUtf8 */ ._)(bytes) : undefined;
            texts.set(finding.file, decoded?.ok ? { text: decoded.text, starts: lineStarts(decoded.text), bom: (0,_core_utf8_js__WEBPACK_IMPORTED_MODULE_2__/* .hasUtf8Bom */ .u)(bytes) } : undefined);
        }
        const source = texts.get(finding.file);
        if (!source) {
            withheld.notInWorkspace++;
            continue;
        }
        const change = onFileLines(suggestedChange(finding, source.text, source.starts), source.bom);
        if (!change)
            continue;
        if (!options.inHunk(change.file, change.startLine, change.endLine)) {
            withheld.notChanged++;
            continue;
        }
        const holdsSecret = (c) => options.secrets.some((s) => s !== '' && (c.before.includes(s) || c.text.includes(s)));
        if (holdsSecret(change)) {
            withheld.credential++;
            continue;
        }
        const overlapping = changes.findIndex((c) => c.file === change.file && c.startLine <= change.endLine && change.startLine <= c.endLine);
        const existing = overlapping === -1 ? undefined : changes[overlapping];
        if (!existing) {
            changes.push(change);
            continue;
        }
        const merged = onFileLines(mergedChange(existing, finding, source.text, source.starts), source.bom);
        if (!merged || !options.inHunk(merged.file, merged.startLine, merged.endLine))
            withheld.overlapping++;
        else if (holdsSecret(merged))
            withheld.credential++;
        else
            changes[overlapping] = merged;
    }
    return { changes, withheld };
}
/**
 * The change as lines of the file GitHub shows: a suggestion replaces whole lines, the first with its byte order mark,
 * which the decoded text the edits count has not; kept, so that committing the suggestion writes what --fix writes.
 */
function onFileLines(change, bom) {
    if (!change || !bom || change.startLine !== 1)
        return change;
    return { ...change, text: '\uFEFF' + change.text, before: '\uFEFF' + change.before };
}
/**
 * One suggestion for two findings whose edits touch the same lines: every edit of both applied to those lines, when the
 * edits themselves do not overlap (else the later finding waits for the next push, once the first is applied).
 */
function mergedChange(change, finding, text, starts) {
    const all = [change.finding, ...(change.others ?? []), finding];
    const edits = all.flatMap((f) => offeredEdits(f)?.edits ?? []);
    const merged = suggestedChange({ ...change.finding, fix: { edits }, suggestions: undefined }, text, starts);
    if (!merged)
        return undefined;
    const { description } = change;
    return {
        ...merged,
        finding: change.finding,
        others: all.slice(1),
        ...(description !== undefined ? { description } : {}),
    };
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inertMarkdown: () => (/* binding */ inertMarkdown),
/* harmony export */   toMarkdown: () => (/* binding */ toMarkdown)
/* harmony export */ });
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7994);

/**
 * Manifest text rendered inert in markdown: no HTML, no table breaks, no links or images, no @-mentions or
 * #-references that would notify people, no forged comment markers.
 */
function inertMarkdown(text) {
    // Most messages hold none of it: one test instead of five replacements for each row of a long report.
    if (!MARKUP.test(text))
        return text;
    return text
        .replace(/\r\n|\r|\n/g, ' ')
        .replace(/[\\`*_{}[\]()#+\-!|<>&~]/g, (c) => `&#${c.charCodeAt(0)};`)
        .replace(/@/g, '@\u200b')
        .replace(/:\/\//g, ':&#47;&#47;')
        .replace(/(www)\./gi, '$1&#46;');
}
/** Whatever inertMarkdown replaces. */
const MARKUP = /[\r\n\\`*_{}[\]()#+\-!|<>&~@]|:\/\/|www\./i;
const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
/** A heading, the counts, and one table per file; cut to `maxLength` with a count of what was left out. */
const toMarkdown = (result, context) => {
    const summary = (0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .summarize */ .eh)(result);
    const head = [...(context.header ? [context.header] : []), `## ${context.tool.name}`, ''];
    const problems = summary.errors + summary.warnings + summary.notices;
    head.push(problems === 0
        ? `✅ ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(summary.manifests, 'manifest')} checked, no problems.`
        : `**${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(summary.errors, 'error')}, ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(summary.warnings, 'warning')}, ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(summary.notices, 'notice')}** in ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(summary.manifests, 'manifest')}.`);
    if (summary.suppressed > 0)
        head.push('', `${summary.suppressed} suppressed (inline comments or baseline).`);
    for (const note of context.notes ?? [])
        head.push('', note);
    // Sizes are counted in UTF-8 bytes: the job summary's limit is in bytes, and a byte count is never below the
    // character count the comment's limit uses.
    const size = (text) => Buffer.byteLength(text);
    const budget = (context.maxLength ?? Infinity) - 200;
    const tail = [];
    if (result.skipped.length > 0) {
        // The skipped list may use at most a quarter of the budget; findings come first.
        const tailBudget = budget / 4;
        tail.push('', '<details><summary>Skipped</summary>', '');
        let tailSize = size(tail.join('\n'));
        let listed = 0;
        for (const s of result.skipped) {
            const line = `- ${inertMarkdown(s.file ?? s.ruleId)}: ${inertMarkdown(s.reason)}`;
            if (tailSize + size(line) + 1 > tailBudget)
                break;
            tail.push(line);
            tailSize += size(line) + 1;
            listed++;
        }
        if (listed < result.skipped.length)
            tail.push(`- … and ${result.skipped.length - listed} more (the JSON report lists them all)`);
        tail.push('', '</details>');
    }
    let used = size([...head, ...tail].join('\n'));
    const body = [];
    let shown = 0;
    const byFile = new Map();
    for (const finding of result.findings) {
        const list = byFile.get(finding.file);
        if (list)
            list.push(finding);
        else
            byFile.set(finding.file, [finding]);
    }
    outer: for (const [file, findings] of byFile) {
        const heading = [
            '',
            `### ${inertMarkdown(file)}`,
            '',
            '| Line | Severity | Rule | Message |',
            '|---:|---|---|---|',
        ];
        const headingSize = size(heading.join('\n')) + 1;
        let started = false;
        for (const f of findings) {
            const row = rowOf(f, context);
            const rowSize = size(row);
            if (used + rowSize + 1 + (started ? 0 : headingSize) > budget)
                break outer;
            if (!started) {
                body.push(...heading);
                used += headingSize;
                started = true;
            }
            body.push(row);
            used += rowSize + 1;
            shown++;
        }
    }
    const omitted = result.findings.length - shown;
    if (omitted > 0)
        body.push('', `… and ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(omitted, 'more finding')} not shown here (the annotations and the JSON report have them all).`);
    return [...head, ...body, ...tail].join('\n') + '\n';
};
function rowOf(f, context) {
    const url = context.docsUrl(f.ruleId);
    const rule = url ? `[${f.ruleId}](${url})` : `\`${f.ruleId}\``;
    const severity = f.suppressed
        ? `suppressed (${inertMarkdown(f.suppressed.reason)})`
        : `${ICON[f.severity]} ${f.severity}`;
    const position = `${f.line}:${f.column}`;
    const line = context.lineUrl ? `[${position}](${context.lineUrl(f.file, f.line)})` : position;
    return `| ${line} | ${severity} | ${rule} | ${inertMarkdown(f.message)} |`;
}


/***/ })

};
