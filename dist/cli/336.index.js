export const id = 336;
export const ids = [336];
export const modules = {

/***/ 7336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fetchImageSize: () => (/* binding */ fetchImageSize)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_addressPolicy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1481);




/**
 * A response whose size is known has the rest of its body (at most this much) read and discarded after the
 * image size is found, so its connection returns to the keep-alive pool instead of being torn down: measured on
 * 200 logos on one host, new TLS connections for each made the run 1.86× the network limit.
 */
const DRAIN_LIMIT = 64 * 1024;
class Refused extends Error {
}
/** Follows at most maxRedirects redirects, each one checked again, and reads only as much as the size needs. */
async function fetchImageSize(url, options) {
    let current = url;
    for (let redirects = 0;; redirects++) {
        const step = await requestOnce(current, options);
        if (step.kind === 'done')
            return { ...step.probe, url };
        if (redirects >= options.maxRedirects) {
            return { ok: false, url, reason: `too many redirects (more than ${options.maxRedirects})` };
        }
        current = step.location;
    }
}
function failure(reason) {
    return { kind: 'done', probe: { ok: false, reason } };
}
function requestOnce(url, options) {
    let target;
    try {
        target = new URL(url);
    }
    catch {
        return Promise.resolve(failure('not a valid URL'));
    }
    const isHttps = target.protocol === 'https:';
    if (!isHttps && !(options.allowHttp && target.protocol === 'http:')) {
        return Promise.resolve(failure(`only ${options.allowHttp ? 'http and https are' : 'https is'} fetched, not ${target.protocol.replace(/:$/, '')}`));
    }
    if (target.username || target.password)
        return Promise.resolve(failure('URLs with credentials are not fetched'));
    const hostname = target.hostname.replace(/^\[|\]$/g, '');
    if (!options.allowPrivateNetwork && (0,_core_addressPolicy_js__WEBPACK_IMPORTED_MODULE_3__/* .isIpLiteral */ .t)(hostname)) {
        const refusal = options.refuseAddress(hostname);
        if (refusal)
            return Promise.resolve(failure(`refused: ${refusal}`));
    }
    return new Promise((resolve) => {
        let settled = false;
        const finish = (step, keepConnection = false) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            if (!keepConnection)
                request.destroy();
            resolve(step);
        };
        // The address is checked in the lookup the socket connects with, so the address checked is the address used.
        const lookup = (host, lookupOptions, callback) => {
            options.lookup(host, { ...lookupOptions, all: true }, (error, addresses) => {
                if (error)
                    return callback(error);
                if (!options.allowPrivateNetwork) {
                    for (const { address } of addresses) {
                        const refusal = options.refuseAddress(address);
                        if (refusal)
                            return callback(new Refused(`refused: ${host} resolves to ${refusal}`));
                    }
                }
                // A resolver may answer with no address and no error (Node's connect would throw on it): a name that does not
                // resolve, not a crash.
                const [first] = addresses;
                if (!first)
                    return callback(Object.assign(new Error(`${host} resolves to no address`), { code: 'ENOTFOUND' }));
                if (lookupOptions.all)
                    return callback(null, addresses);
                return callback(null, first.address, first.family);
            });
        };
        const request = (isHttps ? (node_https__WEBPACK_IMPORTED_MODULE_1___default()) : (node_http__WEBPACK_IMPORTED_MODULE_0___default())).request(target, {
            method: 'GET',
            agent: options.agents ? (isHttps ? options.agents.https : options.agents.http) : false,
            lookup: lookup,
            headers: { 'user-agent': options.userAgent, accept: 'image/*' },
            ...(isHttps && options.ca ? { ca: options.ca } : {}),
        });
        const timer = setTimeout(() => finish(failure(`timed out after ${options.timeoutMs} ms`)), options.timeoutMs);
        request.on('error', (error) => finish(failure(describeError(error))));
        request.on('response', (response) => {
            const status = response.statusCode ?? 0;
            if (status >= 300 && status < 400 && response.headers.location) {
                let location;
                try {
                    location = new URL(response.headers.location, target).toString();
                }
                catch {
                    return finish(failure(`HTTP ${status} redirect to an invalid URL`));
                }
                return finish({ kind: 'redirect', location });
            }
            if (status !== 200)
                return finish(failure(`HTTP ${status}`));
            const contentType = String(response.headers['content-type'] ?? '')
                .replace(/;[\s\S]*$/, '')
                .trim()
                .toLowerCase();
            if (/^text\/html|^application\/(json|xhtml)/.test(contentType)) {
                return finish(failure(`not an image (content-type ${contentType})`));
            }
            const capped = response.pipe(new ByteCap(options.maxBytes));
            capped.on('error', () => undefined);
            loadProbe()
                .then((probeStream) => probeStream(capped))
                .then((size) => {
                const length = Number(response.headers['content-length']);
                const drain = options.agents !== undefined &&
                    (response.complete || (Number.isInteger(length) && length <= DRAIN_LIMIT));
                if (drain) {
                    // The rest of a small body is discarded so the connection can be reused; the socket is unreferenced
                    // meanwhile, so a server that stalls here cannot keep the run alive.
                    response.unpipe(capped);
                    response.socket?.unref();
                    const drainTimer = setTimeout(() => request.destroy(), options.timeoutMs);
                    drainTimer.unref();
                    response.once('close', () => clearTimeout(drainTimer));
                    response.resume();
                }
                finish({
                    kind: 'done',
                    probe: {
                        ok: true,
                        width: size.width,
                        height: size.height,
                        type: size.type,
                        wUnits: size.wUnits,
                        hUnits: size.hUnits,
                    },
                }, drain);
            }, (error) => {
                if (error instanceof TooLarge)
                    return finish(failure(`larger than ${formatBytes(options.maxBytes)} before its size could be read`));
                finish(failure(`not an image${contentType ? ` (content-type ${contentType})` : ''}`));
            });
        });
        request.end();
    });
}
class TooLarge extends Error {
}
/** Passes at most `limit` bytes, then fails the stream: never more than 1 MiB of a logo is read. */
class ByteCap extends node_stream__WEBPACK_IMPORTED_MODULE_2__.Transform {
    limit;
    seen = 0;
    constructor(limit) {
        super();
        this.limit = limit;
    }
    _transform(chunk, _encoding, callback) {
        this.seen += chunk.length;
        if (this.seen > this.limit)
            return callback(new TooLarge());
        callback(null, chunk);
    }
}
function formatBytes(bytes) {
    return bytes % 1_048_576 === 0 ? `${bytes / 1_048_576} MiB` : `${bytes} bytes`;
}
function describeError(error) {
    if (error instanceof Refused)
        return error.message;
    const code = error.code ?? '';
    switch (code) {
        case 'ENOTFOUND':
        case 'EAI_AGAIN':
            return 'host name does not resolve';
        case 'ECONNREFUSED':
            return 'connection refused';
        case 'ECONNRESET':
            return 'connection reset';
        case 'EHOSTUNREACH':
        case 'ENETUNREACH':
            return 'host unreachable';
    }
    if (/CERT|SSL|TLS|SELF_SIGNED|VERIFY|SIGNATURE|ALTNAME/i.test(code))
        return `TLS error: ${code}`;
    return `request failed (${code || error.message})`;
}
let probeModule;
/** probe-image-size is imported on the first fetch: an offline run, or one without logos, does not load it. */
function loadProbe() {
    probeModule ??= __webpack_require__.e(/* import() */ 678).then(__webpack_require__.t.bind(__webpack_require__, 8678, 23)).then((m) => m.default);
    return probeModule;
}


/***/ })

};
