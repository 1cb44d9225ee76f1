export const id = 347;
export const ids = [347];
export const modules = {

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

/***/ 7347:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   markerLine: () => (/* binding */ markerLine),
/* harmony export */   upsertStickyComment: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* unused harmony export MARKER */
/* harmony import */ var _core_firstLine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5543);
/* harmony import */ var _commentIdentity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2872);


const MARKER = '<!-- lp-app-manifest-check -->';
/** The first line of the comment: the marker, plus the workflow/job key so that several jobs keep one comment each. */
function markerLine(key) {
    return key ? `${MARKER}<!-- ${key.replace(/--/g, '-').replace(/[<>]/g, '')} -->` : MARKER;
}
/**
 * One sticky comment per pull request (and job): found across every page of comments by its first line and its
 * author, and updated in place. `auto` posts only when there are findings but always updates an existing comment
 * (also to all clear). Only a comment the token's own account wrote is ever edited: anyone can post a comment that
 * starts with the marker, and a token that may edit comments may edit theirs too. When the account cannot be
 * established, no comment is edited: a new one is posted (or, with nothing to report, none).
 */
async function upsertStickyComment(client, pr, options) {
    if (options.mode === 'never')
        return { action: 'skipped', reason: 'comment: never' };
    const identity = await (0,_commentIdentity_js__WEBPACK_IMPORTED_MODULE_0__/* .tokenIdentity */ .sX)(client, options.token, options.workflowToken);
    const comments = await client.paginate(client.rest.issues.listComments, {
        owner: pr.owner,
        repo: pr.repo,
        issue_number: pr.number,
        per_page: 100,
    });
    const marked = comments.filter((c) => (0,_core_firstLine_js__WEBPACK_IMPORTED_MODULE_1__/* .firstLine */ .T)(c.body ?? '').trim() === options.marker);
    const existing = marked.find((c) => (0,_commentIdentity_js__WEBPACK_IMPORTED_MODULE_0__/* .writtenBy */ .xO)(identity, c.user));
    if (existing) {
        const { data } = await client.rest.issues.updateComment({
            owner: pr.owner,
            repo: pr.repo,
            comment_id: existing.id,
            body: options.body,
        });
        return { action: 'updated', url: data.html_url };
    }
    // Only worth a warning when there is a comment we may have failed to recognise as ours.
    const unknown = identity.known || marked.length === 0
        ? undefined
        : `could not establish which account the token comments as (${identity.reason}), so ${marked.length} earlier comment(s) with this job's marker are left as they are`;
    if (options.mode === 'auto' && !options.hasFindings) {
        return {
            action: 'skipped',
            reason: 'no findings and no earlier comment',
            ...(unknown ? { warning: `${unknown}; nothing is posted while there are no findings` } : {}),
        };
    }
    const { data } = await client.rest.issues.createComment({
        owner: pr.owner,
        repo: pr.repo,
        issue_number: pr.number,
        body: options.body,
    });
    return {
        action: 'created',
        url: data.html_url,
        ...(unknown ? { warning: `${unknown}; a new comment was posted instead` } : {}),
    };
}


/***/ })

};
