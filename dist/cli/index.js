#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 1916:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = true;
exports.Io = __webpack_unused_export__ = void 0;
var peq = new Uint32Array(0x10000);
var myers_32 = function (a, b) {
    var n = a.length;
    var m = b.length;
    var lst = 1 << (n - 1);
    var pv = -1;
    var mv = 0;
    var sc = n;
    var i = n;
    while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
    }
    for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= ((eq & pv) + pv) ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
            sc++;
        }
        if (pv & lst) {
            sc--;
        }
        mv = (mv << 1) | 1;
        pv = (pv << 1) | ~(xv | mv);
        mv &= xv;
    }
    i = n;
    while (i--) {
        peq[a.charCodeAt(i)] = 0;
    }
    return sc;
};
var myers_x = function (b, a) {
    var n = a.length;
    var m = b.length;
    var mhc = [];
    var phc = [];
    var hsize = Math.ceil(n / 32);
    var vsize = Math.ceil(m / 32);
    for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
    }
    var j = 0;
    for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
            var eq = peq[a.charCodeAt(i)];
            var pb = (phc[(i / 32) | 0] >>> i) & 1;
            var mb = (mhc[(i / 32) | 0] >>> i) & 1;
            var xv = eq | mv_1;
            var xh = ((((eq | mb) & pv_1) + pv_1) ^ pv_1) | eq | mb;
            var ph = mv_1 | ~(xh | pv_1);
            var mh = pv_1 & xh;
            if ((ph >>> 31) ^ pb) {
                phc[(i / 32) | 0] ^= 1 << i;
            }
            if ((mh >>> 31) ^ mb) {
                mhc[(i / 32) | 0] ^= 1 << i;
            }
            ph = (ph << 1) | pb;
            mh = (mh << 1) | mb;
            pv_1 = mh | ~(xv | ph);
            mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] = 0;
        }
    }
    var mv = 0;
    var pv = -1;
    var start = j * 32;
    var vlen = Math.min(32, m - start) + start;
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
    }
    var score = m;
    for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = (phc[(i / 32) | 0] >>> i) & 1;
        var mb = (mhc[(i / 32) | 0] >>> i) & 1;
        var xv = eq | mv;
        var xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += (ph >>> (m - 1)) & 1;
        score -= (mh >>> (m - 1)) & 1;
        if ((ph >>> 31) ^ pb) {
            phc[(i / 32) | 0] ^= 1 << i;
        }
        if ((mh >>> 31) ^ mb) {
            mhc[(i / 32) | 0] ^= 1 << i;
        }
        ph = (ph << 1) | pb;
        mh = (mh << 1) | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
    }
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
    }
    return score;
};
var distance = function (a, b) {
    if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
    }
    if (b.length === 0) {
        return a.length;
    }
    if (a.length <= 32) {
        return myers_32(a, b);
    }
    return myers_x(a, b);
};
exports.Io = distance;
var closest = function (str, arr) {
    var min_distance = Infinity;
    var min_index = 0;
    for (var i = 0; i < arr.length; i++) {
        var dist = distance(str, arr[i]);
        if (dist < min_distance) {
            min_distance = dist;
            min_index = i;
        }
    }
    return arr[min_index];
};
__webpack_unused_export__ = closest;


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6569);

process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .ak)(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    // Opened only when `-` is read: a run over files never touches stdin.
    get stdin() {
        return process.stdin;
    },
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6569:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ak: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: OPTION_NAMES, USAGE

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/engine/run.ts + 7 modules
var run = __nccwpck_require__(8294);
// EXTERNAL MODULE: ./src/policy/loadPolicy.ts
var loadPolicy = __nccwpck_require__(5150);
;// CONCATENATED MODULE: ./src/cli/progress.ts
/** Redrawn at most this often: a progress line must not cost more than the work it reports. */
const INTERVAL_MS = 100;
/**
 * One line of progress on stderr ("files 1234/10000 · logos 12/40"), redrawn in place with \r and cleared at the
 * end, for long runs on a terminal. Nothing from a manifest is printed: only counts.
 */
class Progress {
    write;
    now;
    files = { done: 0, total: 0 };
    logos = { done: 0, total: 0 };
    last = 0;
    shown = false;
    constructor(write, now = Date.now) {
        this.write = write;
        this.now = now;
    }
    filesRead(done, total) {
        this.files = { done, total };
        this.draw(done === total);
    }
    /** Counts distinct logo URLs as they are requested and answered. */
    watch(network) {
        const seen = new Set();
        return {
            probeImage: (url) => {
                const fresh = !seen.has(url);
                if (fresh) {
                    seen.add(url);
                    this.logos.total++;
                    this.draw(false);
                }
                const result = network.probeImage(url);
                if (fresh) {
                    void result
                        .finally(() => {
                        this.logos.done++;
                        this.draw(this.logos.done === this.logos.total);
                    })
                        .catch(() => undefined);
                }
                return result;
            },
        };
    }
    /** Clears the line, so the report that follows starts on a clean line. */
    end() {
        if (this.shown)
            this.write('\r\x1b[2K');
        this.shown = false;
    }
    draw(force) {
        const now = this.now();
        if (!force && now - this.last < INTERVAL_MS)
            return;
        this.last = now;
        const parts = [`files ${this.files.done}/${this.files.total}`];
        if (this.logos.total > 0)
            parts.push(`logos ${this.logos.done}/${this.logos.total}`);
        this.write(`\r\x1b[2Klp-app-manifest-check: ${parts.join(' · ')}`);
        this.shown = true;
    }
}

// EXTERNAL MODULE: ./src/core/tool.ts + 1 modules
var tool = __nccwpck_require__(6567);
;// CONCATENATED MODULE: ./src/network/createImageProbe.ts

/** The guarded fetcher network rules are handed: one request per distinct URL per run, at most `concurrency` at once. */
function createImageProbe(options) {
    const limit = Math.max(1, options.concurrency ?? 8);
    // The HTTP stack (https, tls, dns), the fetcher and the address policy (ipaddr.js) load on the first probe: a run
    // without logos never loads them.
    let fetcher;
    const load = async () => {
        // addressPolicy after fetchImageSize, which imports it too: Jest's module linker fails on two concurrent
        // imports of one CommonJS dependency (ipaddr.js), "request for 'ipaddr.js' is not in cache".
        const { fetchImageSize } = await __nccwpck_require__.e(/* import() */ 336).then(__nccwpck_require__.bind(__nccwpck_require__, 7336));
        const { refusalOf } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 1481));
        const [http, https, dns] = await Promise.all([Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7067, 23)), Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4708, 23)), Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 610, 23))]);
        const settings = {
            timeoutMs: options.timeoutMs,
            allowPrivateNetwork: options.allowPrivateNetwork,
            allowHttp: options.allowHttp ?? false,
            maxRedirects: options.maxRedirects ?? 3,
            maxBytes: options.maxBytes ?? 1_048_576,
            lookup: options.lookup ?? dns.lookup,
            ca: options.ca,
            refuseAddress: options.refuseAddress ?? refusalOf,
            userAgent: `${tool/* toolName */.Uf}/${tool/* toolVersion */.fX}`,
            agents: {
                http: new http.Agent({ keepAlive: true, maxSockets: limit }),
                https: new https.Agent({ keepAlive: true, maxSockets: limit }),
            },
        };
        return (url) => fetchImageSize(url, settings);
    };
    const cache = new Map();
    let active = 0;
    const waiting = [];
    const slot = async (work) => {
        if (active >= limit)
            await new Promise((resolve) => waiting.push(resolve));
        active++;
        try {
            return await work();
        }
        finally {
            active--;
            waiting.shift()?.();
        }
    };
    return {
        probeImage(url) {
            let probe = cache.get(url);
            if (!probe) {
                probe = slot(async () => (await (fetcher ??= load()))(url));
                cache.set(url, probe);
            }
            return probe;
        },
    };
}

;// CONCATENATED MODULE: ./src/report/index.ts
/** Every output format, by the name `--format` takes; one file of the same signature each. */
const FORMATS = [
    'text',
    'json',
    'sarif',
    'markdown',
    'github',
    'junit',
    'checkstyle',
    'gitlab',
    'compact',
];
/** A format's function, loaded when asked for: a run prints one or two, and the CLI's start-up counts. */
async function formatter(name) {
    switch (name) {
        case 'text':
            return (await __nccwpck_require__.e(/* import() */ 36).then(__nccwpck_require__.bind(__nccwpck_require__, 5655))).toText;
        case 'json':
            return (await __nccwpck_require__.e(/* import() */ 794).then(__nccwpck_require__.bind(__nccwpck_require__, 2794))).toJson;
        case 'sarif':
            return (await __nccwpck_require__.e(/* import() */ 96).then(__nccwpck_require__.bind(__nccwpck_require__, 96))).toSarif;
        case 'markdown':
            return (await __nccwpck_require__.e(/* import() */ 285).then(__nccwpck_require__.bind(__nccwpck_require__, 4285))).toMarkdown;
        case 'github':
            return (await __nccwpck_require__.e(/* import() */ 611).then(__nccwpck_require__.bind(__nccwpck_require__, 7611))).toGithub;
        case 'junit':
            return (await __nccwpck_require__.e(/* import() */ 998).then(__nccwpck_require__.bind(__nccwpck_require__, 2998))).toJunit;
        case 'checkstyle':
            return (await __nccwpck_require__.e(/* import() */ 33).then(__nccwpck_require__.bind(__nccwpck_require__, 7033))).toCheckstyle;
        case 'gitlab':
            return (await __nccwpck_require__.e(/* import() */ 243).then(__nccwpck_require__.bind(__nccwpck_require__, 6243))).toGitlab;
        case 'compact':
            return (await __nccwpck_require__.e(/* import() */ 847).then(__nccwpck_require__.bind(__nccwpck_require__, 6847))).toCompact;
    }
}

;// CONCATENATED MODULE: ./src/core/failOn.ts
const RANK = { error: 3, warning: 2, notice: 1 };
/** Whether any unsuppressed finding is at or above the `fail-on` level. */
function exceedsFailOn(findings, failOn) {
    if (failOn === 'never')
        return false;
    return findings.some((f) => !f.suppressed && RANK[f.severity] >= RANK[failOn]);
}

// EXTERNAL MODULE: ./src/files/fileRoot.ts
var fileRoot = __nccwpck_require__(2433);
// EXTERNAL MODULE: ./src/files/writeInside.ts
var writeInside = __nccwpck_require__(6960);
// EXTERNAL MODULE: ./src/core/messageOf.ts
var messageOf = __nccwpck_require__(2017);
// EXTERNAL MODULE: ./src/core/nearestName.ts
var nearestName = __nccwpck_require__(9042);
// EXTERNAL MODULE: ./src/engine/reportContext.ts
var reportContext = __nccwpck_require__(7579);
;// CONCATENATED MODULE: ./src/cli/main.ts














const FAIL_ON = ['error', 'warning', 'notice', 'never'];
const USAGE = `Usage: lp-app-manifest-check [PATH|DIR|GLOB ...] [options]
       lp-app-manifest-check - --stdin-filename NAME [options]
       lp-app-manifest-check --print-config FILE | --list-rules [options]
       lp-app-manifest-check init

Finds LivePerson Conversational Cloud application manifests and checks them against the manifest schema and a policy.

Options:
  --policy FILE|NAME|REF     policy file, built-in policy (recommended, strict) or github:OWNER/REPO/PATH@REF
                             (default: .github/lp-app-policy.yml under the root if present, else built-in "recommended")
  --format FORMAT            ${FORMATS.join(' | ')}
                             (default: text)
  --output FILE              write the report to FILE instead of stdout
  --fail-on LEVEL            error | warning | notice | never (default: error)
  --quiet                    report errors only: warnings and notices are neither shown nor counted
  --max-warnings N           exit 1 when more than N warnings are reported (default: -1, no limit)
  --offline                  no network: the logo rules are skipped and listed as skipped
  --allow-private-network    let network rules reach loopback, private and link-local addresses
  --network-timeout MS       per request (default: 10000)
  --exclude GLOB             do not check files matching GLOB (repeatable)
  --root DIR                 repository root; report paths are relative to it (default: the top of the git
                             work tree, else the current directory)
  --baseline FILE            report findings recorded in FILE as suppressed (default: the policy's baseline)
  --write-baseline FILE      record today's findings in FILE, for adoption in an existing repository
  --fix                      apply the fixes that are certain to be right to the files (inside the root), re-checking
                             until none applies (at most 10 passes), then report what remains
  --fix-dry-run              as --fix, but write nothing: print the changes as a unified diff (on stderr when a
                             report other than text or markdown goes to stdout), then report what would remain
  --only-manifests           files named as arguments are checked only if they are manifests (for pre-commit hooks)
  --allow-empty              pass when no manifest is found (default: "no manifests found" is exit 2)
  --stdin-filename NAME      with - as the path: check stdin as the file NAME, which decides its format and policy
                             overrides and is what reports name (it need not exist; it must lie inside the root)
  --print-config FILE        print the rules, severities and options a run applies to FILE (JSON) and exit
  --list-rules               list every rule (id, default severity, fixable, docs URL) and exit; --format text|json
  --color, --no-color        colour the text report (default: when stdout is a terminal; NO_COLOR, FORCE_COLOR)
  --progress, --no-progress  progress on stderr (default: when stderr is a terminal)
  -h, --help                 show this help
  -v, --version              show the version

init writes a starter .github/lp-app-policy.yml and .github/workflows/lp-app-manifest-check.yml; it never
overwrites a file.

github: policies are read through the GitHub API with GITHUB_TOKEN (GITHUB_API_URL for GitHub Enterprise Server).

Exit status: 0 nothing at or above --fail-on, 1 something is, 2 usage or policy error or no manifest found.`;
/** Every option, one a line; `--help` (USAGE) documents each and a test holds the two to one list. */
const OPTIONS = {
    policy: { type: 'string' },
    format: { type: 'string', default: 'text' },
    output: { type: 'string' },
    'fail-on': { type: 'string', default: 'error' },
    quiet: { type: 'boolean', default: false },
    'max-warnings': { type: 'string' },
    offline: { type: 'boolean', default: false },
    'allow-private-network': { type: 'boolean', default: false },
    'network-timeout': { type: 'string', default: '10000' },
    exclude: { type: 'string', multiple: true, default: [] },
    root: { type: 'string' },
    baseline: { type: 'string' },
    'write-baseline': { type: 'string' },
    fix: { type: 'boolean', default: false },
    'fix-dry-run': { type: 'boolean', default: false },
    'only-manifests': { type: 'boolean', default: false },
    'allow-empty': { type: 'boolean', default: false },
    'stdin-filename': { type: 'string' },
    'print-config': { type: 'string' },
    'list-rules': { type: 'boolean', default: false },
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
    progress: { type: 'boolean' },
    'no-progress': { type: 'boolean' },
    help: { type: 'boolean', short: 'h', default: false },
    version: { type: 'boolean', short: 'v', default: false },
};
/** The options --help names, for the test that holds USAGE to OPTIONS. */
const OPTION_NAMES = Object.keys(OPTIONS);
class UsageError extends Error {
}
/** The whole CLI as a function of its arguments and I/O; returns the exit code. */
async function runCli(argv, io) {
    try {
        return await runChecked(argv, io);
    }
    catch (error) {
        if (error instanceof UsageError || error instanceof loadPolicy/* PolicyError */.pn || error instanceof run/* RunError */.e4) {
            io.stderr(`lp-app-manifest-check: ${error.message}\n`);
            if (error instanceof UsageError)
                io.stderr('Run with --help for usage.\n');
            return 2;
        }
        const reason = (0,messageOf/* messageOf */.b)(error);
        io.stderr(`lp-app-manifest-check: unexpected failure: ${reason}\n`);
        return 2;
    }
}
async function runChecked(argv, io) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args: [...argv], allowPositionals: true, strict: true, tokens: true, options: OPTIONS });
    }
    catch (error) {
        const { unknownOption } = await __nccwpck_require__.e(/* import() */ 5).then(__nccwpck_require__.bind(__nccwpck_require__, 2005));
        throw new UsageError(unknownOption(argv, OPTIONS) ?? (0,messageOf/* messageOf */.b)(error));
    }
    const { values, positionals, tokens } = parsed;
    if (values.help) {
        io.stdout(USAGE + '\n');
        return 0;
    }
    if (values.version) {
        io.stdout(tool/* toolVersion */.fX + '\n');
        return 0;
    }
    if (positionals[0] === 'init') {
        if (positionals.length > 1)
            throw new UsageError('init takes no paths; to check a directory named init, write ./init');
        return runInit((0,run/* resolveRoot */.H6)(io.cwd, values.root), io);
    }
    const format = oneOf('--format', values.format, FORMATS);
    const warn = (message) => io.stderr(`lp-app-manifest-check: ${message}\n`);
    const token = io.env.GITHUB_TOKEN;
    const readRemote = async () => token ? await githubPolicyReader(token, warn, io.env.GITHUB_API_URL || 'https://api.github.com') : undefined;
    if (values['print-config'] !== undefined || values['list-rules']) {
        if (values['print-config'] !== undefined && values['list-rules'])
            throw new UsageError('--print-config FILE and --list-rules are two questions: ask one at a time');
        if (positionals.length > 0)
            throw new UsageError(`${values['list-rules'] ? '--list-rules' : '--print-config FILE'} takes no paths`);
        const { root, policy } = await (0,run/* resolvePolicy */.nZ)({
            cwd: io.cwd,
            root: values.root,
            policy: values.policy,
            readRemote: await readRemote(),
            warn,
        });
        // Each loaded when asked: a run's start-up does not pay for them.
        if (values['list-rules']) {
            const listFormat = oneOf('--format (with --list-rules)', format, ['text', 'json']);
            const { listRules, rulesTable } = await __nccwpck_require__.e(/* import() */ 289).then(__nccwpck_require__.bind(__nccwpck_require__, 2289));
            const rules = (0,run/* rulesOf */.fD)(policy);
            const listed = listRules(rules.map((r) => r.meta), (0,reportContext/* reportContext */.g)(rules).docsUrl);
            io.stdout(listFormat === 'json' ? JSON.stringify(listed, null, 2) + '\n' : rulesTable(listed));
        }
        else {
            const { printConfig } = await __nccwpck_require__.e(/* import() */ 331).then(__nccwpck_require__.bind(__nccwpck_require__, 331));
            const file = (0,run/* rootFile */.ZH)(root, io.cwd, values['print-config'], '--print-config');
            io.stdout(JSON.stringify(printConfig(policy, file), null, 2) + '\n');
        }
        return 0;
    }
    const failOn = oneOf('--fail-on', values['fail-on'], FAIL_ON);
    const timeoutMs = Number(values['network-timeout']);
    if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) {
        throw new UsageError(`--network-timeout must be a positive whole number of milliseconds, not "${values['network-timeout']}"`);
    }
    const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings']);
    if (maxWarnings !== undefined && !(/^(-1|\d+)$/.test(values['max-warnings']) && Number.isSafeInteger(maxWarnings))) {
        throw new UsageError(`--max-warnings must be a whole number of warnings (-1 for no limit), not "${values['max-warnings']}"`);
    }
    const stdin = stdinSource(positionals, values['stdin-filename'], io);
    if (stdin && values['write-baseline'] !== undefined)
        throw new UsageError('--write-baseline records a whole run, not - (stdin): run it over the repository');
    const showProgress = values['no-progress'] ? false : (values.progress ?? io.stderrIsTTY === true);
    const progress = showProgress ? new Progress(io.stderr) : undefined;
    const createNetwork = io.createNetwork ?? createImageProbe;
    const probe = values.offline
        ? undefined
        : createNetwork({ timeoutMs, allowPrivateNetwork: values['allow-private-network'] });
    const network = probe && progress ? progress.watch(probe) : probe;
    const fixing = values.fix || values['fix-dry-run'];
    if (values.fix && values['fix-dry-run'])
        throw new UsageError('--fix and --fix-dry-run cannot be combined');
    if (fixing && values['write-baseline'] !== undefined)
        throw new UsageError(`${values.fix ? '--fix' : '--fix-dry-run'} and --write-baseline cannot be combined`);
    if (fixing && stdin)
        throw new UsageError(`${values.fix ? '--fix' : '--fix-dry-run'} works on files, not - (stdin): name the file instead`);
    const runOptions = {
        cwd: io.cwd,
        root: values.root,
        paths: stdin ? [] : positionals,
        stdin,
        exclude: values.exclude,
        policy: values.policy,
        readRemote: await readRemote(),
        baseline: values.baseline,
        writeBaseline: values['write-baseline'],
        network,
        allowEmpty: values['allow-empty'],
        onlyManifests: values['only-manifests'],
        onProgress: progress ? (done, total) => progress.filesRead(done, total) : undefined,
        warn,
    };
    let outcome;
    if (fixing) {
        const { runFix } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(849), __nccwpck_require__.e(506), __nccwpck_require__.e(585), __nccwpck_require__.e(655)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6655));
        const fixed = await runFix(runOptions, { write: values.fix }).finally(() => progress?.end());
        outcome = fixed.outcome;
        const machine = format !== 'text' && format !== 'markdown' && values.output === undefined;
        if (values['fix-dry-run'])
            for (const { diff } of fixed.files)
                (machine ? io.stderr : io.stdout)(diff);
        for (const { file, reason } of fixed.refused)
            warn(`${file}: ${reason}; its fixes were not written`);
        const count = fixed.files.reduce((sum, f) => sum + f.fixes, 0);
        warn(`${values.fix ? 'fixed' : 'would fix'} ${count} finding${count === 1 ? '' : 's'} in ${fixed.files.length} file${fixed.files.length === 1 ? '' : 's'}`);
    }
    else {
        outcome = await (0,run/* runCheck */.k_)(runOptions).finally(() => progress?.end());
    }
    if (outcome.wroteBaseline) {
        warn(`wrote ${outcome.wroteBaseline.entries} finding(s) to the baseline ${outcome.wroteBaseline.file}`);
    }
    // --quiet: warnings and notices are neither reported nor counted (ESLint's --quiet).
    const result = values.quiet
        ? { ...outcome.result, findings: outcome.result.findings.filter((f) => f.severity === 'error') }
        : outcome.result;
    const toStdout = values.output === undefined;
    const context = {
        ...outcome.context,
        color: format === 'text' && colorWanted(io, colorFlag(tokens), toStdout),
        failOn,
    };
    const report = (await formatter(format))(result, context);
    if (!toStdout) {
        // Synchronously: an asynchronous write left the process idle at the end of a large run, waiting for the thread pool.
        // A report written inside the repository goes through the safe writer; elsewhere it is the user's own choice.
        const written = (0,writeInside/* writeNamedFile */.B)((0,fileRoot/* fileRoot */.p)(outcome.root), external_node_path_default().resolve(io.cwd, values.output), report);
        if (!written.ok)
            throw new UsageError(`--output ${values.output}: ${written.reason}`);
    }
    else {
        io.stdout(report);
    }
    const warnings = result.findings.filter((f) => f.severity === 'warning' && !f.suppressed).length;
    const tooManyWarnings = maxWarnings !== undefined && maxWarnings >= 0 && warnings > maxWarnings;
    if (tooManyWarnings)
        warn(`too many warnings: ${warnings}, more than --max-warnings ${maxWarnings}`);
    return exceedsFailOn(result.findings, failOn) || tooManyWarnings ? 1 : 0;
}
/** `-` as the one path: the manifest arrives on stdin under the name --stdin-filename gives it. */
function stdinSource(positionals, name, io) {
    const dashes = positionals.filter((p) => p === '-').length;
    if (dashes === 0) {
        if (name !== undefined)
            throw new UsageError('--stdin-filename names what - reads: give - as the path');
        return undefined;
    }
    if (positionals.length > 1)
        throw new UsageError('- (stdin) is checked alone: give no other paths beside it');
    if (name === undefined || name === '')
        throw new UsageError('- (stdin) needs --stdin-filename NAME: the name decides the format and the policy overrides, and reports name it');
    const stream = io.stdin;
    if (!stream)
        throw new UsageError('- (stdin): there is no standard input to read');
    return { name, read: async (maxBytes) => (await __nccwpck_require__.e(/* import() */ 647).then(__nccwpck_require__.bind(__nccwpck_require__, 7647))).readStream(stream, maxBytes) };
}
async function runInit(root, io) {
    const { init } = await __nccwpck_require__.e(/* import() */ 646).then(__nccwpck_require__.bind(__nccwpck_require__, 7646));
    const { written, kept, refused } = init(root);
    for (const file of written)
        io.stdout(`wrote ${file}\n`);
    for (const file of kept)
        io.stderr(`lp-app-manifest-check: ${file} exists; init never overwrites a file\n`);
    for (const { file, reason } of refused)
        io.stderr(`lp-app-manifest-check: ${file}: ${reason}\n`);
    if (written.length > 0)
        io.stdout('Commit them, then open a pull request to see the check run.\n');
    return kept.length + refused.length > 0 ? 2 : 0;
}
function oneOf(flag, value, allowed) {
    if (value !== undefined && allowed.includes(value))
        return value;
    const nearest = value === undefined ? undefined : (0,nearestName/* nearestName */.q)(value, allowed);
    throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, not "${value}"${nearest ? `; did you mean ${nearest}?` : ''}`);
}
/** --color / --no-color as given last; undefined when neither is. */
function colorFlag(tokens) {
    let flag;
    for (const token of tokens) {
        if (token.kind !== 'option')
            continue;
        if (token.name === 'color')
            flag = true;
        else if (token.name === 'no-color')
            flag = false;
    }
    return flag;
}
/**
 * --color / --no-color win; else https://no-color.org and the FORCE_COLOR convention, then colour only on a terminal.
 * The environment speaks for the terminal only: a report written with --output is coloured only when asked.
 */
function colorWanted(io, flag, toStdout) {
    if (flag !== undefined)
        return flag;
    if (!toStdout)
        return false;
    if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '')
        return false;
    if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0')
        return true;
    return io.isTTY;
}
/** github: policies through the API with GITHUB_TOKEN; loaded only when there is a token (a commit hook has none). */
async function githubPolicyReader(token, warn, baseUrl) {
    // One after the other: both import apiBudget.js, and Jest's module linker fails on concurrent imports of one module.
    const { lazyClient } = await __nccwpck_require__.e(/* import() */ 590).then(__nccwpck_require__.bind(__nccwpck_require__, 5590));
    const { remotePolicyReader } = await __nccwpck_require__.e(/* import() */ 723).then(__nccwpck_require__.bind(__nccwpck_require__, 3723));
    return remotePolicyReader(lazyClient(token, warn, baseUrl));
}


/***/ }),

/***/ 1481:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ nonPublicRangeOf),
/* harmony export */   refusalOf: () => (/* binding */ refusalOf),
/* harmony export */   t: () => (/* binding */ isIpLiteral)
/* harmony export */ });
/* harmony import */ var ipaddr_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8280);
/* harmony import */ var ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(ipaddr_js__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Only globally routable unicast addresses may be fetched unless private networks are allowed: ipaddr.js names
 * every special range (loopback, private, linkLocal with the 169.254.169.254 metadata service, carrierGradeNat,
 * unspecified, multicast, uniqueLocal, reserved, 6to4/teredo/NAT64 embeddings…) and everything else is `unicast`.
 * IPv4-mapped IPv6 addresses are judged as the IPv4 address they carry.
 */
function refusalOf(address) {
    const parsed = parseAddress(address);
    if (!parsed)
        return `not an IP address (${address})`;
    const range = parsed.range();
    return range === 'unicast' ? undefined : `${describeRange(range)} address (${parsed.toString()})`;
}
/** What kind of address that is not globally routable an IP literal is (`a loopback address`), or undefined. */
function nonPublicRangeOf(address) {
    const range = parseAddress(address)?.range();
    return range === undefined || range === 'unicast' ? undefined : `${describeRange(range)} address`;
}
function parseAddress(address) {
    let parsed;
    try {
        parsed = ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().parse(address.replace(/^\[|\]$/g, ''));
    }
    catch {
        return undefined;
    }
    if (parsed.kind() === 'ipv6' && parsed.isIPv4MappedAddress()) {
        parsed = parsed.toIPv4Address();
    }
    return parsed;
}
function describeRange(range) {
    switch (range) {
        case 'loopback':
            return 'a loopback';
        case 'private':
        case 'uniqueLocal':
            return 'a private';
        case 'linkLocal':
            return 'a link-local';
        case 'carrierGradeNat':
            return 'a carrier-grade NAT';
        case 'unspecified':
            return 'an unspecified';
        case 'multicast':
            return 'a multicast';
        default:
            return `a special-purpose (${range})`;
    }
}
function isIpLiteral(hostname) {
    return ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().isValid(hostname.replace(/^\[|\]$/g, ''));
}


/***/ }),

/***/ 9610:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qe: () => (/* binding */ CREDENTIAL_STRUCTURE),
/* harmony export */   cP: () => (/* binding */ pointerSegments),
/* harmony export */   j7: () => (/* binding */ credentialPlaceStart),
/* harmony export */   jm: () => (/* binding */ isCredentialPlace)
/* harmony export */ });
/* harmony import */ var _pointer_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3950);

/**
 * Where a manifest holds credentials, whatever the type of what is there: a `client_secret` (RFC 6749 §2.3.1) and a
 * webhook header value at any depth, and anything under a webhook's `headers` (strings, objects with extra keys, keys
 * themselves: a header written as `"Authorization: Bearer …"` is still a credential). Nothing at or under one of
 * these places is ever quoted in a message, and the engine's redaction step (engine/redact.ts) enforces it.
 */
/** Names of the manifest's own structure: never a credential, so they may be shown (pointers, "did you mean"). */
const CREDENTIAL_STRUCTURE = new Set([
    'client_secret',
    'headers',
    'header_name',
    'header_value',
]);
/**
 * The index of the first segment that is a credential place, or -1: everything from that segment on is at or under
 * it. A `headers` counts under any `webhooks`, so a header list put at the wrong depth is covered too.
 */
function credentialPlaceStart(segments) {
    let underWebhooks = false;
    for (let i = 0; i < segments.length; i++) {
        const segment = segments[i];
        if (segment === 'client_secret' || segment === 'header_value')
            return i;
        if (segment === 'headers' && underWebhooks)
            return i;
        if (segment === 'webhooks')
            underWebhooks = true;
    }
    return -1;
}
/**
 * The segments of a pointer, unescaped; split without a copy per segment when nothing is escaped (the redaction step
 * runs on every finding). Not a pointer (no leading `/`): one segment of the whole text, never a credential place's.
 */
function pointerSegments(pointer) {
    if (!pointer.startsWith('/'))
        return pointer === '' ? [] : [pointer];
    return pointer.includes('~') ? (0,_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePointer */ .vp)(pointer) : pointer.slice(1).split('/');
}
/** Whether the value at `pointer` is at or under a credential place. */
function isCredentialPlace(pointer) {
    if (!pointer.includes('client_secret') &&
        !pointer.includes('header_value') &&
        !(pointer.includes('headers') && pointer.includes('webhooks')))
        return false;
    return credentialPlaceStart(pointerSegments(pointer)) !== -1;
}


/***/ }),

/***/ 3610:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ keysOf)
/* harmony export */ });
/* harmony import */ var _optimizations_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4585);

/** From this many keys V8 holds an object as a hash table, and listing its keys sorts them all. */
const MANY_KEYS = 1024;
const lists = new WeakMap();
/** No lookup is paid for small objects until an object of many keys has been listed. */
let anyListed = false;
/**
 * `Object.keys` of an object of a parsed value, listed once when it has many keys (switch keys-listed-once). A file
 * built of 100,000 keys had its object listed by the parser's agreement check, the schema (a `for…in`, which also
 * looks each key up again), the string walk of the rules and the positions reader, each listing a sort of every key.
 * Parsed values are never changed (fixes patch a copy, core/valuePatch.ts), so a list stays true while it is kept;
 * it is kept only as long as its object. Callers must not change it.
 */
function keysOf(object) {
    if (anyListed) {
        const listed = lists.get(object);
        if (listed)
            return listed;
    }
    const keys = Object.keys(object);
    if (keys.length >= MANY_KEYS && (0,_optimizations_js__WEBPACK_IMPORTED_MODULE_0__/* .optimized */ .Y)('keys-listed-once')) {
        lists.set(object, keys);
        anyListed = true;
    }
    return keys;
}


/***/ }),

/***/ 3118:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BM: () => (/* binding */ MANIFEST_ONLY_QUORUM),
/* harmony export */   Sc: () => (/* binding */ MANIFEST_ONLY_KEYS),
/* harmony export */   nc: () => (/* binding */ isNearClientName),
/* harmony export */   ss: () => (/* binding */ clientNameDistance)
/* harmony export */ });
/* harmony import */ var fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1916);

/**
 * What makes a JSON or YAML file an application manifest (SPEC §4), shared by the candidate filter of discovery
 * and the rules: a top-level `client_name` (or `client_name#tag`) key, or, for a manifest that lacks it, a key that
 * is a misspelling of it or several keys only manifests have.
 */
/** Top-level keys only an application manifest (an RFC 7591 client) has; two of them make a file a manifest. */
const MANIFEST_ONLY_KEYS = [
    'redirect_uris',
    'grant_types',
    'response_types',
    'logo_uri',
    'entry_uri',
    'capabilities',
    'quick_launch_enabled',
    'enabled_for_profiles',
    'client_id',
    'client_secret',
    'client_id_issued_at',
    'client_secret_expires_at',
];
/** How many of MANIFEST_ONLY_KEYS make a file a manifest without its client_name. */
const MANIFEST_ONLY_QUORUM = 2;
/** `clientName`, `Client-Name`, `client name` all read as `clientname`; then a typo or two is allowed. */
function clientNameDistance(key) {
    return (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__/* .distance */ .Io)(key.toLowerCase().replace(/[\s_.-]/g, ''), 'clientname');
}
/** A key that is a misspelling of `client_name` (but not the key itself). */
function isNearClientName(key) {
    return key !== 'client_name' && !key.startsWith('client_name#') && clientNameDistance(key) <= 2;
}


/***/ }),

/***/ 2017:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ messageOf)
/* harmony export */ });
/**
 * The message of anything a `catch` receives: an Error's message, else the value in words. The one idiom for turning
 * a caught value into text; never `(error as Error).message`, which is undefined for a thrown string.
 */
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 9042:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ onlyCloseName),
/* harmony export */   q: () => (/* binding */ nearestName)
/* harmony export */ });
/* harmony import */ var fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1916);

/**
 * The known name closest to `name`, for "did you mean" messages; undefined when nothing is close enough to be a
 * plausible typo: more than a third of the longer name (at least two characters) would have to change, or every
 * character of the shorter one (`xz` is not a typo of `id`).
 */
function nearestName(name, known) {
    const lower = name.toLowerCase();
    let best;
    let bestDistance = Infinity;
    for (const candidate of known) {
        const other = candidate.toLowerCase();
        // The distance is at least the difference in length: such a candidate cannot beat the best so far.
        if (Math.abs(lower.length - other.length) >= bestDistance)
            continue;
        const d = (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__/* .distance */ .Io)(lower, other);
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best !== undefined && close(name, best, bestDistance) ? best : undefined;
}
/** Whether `name` is close to exactly one of `known` (within nearestName's budget): a correction that is no guess. */
function onlyCloseName(name, known) {
    const best = nearestName(name, known);
    if (best === undefined)
        return undefined;
    const lower = name.toLowerCase();
    let count = 0;
    for (const candidate of known) {
        if (close(name, candidate, (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__/* .distance */ .Io)(lower, candidate.toLowerCase())) && ++count > 1)
            return undefined;
    }
    return best;
}
function close(name, candidate, edits) {
    const budget = Math.max(2, Math.ceil(Math.max(name.length, candidate.length) / 3));
    return edits <= budget && edits < Math.min(name.length, candidate.length);
}


/***/ }),

/***/ 4585:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ optimized)
/* harmony export */ });
/* unused harmony export OPTIMIZATIONS */
/**
 * Each optimization that adds code is named here and can be turned off, so that `npm run bench` measures what it
 * buys on the 10,000-manifest run (bench/RESULTS.md) and a regression in it can be told from one elsewhere:
 * `LP_APP_MANIFEST_CHECK_WITHOUT=yaml-fast-path,json-key-count`. Turned off, each gives the same reports, only slower
 * (tests hold both paths to the same verdicts).
 */
const OPTIMIZATIONS = (/* unused pure expression or super */ null && ([
    'yaml-fast-path',
    'yaml-fast-positions',
    'yaml-fast-render',
    'yaml-one-pass',
    'json-key-count',
    'precompiled-schema',
    'keys-listed-once',
]));
let given;
let off = new Set();
function optimized(name) {
    // Read on each call (a string comparison) so that a test may set the variable after loading the module.
    const value = process.env.LP_APP_MANIFEST_CHECK_WITHOUT ?? '';
    if (value !== given) {
        given = value;
        off = new Set(value
            .split(',')
            .map((entry) => entry.trim())
            .filter((entry) => entry !== ''));
    }
    return !off.has(name);
}


/***/ }),

/***/ 3950:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y2: () => (/* binding */ childPointer),
/* harmony export */   pv: () => (/* binding */ escapeSegment),
/* harmony export */   rb: () => (/* binding */ toPointer),
/* harmony export */   re: () => (/* binding */ getAtPointer),
/* harmony export */   vp: () => (/* binding */ parsePointer)
/* harmony export */ });
/** RFC 6901 JSON pointers. */
function escapeSegment(segment) {
    if (typeof segment === 'number')
        return String(segment);
    // Most keys need no escape; testing first avoids two regex replacements per key on hot paths.
    if (!segment.includes('~') && !segment.includes('/'))
        return segment;
    return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
function toPointer(segments) {
    return segments.map((s) => '/' + escapeSegment(s)).join('');
}
/** Splits a pointer into unescaped segments; `''` is the whole document. */
function parsePointer(pointer) {
    if (pointer === '')
        return [];
    if (!pointer.startsWith('/'))
        throw new Error(`not a JSON pointer: ${pointer}`);
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
/** Appends one segment to a pointer. */
function childPointer(pointer, segment) {
    return pointer + '/' + escapeSegment(segment);
}
/** The value at `pointer`, or undefined when any segment is missing. Own properties only. */
function getAtPointer(value, pointer) {
    let current = value;
    for (const segment of parsePointer(pointer)) {
        if (current === null || typeof current !== 'object')
            return undefined;
        if (!Object.prototype.hasOwnProperty.call(current, segment))
            return undefined;
        current = current[segment];
    }
    return current;
}


/***/ }),

/***/ 891:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   TL: () => (/* binding */ quoted),
/* harmony export */   oP: () => (/* binding */ QUOTE_CLOSE),
/* harmony export */   qq: () => (/* binding */ QUOTE_OPEN),
/* harmony export */   u7: () => (/* binding */ unmarked),
/* harmony export */   xI: () => (/* binding */ marked)
/* harmony export */ });
/**
 * A value from the source shown in a message goes through `quoted`, never raw: the marks around it let the engine's
 * redaction step (engine/redact.ts) find every quoted value and drop it when it may be a credential, before any
 * reporter sees the message. The marks are private-use characters, stripped by that step.
 */
const QUOTE_OPEN = '\uE000';
const QUOTE_CLOSE = '\uE001';
const MARKS = /[\uE000\uE001]/g;
/**
 * The value as JSON (strings in double quotes), cut to `max` characters with `…`, between the marks. A mark inside the
 * value is written as its JSON escape, so a manifest cannot end the span early and leave the rest of a value unmarked.
 */
function quoted(value, max = 80) {
    return marked(typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value)), max);
}
/** Source text shown as it is (a URI's scheme, say), cut and marked as `quoted` does. */
function marked(text, max = 80) {
    const cut = text.length > max ? `${text.slice(0, max - 1)}…` : text;
    return QUOTE_OPEN + cut.replace(MARKS, (mark) => `\\u${mark.charCodeAt(0).toString(16)}`) + QUOTE_CLOSE;
}
/** The text without the marks, as a person reads it. */
function unmarked(text) {
    return text.includes(QUOTE_OPEN) || text.includes(QUOTE_CLOSE) ? text.replace(MARKS, '') : text;
}


/***/ }),

/***/ 8528:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   T3: () => (/* binding */ toReportPath),
/* harmony export */   hs: () => (/* binding */ leavesRoot)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** Whether `candidate` is `root` or lies below it (both absolute, already resolved). */
function isInside(root, candidate) {
    // The common case, decided by a prefix test; path.relative (which normalises both paths on every call, once per
    // file opened) only for the rest.
    if (candidate === root)
        return true;
    if (candidate.startsWith(root) && candidate.charAt(root.length) === (node_path__WEBPACK_IMPORTED_MODULE_0___default().sep) && !candidate.includes(`${(node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)}..`))
        return true;
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(root, candidate);
    return relative === '' || !leavesRoot(relative);
}
/** A root-relative path with `/` separators, as reports show it. */
function toReportPath(root, absolute) {
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(root, absolute).split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/');
}
/**
 * Whether a path relative to the root leaves it: `..`, `../…` or absolute (another drive). A name that only begins
 * with two dots (`..apps`) is inside.
 */
function leavesRoot(relative) {
    return (relative === '..' || relative.startsWith('../') || relative.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)}`) || node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(relative));
}


/***/ }),

/***/ 4106:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  s: () => (/* binding */ sha256)
});

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: ./src/core/sha256.ts

let sha256_require;
/**
 * Hex SHA-256 of UTF-8 text. node:crypto is required on the first call, not imported: loading it is a visible part
 * of the CLI's start-up with nothing to check (bench/run.mjs, start-up), and only baselines, SARIF fingerprints and
 * matrix comment keys need it.
 */
function sha256(text) {
    sha256_require ??= (0,external_node_module_namespaceObject.createRequire)(import.meta.url);
    const { createHash } = sha256_require('node:crypto');
    return createHash('sha256').update(text).digest('hex');
}


/***/ }),

/***/ 6567:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  qe: () => (/* binding */ docsBaseUrl),
  gL: () => (/* binding */ schemaBaseUrl),
  B9: () => (/* binding */ toolInformationUri),
  A3: () => (/* binding */ toolMajorTag),
  Uf: () => (/* binding */ toolName),
  bW: () => (/* binding */ toolRepository),
  fX: () => (/* binding */ toolVersion)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"1.0.0"};
;// CONCATENATED MODULE: ./src/core/tool.ts

const toolName = 'lp-app-manifest-check';
const toolVersion = package_namespaceObject.rE;
/** owner/name on GitHub: the Action's `uses:`, the reusable workflow, the raw URLs of the schemas. */
const toolRepository = 'lp-app-manifest-check/lp-app-manifest-check';
const toolInformationUri = `https://github.com/${toolRepository}`;
/**
 * The tag every moving reference names (`uses: …@v1`, documentation and schema URLs): the release workflow moves it
 * to each release of this major version, so it follows package.json and is never written by hand.
 */
const toolMajorTag = `v${toolVersion.split('.')[0]}`;
/** Rule documentation lives beside the code, one page per rule. */
const docsBaseUrl = `${toolInformationUri}/blob/${toolMajorTag}/docs/rules/`;
/** Where editors fetch the published schemas (the `$id` of each file in schemas/). */
const schemaBaseUrl = `https://raw.githubusercontent.com/${toolRepository}/${toolMajorTag}/schemas/`;


/***/ }),

/***/ 1036:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ uriUserinfos),
/* harmony export */   u: () => (/* binding */ uriAuthorities)
/* harmony export */ });
/** `A-Z a-z 0-9 + . -`: the characters of a scheme (RFC 3986 §3.1). */
function isSchemeChar(c) {
    return isLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2e || c === 0x2d;
}
function isLetter(c) {
    return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
/**
 * `/ ? #` end an authority (RFC 3986 §3.2); space, `"`, `<` and `>` are never in a URI and are the edges of one in a
 * text. `'` is a sub-delim a password may hold, and `\` is left in: a userinfo cut short would leave a password shown.
 */
function endsAuthority(text, i) {
    const c = text.charCodeAt(i);
    if (c === 0x2f || c === 0x3f || c === 0x23 || c === 0x22 || c === 0x3c || c === 0x3e)
        return true;
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d))
        return true;
    return c > 0x7f && /\s/.test(text.charAt(i));
}
function uriAuthorities(text) {
    const found = [];
    let from = 0;
    for (;;) {
        const colon = text.indexOf('://', from);
        if (colon === -1)
            return found;
        from = colon + 3;
        // A scheme is a run of scheme characters before the `:` that starts with a letter: some letter of the run may
        // start it. Runs before different `://` never overlap (a `/` ends them), so the scan back is linear overall.
        let letter = false;
        for (let i = colon - 1; i >= 0 && isSchemeChar(text.charCodeAt(i)); i--)
            letter ||= isLetter(text.charCodeAt(i));
        if (!letter)
            continue;
        let end = from;
        while (end < text.length && !endsAuthority(text, end))
            end++;
        const authority = text.slice(from, end);
        const at = authority.lastIndexOf('@');
        found.push({ userinfo: at > 0 ? authority.slice(0, at) : undefined, hostPort: authority.slice(at + 1) });
        from = end;
    }
}
/** The userinfo of every URI in a text, in order. */
function uriUserinfos(text) {
    if (!text.includes('@'))
        return [];
    const userinfos = [];
    for (const { userinfo } of uriAuthorities(text))
        if (userinfo !== undefined)
            userinfos.push(userinfo);
    return userinfos;
}


/***/ }),

/***/ 7114:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ applyPatches),
/* harmony export */   B: () => (/* binding */ offersChanges)
/* harmony export */ });
/* harmony import */ var _pointer_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3950);

/** Whether a problem offers a change to render: a fix, or at least one suggestion. */
function offersChanges(problem) {
    return (problem.fix?.length ?? 0) > 0 || (problem.suggestions?.length ?? 0) > 0;
}
/**
 * The value a set of patches makes of `value` (a copy; `value` is untouched), or undefined when a patch does not apply
 * (its pointer names nothing, or a rename would overwrite a key already there). Every pointer names a place in the
 * original value: the deepest are applied first, and at one pointer a replace or remove before a rename, so a rename
 * of a key never moves what another patch names.
 */
function applyPatches(value, patches) {
    let result = copy(value);
    const ordered = patches
        .map((patch, index) => ({ patch, segments: (0,_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePointer */ .vp)(patch.pointer), index }))
        .sort((a, b) => b.segments.length - a.segments.length ||
        Number(a.patch.op === 'rename') - Number(b.patch.op === 'rename') ||
        a.index - b.index);
    for (const { patch, segments } of ordered) {
        const last = segments.at(-1);
        if (last === undefined) {
            // The empty pointer names the whole value.
            if (patch.op !== 'replace')
                return undefined;
            result = copy(patch.value);
            continue;
        }
        const parent = walk(result, segments.slice(0, -1));
        if (parent === undefined || !has(parent, last))
            return undefined;
        if (Array.isArray(parent)) {
            const index = Number(last);
            if (patch.op === 'replace')
                parent[index] = copy(patch.value);
            else if (patch.op === 'remove')
                parent.splice(index, 1);
            else
                return undefined;
            continue;
        }
        const object = parent;
        if (patch.op === 'replace')
            define(object, last, copy(patch.value));
        else if (patch.op === 'remove')
            delete object[last];
        else {
            if (patch.key === last)
                continue;
            if (has(object, patch.key))
                return undefined;
            define(object, patch.key, object[last]);
            delete object[last];
        }
    }
    return result;
}
function walk(value, segments) {
    let current = value;
    for (const segment of segments) {
        if (current === null || typeof current !== 'object' || !has(current, segment))
            return undefined;
        current = current[segment];
    }
    return current !== null && typeof current === 'object' ? current : undefined;
}
function has(container, segment) {
    if (Array.isArray(container))
        return /^(0|[1-9]\d*)$/.test(segment) && Number(segment) < container.length;
    return Object.prototype.hasOwnProperty.call(container, segment);
}
/** An own data property, even for a key such as `__proto__` that assignment would treat specially. */
function define(object, key, value) {
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}
/** A deep copy of JSON data (JSON.parse keeps a `__proto__` key as an own property). */
function copy(value) {
    return value === undefined ? value : JSON.parse(JSON.stringify(value));
}


/***/ }),

/***/ 3656:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MH: () => (/* binding */ isOrdinaryWords),
/* harmony export */   YN: () => (/* binding */ credentialsOf),
/* harmony export */   Z$: () => (/* binding */ maskValues)
/* harmony export */ });
/* unused harmony export credentialsInText */
/* harmony import */ var _core_credentialPlaces_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9610);
/* harmony import */ var _core_keysOf_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3610);
/* harmony import */ var _core_uriAuthority_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1036);
/* harmony import */ var _rules_credentialValue_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4953);




/**
 * The runner replaces a masked value everywhere in the job's log, so only credentials are masked, never ordinary
 * words: masking `support` would turn every later line into `acme-***-console`. A mask is at least 8 characters
 * and not ordinary words; a password made of words (`correct-horse-battery`) is still redacted from every report
 * where it stands, only not masked in the rest of the log.
 */
const MASK_MIN_LENGTH = 8;
/** Words of letters, alone or joined by a space, `-`, `_`, `.` or `/` (`support`, `Content-Type`, `text/plain`). */
const ORDINARY_WORDS = /^[A-Za-z]+(?:[ ._/-][A-Za-z]+)*$/;
/** Whether a value is ordinary words, never masked and never looked for elsewhere in a message (redact.ts). */
function isOrdinaryWords(text) {
    return ORDINARY_WORDS.test(text);
}
/** The credentials of a parsed file, or of the text of one that did not parse. */
function credentialsOf(outcome) {
    if (outcome.ok)
        return credentialsOfDocument(outcome.document);
    return outcome.text === undefined ? { secrets: new Set(), masks: new Set() } : credentialsInText(outcome.text);
}
/** The values the Action registers with `::add-mask::`: credentials only (see MASK_MIN_LENGTH). */
function maskValues(files) {
    const masks = new Set();
    for (const file of files)
        for (const mask of credentialsOf(file.outcome).masks)
            masks.add(mask);
    return [...masks];
}
function credentialsOfDocument(document) {
    const found = { secrets: new Set(), masks: new Set() };
    // A key spelled `client_secret`, `headers` or `header_value`, or a URI with userinfo, needs one of these in the
    // text (escapes need a backslash, aliases repeat their anchor's text): most manifests are passed over unwalked.
    const { text } = document;
    if (!text.includes('header') && !text.includes('secret') && !text.includes('@') && !text.includes('\\'))
        return found;
    walk(document.value, found);
    return found;
}
/**
 * Every value under a credential place, keys included, and every URI's userinfo; iterative (no recursion). Only
 * containers go on the stack: the Action masks every file of the run, and an entry per value cost more than the rest.
 */
function walk(root, found) {
    if (root === null || typeof root !== 'object')
        return;
    const stack = [{ container: root, zone: 'none', underWebhooks: false, headerName: '', key: undefined }];
    while (stack.length > 0) {
        const { container, zone, underWebhooks, headerName, key } = stack.pop();
        const visit = (child, childKey) => {
            let childZone = zone;
            if (childKey !== undefined) {
                if (zone !== 'none' && !_core_credentialPlaces_js__WEBPACK_IMPORTED_MODULE_0__/* .CREDENTIAL_STRUCTURE */ .Qe.has(childKey))
                    found.secrets.add(childKey);
                if (childKey === 'client_secret')
                    childZone = 'secret';
                else if (childKey === 'header_value' && zone !== 'secret')
                    childZone = 'header_value';
                else if (childKey === 'headers' && underWebhooks && zone === 'none')
                    childZone = 'headers';
            }
            const childName = childKey === 'header_value' ? nameOf(container) : headerName;
            if (typeof child === 'string') {
                if (child.includes('@'))
                    userinfo(child, found);
                if (childZone !== 'none')
                    scalar(child, childZone, childName, childKey ?? key, found);
            }
            else if (typeof child === 'number' || typeof child === 'boolean') {
                if (childZone !== 'none')
                    scalar(String(child), childZone, childName, childKey ?? key, found);
            }
            else if (child !== null && typeof child === 'object') {
                stack.push({
                    container: child,
                    zone: childZone,
                    underWebhooks: underWebhooks || childKey === 'webhooks',
                    headerName: childName,
                    key: childKey ?? key,
                });
            }
        };
        if (Array.isArray(container)) {
            for (const item of container)
                visit(item, undefined);
        }
        else {
            const record = container;
            for (const childKey of (0,_core_keysOf_js__WEBPACK_IMPORTED_MODULE_1__/* .keysOf */ .Y)(record))
                visit(record[childKey], childKey);
        }
    }
}
function nameOf(container) {
    const name = container.header_name;
    return typeof name === 'string' ? name : '';
}
/** A value at a credential place. */
function scalar(value, zone, headerName, key, found) {
    if (zone === 'headers' && key === 'header_name') {
        // A header's name is shown nowhere (it is under `headers`) but is a secret only when it looks like one: names
        // such as Accept or Authorization must not turn words of the messages into [redacted].
        if ((0,_rules_credentialValue_js__WEBPACK_IMPORTED_MODULE_2__/* .credentialReason */ .Yx)('', value) === undefined)
            return;
    }
    found.secrets.add(value);
    if (zone === 'secret')
        mask(value, found);
    else if (zone === 'header_value') {
        if ((0,_rules_credentialValue_js__WEBPACK_IMPORTED_MODULE_2__/* .credentialReason */ .Yx)(headerName, value) !== undefined)
            mask(value, found);
    }
    else {
        // Anything else under `headers`: a header written as one string (`Authorization: Bearer …`) or put under a key.
        const colon = value.indexOf(':');
        const [name, rest] = colon === -1 ? ['', value] : [value.slice(0, colon), value.slice(colon + 1)];
        if ((0,_rules_credentialValue_js__WEBPACK_IMPORTED_MODULE_2__/* .credentialReason */ .Yx)('', value) !== undefined || (0,_rules_credentialValue_js__WEBPACK_IMPORTED_MODULE_2__/* .credentialReason */ .Yx)(name.trim(), rest.trim()) !== undefined) {
            mask(value, found);
            mask(rest, found);
        }
    }
}
/** The userinfo of every URI in the string: a secret; its password (or a token used as the user) is masked. */
function userinfo(value, found) {
    for (const info of (0,_core_uriAuthority_js__WEBPACK_IMPORTED_MODULE_3__/* .uriUserinfos */ .R)(value)) {
        found.secrets.add(info);
        const colon = info.indexOf(':');
        if (colon !== -1) {
            const password = info.slice(colon + 1);
            found.secrets.add(password);
            mask(password, found);
            mask(decodePercent(password), found);
        }
        else if ((0,_rules_credentialValue_js__WEBPACK_IMPORTED_MODULE_2__/* .credentialReason */ .Yx)('', info) !== undefined) {
            mask(info, found);
        }
    }
}
function decodePercent(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
function maskable(text) {
    return text.length >= MASK_MIN_LENGTH && !isOrdinaryWords(text);
}
/** A credential's value to mask: each line on its own (the runner masks line by line), and an auth scheme's token. */
function mask(value, found) {
    if ((0,_rules_credentialValue_js__WEBPACK_IMPORTED_MODULE_2__/* .isReference */ .A_)(value))
        return;
    const scheme = _rules_credentialValue_js__WEBPACK_IMPORTED_MODULE_2__/* .AUTH_SCHEME */ .L.exec(value);
    // Group 2 of AUTH_SCHEME is not optional: a match has the token.
    const candidates = scheme ? [value, scheme[2]] : [value];
    for (const candidate of candidates) {
        for (const line of candidate.split(/\r\n|\r|\n/)) {
            const text = line.trim();
            if (maskable(text))
                found.masks.add(text);
        }
    }
}
/**
 * A file that did not parse has no values, only text: its credentials are what the usual spellings hold (a
 * `client_secret` or `header_value` line, an `Authorization:` line, an auth scheme's token, a known token format, a
 * URI's userinfo), so a broken file is masked and redacted too.
 */
function credentialsInText(text) {
    const found = { secrets: new Set(), masks: new Set() };
    let headerName = '';
    for (const line of text.split(/\r\n|\r|\n/)) {
        const field = /(client_secret|header_value|header_name|authorization)["']?\s*[:=]\s*(.*)$/i.exec(line);
        if (!field)
            continue;
        const key = field[1].toLowerCase();
        const values = rawValues(field[2]);
        if (key === 'header_name') {
            headerName = values[0] ?? '';
            continue;
        }
        for (const value of values) {
            found.secrets.add(value);
            if (key !== 'header_value' || (0,_rules_credentialValue_js__WEBPACK_IMPORTED_MODULE_2__/* .credentialReason */ .Yx)(headerName, value) !== undefined)
                mask(value, found);
        }
    }
    for (const match of text.matchAll(/\b(?:bearer|basic|token|digest|apikey)\s+([A-Za-z0-9._~+/=:-]{4,})/gi)) {
        found.secrets.add(match[0]);
        const token = match[1];
        found.secrets.add(token);
        // `the token expires` is prose, not a credential: only a token that could be masked on its own counts.
        if (maskable(token))
            mask(match[0], found);
    }
    for (const match of text.matchAll(_rules_credentialValue_js__WEBPACK_IMPORTED_MODULE_2__/* .KNOWN_TOKEN */ .uX)) {
        found.secrets.add(match[0]);
        mask(match[0], found);
    }
    if (text.includes('@'))
        userinfo(text, found);
    return found;
}
/**
 * The value after `key:` on a line of a file that did not parse, in the forms it may take: quoted (JSON, YAML), plain
 * to the end of the line or to a flow collection's `,`/`}`, and without a YAML tag or anchor in front.
 */
function rawValues(rest) {
    const values = new Set();
    const add = (value) => {
        const trimmed = value.trim();
        if (trimmed !== '')
            values.add(trimmed);
    };
    const text = rest.trim();
    const quote = text[0];
    if (quote === '"' || quote === "'") {
        let end = 1;
        while (end < text.length && text[end] !== quote)
            end += text[end] === '\\' && quote === '"' ? 2 : 1;
        add(text.slice(1, end));
    }
    else {
        const plain = text.replace(/\s+#.*$/, '').replace(/,\s*$/, '');
        add(plain);
        add(plain.replace(/["',\s]+$/, ''));
        add(plain.replace(/^([!&]\S*\s+)+/, ''));
        const flowEnd = plain.search(/[,}\]]/);
        add(flowEnd === -1 ? plain : plain.slice(0, flowEnd));
    }
    return [...values];
}


/***/ }),

/***/ 2393:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Zx: () => (/* binding */ redactionOf),
/* harmony export */   ki: () => (/* binding */ Redaction)
/* harmony export */ });
/* unused harmony export REDACTED */
/* harmony import */ var _core_credentialPlaces_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9610);
/* harmony import */ var _core_pointer_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3950);
/* harmony import */ var _core_quoted_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(891);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3656);




/** What a value that may be a credential is replaced by. */
const REDACTED = '[redacted]';
/** A quoted value shorter than this is too common to be told apart as a piece of a secret ("http", "true"). */
const MIN_PIECE = 4;
/**
 * A quoted value sharing this many characters in a row with a secret is dropped, and a secret at least this long is
 * replaced wherever it occurs raw: shorter ones would turn words of the messages into [redacted].
 */
const PIECE = 6;
/** Secrets of one file indexed for comparison, in characters; beyond it, every quoted value of the file is dropped. */
const INDEX_LIMIT = 65_536;
const INDEX = /^(0|[1-9]\d*)$/;
/** Names of the manifest's structure as a span shows them, quoted or not. */
const STRUCTURE_SPANS = new Set([..._core_credentialPlaces_js__WEBPACK_IMPORTED_MODULE_0__/* .CREDENTIAL_STRUCTURE */ .Qe].flatMap((name) => [name, JSON.stringify(name)]));
/**
 * The one redaction step: every finding's message and pointer (and anything else shown of a finding) passes through
 * it in the engine before any reporter sees it (evaluate.ts). A value quoted from the source (core/quoted.ts) is
 * replaced when the finding is at or under a credential place (core/credentialPlaces.ts) or when it shares a piece
 * with a credential of the file (credentials.ts): contains one, or is a piece of one. Every raw occurrence of a
 * credential is replaced too, in the message and in the pointer, and a pointer's keys under a credential place are
 * replaced. Then the marks are removed.
 */
class Redaction {
    value;
    /** Every piece of MIN_PIECE..PIECE characters of every secret (and of its escaped forms). */
    pieces = new Set();
    /** Secrets shorter than PIECE: a quoted value containing one is dropped. */
    short = [];
    /** Secrets of PIECE characters or more by the hash of their first PIECE characters (windowHash), longest first. */
    byPrefix = new Map();
    /**
     * A bit per hash of byPrefix's keys, modulo the bits it has: most windows of a text are passed over without a
     * lookup. Sized to the secrets (about 64 bits each): a fixed large array for every file with findings cost more,
     * in allocation and the collections it set off, than the redaction itself.
     */
    prefixBits;
    /** prefixBits.length - 1 (a power of two less one), to mask a hash to a word's index. */
    wordMask = 0;
    everyQuote;
    /** Every secret as written and as JSON and YAML double quotes write it, however short or ordinary: for edits. */
    everyForm = [];
    constructor(secrets, value) {
        this.value = value;
        const forms = new Set();
        for (const secret of secrets) {
            if (secret.length > 0)
                this.everyForm.push(secret, JSON.stringify(secret).slice(1, -1));
            // Ordinary words are redacted where they stand (a credential place), but not looked for elsewhere: a header
            // value `support` must not turn a file name in a message into `acme-[redacted]-console`.
            if (secret.length < MIN_PIECE || (0,_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .isOrdinaryWords */ .MH)(secret))
                continue;
            // As written, as JSON writes it in a quoted value, and as a pointer segment writes it.
            forms.add(secret);
            forms.add(JSON.stringify(secret).slice(1, -1));
            forms.add((0,_core_pointer_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeSegment */ .pv)(secret));
        }
        let size = 0;
        for (const form of forms)
            size += form.length;
        this.everyQuote = size > INDEX_LIMIT;
        if (forms.size > 0) {
            // Two words (64 bits) a secret, a power of two, at most 2^15 words.
            const words = Math.min(1 << 15, 2 ** Math.ceil(Math.log2(2 * forms.size)));
            this.prefixBits = new Uint32Array(words);
            this.wordMask = words - 1;
        }
        for (const form of [...forms].sort((a, b) => b.length - a.length)) {
            if (form.length < PIECE) {
                this.short.push(form);
            }
            else {
                const prefix = windowHash(form, 0);
                const list = this.byPrefix.get(prefix);
                if (list)
                    list.push(form);
                else
                    this.byPrefix.set(prefix, [form]);
                this.prefixBits[(prefix >>> 5) & this.wordMask] |= 1 << (prefix & 31);
            }
            if (this.everyQuote)
                continue;
            for (let length = MIN_PIECE; length <= PIECE; length++)
                for (let i = 0; i + length <= form.length; i++)
                    this.pieces.add(form.slice(i, i + length));
        }
    }
    /** The message of a finding at `pointer` (its pointer before redaction), as reporters may show it. */
    message(message, pointer) {
        if (!message.includes(_core_quoted_js__WEBPACK_IMPORTED_MODULE_3__/* .QUOTE_OPEN */ .qq) && !message.includes(_core_quoted_js__WEBPACK_IMPORTED_MODULE_3__/* .QUOTE_CLOSE */ .oP))
            return this.raw(message);
        const atCredential = (0,_core_credentialPlaces_js__WEBPACK_IMPORTED_MODULE_0__/* .isCredentialPlace */ .jm)(pointer);
        let out = '';
        let at = 0;
        while (at < message.length) {
            const open = message.indexOf(_core_quoted_js__WEBPACK_IMPORTED_MODULE_3__/* .QUOTE_OPEN */ .qq, at);
            if (open === -1) {
                out += this.raw((0,_core_quoted_js__WEBPACK_IMPORTED_MODULE_3__/* .unmarked */ .u7)(message.slice(at)));
                break;
            }
            out += this.raw((0,_core_quoted_js__WEBPACK_IMPORTED_MODULE_3__/* .unmarked */ .u7)(message.slice(at, open)));
            const close = message.indexOf(_core_quoted_js__WEBPACK_IMPORTED_MODULE_3__/* .QUOTE_CLOSE */ .oP, open + 1);
            const end = close === -1 ? message.length : close;
            const span = (0,_core_quoted_js__WEBPACK_IMPORTED_MODULE_3__/* .unmarked */ .u7)(message.slice(open + 1, end));
            out += this.shown(span, atCredential) ? span : REDACTED;
            at = end + 1;
        }
        return out;
    }
    /** The pointer as reporters may show it: keys under a credential place and raw credentials replaced. */
    pointer(pointer) {
        if (!(0,_core_credentialPlaces_js__WEBPACK_IMPORTED_MODULE_0__/* .isCredentialPlace */ .jm)(pointer))
            return this.raw(pointer);
        const segments = (0,_core_credentialPlaces_js__WEBPACK_IMPORTED_MODULE_0__/* .pointerSegments */ .cP)(pointer);
        const start = (0,_core_credentialPlaces_js__WEBPACK_IMPORTED_MODULE_0__/* .credentialPlaceStart */ .j7)(segments);
        let node = this.value;
        const shown = segments.map((segment, i) => {
            const parent = node;
            node = childOf(parent, segment);
            if (i > start && !_core_credentialPlaces_js__WEBPACK_IMPORTED_MODULE_0__/* .CREDENTIAL_STRUCTURE */ .Qe.has(segment)) {
                // An index of an array is structure; a key (or anything when the value is unknown but an index) is data.
                const index = INDEX.test(segment) && (Array.isArray(parent) || parent === undefined);
                if (!index)
                    return REDACTED;
            }
            return this.raw(segment);
        });
        return (0,_core_pointer_js__WEBPACK_IMPORTED_MODULE_2__/* .toPointer */ .rb)(shown);
    }
    /**
     * Whether a fix or suggestion may be shown and applied: none of its patches is at or under a credential place, and
     * no edit's text holds a credential of the file, even a short or ordinary one (an edit is source text, printed in
     * diffs and suggestion blocks, so it is held to more than a message is).
     */
    allowsEdits(edits, patches) {
        for (const patch of patches) {
            if ((0,_core_credentialPlaces_js__WEBPACK_IMPORTED_MODULE_0__/* .isCredentialPlace */ .jm)(patch.pointer))
                return false;
            if (patch.op === 'rename' &&
                (0,_core_credentialPlaces_js__WEBPACK_IMPORTED_MODULE_0__/* .isCredentialPlace */ .jm)((0,_core_pointer_js__WEBPACK_IMPORTED_MODULE_2__/* .childPointer */ .Y2)(patch.pointer.slice(0, patch.pointer.lastIndexOf('/')), patch.key)))
                return false;
        }
        return edits.every(({ text }) => !this.everyForm.some((secret) => text.includes(secret)));
    }
    /** Source text to print (a diff's lines): every credential of the file, however short, replaced. */
    sourceText(text) {
        let out = text;
        for (const secret of [...this.everyForm].sort((a, b) => b.length - a.length))
            if (out.includes(secret))
                out = out.split(secret).join(REDACTED);
        return out;
    }
    /** Other text shown with a finding (a suppression's reason): raw credentials replaced, marks removed. */
    text(text) {
        return this.raw((0,_core_quoted_js__WEBPACK_IMPORTED_MODULE_3__/* .unmarked */ .u7)(text));
    }
    shown(span, atCredential) {
        if (!atCredential && !this.everyQuote && this.pieces.size === 0)
            return true;
        if (STRUCTURE_SPANS.has(span))
            return true;
        const content = contentOf(span);
        if (atCredential || this.everyQuote)
            return false;
        return !this.sharesPiece(content);
    }
    sharesPiece(content) {
        const length = content.length;
        if (length < MIN_PIECE)
            return false;
        if (length < PIECE) {
            if (this.pieces.has(content))
                return true;
        }
        else {
            for (let i = 0; i + PIECE <= length; i++)
                if (this.pieces.has(content.slice(i, i + PIECE)))
                    return true;
        }
        return this.short.some((secret) => content.includes(secret));
    }
    /**
     * Every occurrence of a secret of PIECE characters or more replaced. The windows of the text are hashed as they
     * roll, so a message costs a multiplication per character and no string: a file can have tens of thousands of
     * findings, each with its secrets to look for.
     */
    raw(text) {
        if (this.byPrefix.size === 0 || text.length < PIECE)
            return text;
        let out = '';
        let last = 0;
        let hash = windowHash(text, 0);
        const bits = this.prefixBits;
        const mask = this.wordMask;
        for (let i = 0;;) {
            const hit = 
            // As in the constructor: the word's index masked to the words there are.
            (bits[(hash >>> 5) & mask] & (1 << (hash & 31))) === 0
                ? undefined
                : this.byPrefix.get(hash)?.find((secret) => text.startsWith(secret, i));
            if (hit) {
                out += text.slice(last, i) + REDACTED;
                i += hit.length;
                last = i;
                if (i + PIECE > text.length)
                    break;
                hash = windowHash(text, i);
            }
            else {
                if (i + PIECE >= text.length)
                    break;
                hash =
                    (Math.imul(hash - Math.imul(text.charCodeAt(i), BASE_TO_PIECE_1), BASE) + text.charCodeAt(i + PIECE)) | 0;
                i++;
            }
        }
        return out + text.slice(last);
    }
}
/** The redaction of one file's findings, from what it holds (or, when it did not parse, from its text). */
function redactionOf(outcome) {
    return new Redaction((0,_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .credentialsOf */ .YN)(outcome).secrets, outcome.ok ? outcome.document.value : undefined);
}
/** What a quoted span shows: the string a JSON literal stands for (cut ones too), or the text itself. */
function contentOf(span) {
    const cut = span.endsWith('…');
    const body = cut ? span.slice(0, -1) : span;
    if (!body.startsWith('"'))
        return body;
    const inner = !cut && body.length >= 2 && body.endsWith('"') ? body.slice(1, -1) : body.slice(1);
    try {
        return JSON.parse(`"${inner}"`);
    }
    catch {
        return inner;
    }
}
const BASE = 31;
/** BASE to the power PIECE - 1, modulo 2^32: the weight of the character leaving the window. */
const BASE_TO_PIECE_1 = Array.from({ length: PIECE - 1 }).reduce((power) => Math.imul(power, BASE), 1);
/** A polynomial hash of the PIECE characters of `text` from `start`, modulo 2^32, rolled on in raw(). */
function windowHash(text, start) {
    let hash = 0;
    for (let i = start; i < start + PIECE; i++)
        hash = (Math.imul(hash, BASE) + text.charCodeAt(i)) | 0;
    return hash;
}
function childOf(parent, segment) {
    if (parent === null || typeof parent !== 'object')
        return undefined;
    if (Array.isArray(parent))
        return INDEX.test(segment) ? parent[Number(segment)] : undefined;
    return Object.prototype.hasOwnProperty.call(parent, segment)
        ? parent[segment]
        : undefined;
}


/***/ }),

/***/ 7579:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ reportContext)
/* harmony export */ });
/* harmony import */ var _core_tool_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6567);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6661);


const builtinIds = new Set(_rules_index_js__WEBPACK_IMPORTED_MODULE_1__/* .builtinRules */ .D.map((r) => r.meta.id));
function reportContext(rules, options = {}) {
    return {
        tool: { name: _core_tool_js__WEBPACK_IMPORTED_MODULE_0__/* .toolName */ .Uf, version: _core_tool_js__WEBPACK_IMPORTED_MODULE_0__/* .toolVersion */ .fX, informationUri: _core_tool_js__WEBPACK_IMPORTED_MODULE_0__/* .toolInformationUri */ .B9 },
        rules: rules.map((r) => r.meta),
        docsUrl: (ruleId) => (builtinIds.has(ruleId) ? `${_core_tool_js__WEBPACK_IMPORTED_MODULE_0__/* .docsBaseUrl */ .qe}${ruleId}.md` : undefined),
        color: options.color,
        failOn: options.failOn,
    };
}


/***/ }),

/***/ 8294:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e4: () => (/* binding */ RunError),
  nZ: () => (/* binding */ resolvePolicy),
  H6: () => (/* binding */ resolveRoot),
  ZH: () => (/* binding */ rootFile),
  fD: () => (/* binding */ rulesOf),
  k_: () => (/* binding */ runCheck)
});

// UNUSED EXPORTS: FileAbsent

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/rootPath.ts
var rootPath = __nccwpck_require__(8528);
// EXTERNAL MODULE: ./src/rules/index.ts + 27 modules
var src_rules = __nccwpck_require__(6661);
// EXTERNAL MODULE: ./src/policy/loadPolicy.ts
var loadPolicy = __nccwpck_require__(5150);
// EXTERNAL MODULE: ./src/policy/builtinPolicies.ts
var builtinPolicies = __nccwpck_require__(7247);
// EXTERNAL MODULE: ./src/policy/remotePolicy.ts
var remotePolicy = __nccwpck_require__(6720);
// EXTERNAL MODULE: ./src/core/quoted.ts
var quoted = __nccwpck_require__(891);
;// CONCATENATED MODULE: ./src/policy/inlineSuppressions.ts

/** `# lp-app-manifest-check-disable-next-line <rule-id> -- <reason>`, a whole-line YAML comment. */
const DIRECTIVE = /^[ \t]*#[ \t]*lp-app-manifest-check-disable-next-line\b(.*)$/;
const WELL_FORMED = /^[ \t]+([a-z0-9][a-z0-9._/-]*)[ \t]+--[ \t]+(\S.*?)[ \t]*$/;
function findInlineSuppressions(text) {
    const byLine = new Map();
    const problems = [];
    const lines = text.split(/\r?\n/);
    let pending = [];
    lines.forEach((content, index) => {
        const line = index + 1;
        const directive = DIRECTIVE.exec(content);
        if (directive) {
            // DIRECTIVE's and WELL_FORMED's groups are not optional: a match has them all.
            const parts = WELL_FORMED.exec(directive[1]);
            if (parts) {
                pending.push({ ruleId: parts[1], reason: parts[2], line });
            }
            else {
                problems.push({
                    line,
                    column: content.indexOf('#') + 1,
                    message: 'a suppression needs a rule id and a reason: "# lp-app-manifest-check-disable-next-line <rule-id> -- <reason>"',
                });
            }
            return;
        }
        if (content.trim() === '' || content.trimStart().startsWith('#'))
            return;
        if (pending.length > 0) {
            byLine.set(line, [...(byLine.get(line) ?? []), ...pending.map(({ ruleId, reason }) => ({ ruleId, reason }))]);
            pending = [];
        }
    });
    for (const orphan of pending) {
        problems.push({
            line: orphan.line,
            column: 1,
            message: `suppression of ${(0,quoted/* marked */.xI)(orphan.ruleId)} has no line after it to apply to`,
        });
    }
    return { byLine, problems };
}

// EXTERNAL MODULE: ./src/policy/baseline.ts
var baseline = __nccwpck_require__(4887);
// EXTERNAL MODULE: ./src/core/pointer.ts
var core_pointer = __nccwpck_require__(3950);
// EXTERNAL MODULE: ./src/core/optimizations.ts
var optimizations = __nccwpck_require__(4585);
// EXTERNAL MODULE: ./src/rules/client-name-missing.ts
var client_name_missing = __nccwpck_require__(7095);
// EXTERNAL MODULE: ./src/engine/redact.ts
var redact = __nccwpck_require__(2393);
// EXTERNAL MODULE: ./src/core/messageOf.ts
var messageOf = __nccwpck_require__(2017);
// EXTERNAL MODULE: ./src/core/valuePatch.ts
var valuePatch = __nccwpck_require__(7114);
;// CONCATENATED MODULE: ./src/engine/attachFixes.ts

/**
 * Turns the value patches of the problems behind findings into the findings' `fix` and `suggestions`: rendered as text
 * edits of each file's source (parse/renderPatch.ts, which gives none where it cannot be sure), then held to the
 * redaction step. A fix or suggestion whose text would show a credential, or that changes a credential place, is
 * dropped, never shown. A suppressed finding carries no fix: `--fix` must not change what a person chose to keep.
 */
async function attachFixes(findings, problemOf, documents, redactionFor) {
    const byFile = new Map();
    for (const finding of findings) {
        if (finding.suppressed || !documents.has(finding.file))
            continue;
        // Only files with something to render are read again to render it (a full `yaml` reading of each).
        const problem = problemOf.get(finding);
        if (!problem || !(0,valuePatch/* offersChanges */.B)(problem))
            continue;
        const list = byFile.get(finding.file);
        if (list)
            list.push(finding);
        else
            byFile.set(finding.file, [finding]);
    }
    if (byFile.size === 0)
        return;
    const { renderPatches } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(849), __nccwpck_require__.e(506), __nccwpck_require__.e(585)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6966));
    for (const [file, list] of byFile) {
        const document = documents.get(file);
        const redaction = redactionFor(file);
        const sets = [];
        const wanted = list.map((finding) => {
            const problem = problemOf.get(finding);
            const fix = problem.fix && problem.fix.length > 0 ? sets.push(problem.fix) - 1 : undefined;
            const suggestions = (problem.suggestions ?? []).map((s) => ({
                description: s.description,
                patches: s.patches,
                set: sets.push(s.patches) - 1,
            }));
            return { finding, problem, fix, suggestions };
        });
        const rendered = renderPatches(document, sets);
        const shown = (set, patches) => {
            const edits = rendered[set];
            return edits && redaction.allowsEdits(edits, patches) ? edits : undefined;
        };
        for (const { finding, problem, fix, suggestions } of wanted) {
            const fixEdits = fix === undefined ? undefined : shown(fix, problem.fix);
            if (fixEdits)
                finding.fix = { edits: fixEdits };
            const offered = suggestions.flatMap(({ description, patches, set }) => {
                const edits = shown(set, patches);
                return edits ? [{ description: redaction.message(description, problem.pointer), edits }] : [];
            });
            if (offered.length > 0)
                finding.suggestions = offered;
        }
    }
}

// EXTERNAL MODULE: ./src/parse/formats.ts
var formats = __nccwpck_require__(8899);
;// CONCATENATED MODULE: ./src/engine/evaluate.ts











/** A top-level object with a `client_name` (or localized `client_name#…`) key: SPEC §4. */
function isManifestValue(value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return false;
    // The common case without listing the keys.
    if (Object.prototype.hasOwnProperty.call(value, 'client_name'))
        return true;
    return Object.keys(value).some((key) => key.startsWith('client_name#'));
}
/** Runs the schema and every rule the policy enables over parsed files and turns problems into findings. */
async function evaluate(options) {
    const evaluation = await startEvaluation(options, options.files.length > 0);
    options.files.forEach((parsed, index) => evaluation.add(parsed, index));
    return (await evaluation.finish(options.skippedFiles)).result;
}
/** An evaluation to feed file by file; `withFiles` false when no file will be added (the schema validator stays unloaded). */
async function startEvaluation(options, withFiles) {
    const { policy } = options;
    const inScope = options.inScope ?? (() => true);
    const reportFile = options.reportFile ? (file) => inScope(file) && options.reportFile(file) : inScope;
    // The parsers load only when there is a file to read (check.ts): a run with nothing to check starts without them.
    const parsing = withFiles ? await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(849), __nccwpck_require__.e(506), __nccwpck_require__.e(381)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8381)) : undefined;
    const documents = new KeptDocuments(options.limits ?? formats/* defaultParseLimits */.j, parsing?.parseText);
    /** The outcomes of the files that had problems when added, for the redaction of their findings. */
    const outcomes = new Map();
    const redactions = new Map();
    const redactionFor = (file) => {
        let redaction = redactions.get(file);
        if (!redaction) {
            // A file without problems when it was added is a manifest (or a file named explicitly) if it has findings now.
            const document = outcomes.has(file) ? undefined : documents.get(file);
            const outcome = outcomes.get(file) ?? (document && { ok: true, document, problems: [] });
            redaction = outcome ? (0,redact/* redactionOf */.Zx)(outcome) : new redact/* Redaction */.ki([]);
            redactions.set(file, redaction);
        }
        return redaction;
    };
    /** By index in the run: the holes of files that are not manifests vanish when the cross-file rules take them. */
    const byIndex = [];
    const checked = [];
    const problems = new CappedProblems(MAX_FINDINGS_PER_RULE);
    // The schema validator loads only when there is a file to validate: start-up with nothing to check compiles less code.
    const schema = withFiles ? await __nccwpck_require__.e(/* import() */ 721).then(__nccwpck_require__.bind(__nccwpck_require__, 2721)) : undefined;
    if (schema && !(0,optimizations/* optimized */.Y)('precompiled-schema'))
        await schema.compileAtRunTime();
    const settingsCache = new Map();
    const settingsFor = (file) => {
        let settings = settingsCache.get(file);
        if (!settings) {
            settings = policy.rulesFor(file);
            settingsCache.set(file, settings);
        }
        return settings;
    };
    const enabled = (ruleId, file) => {
        const setting = settingsFor(file).get(ruleId);
        return setting !== undefined && setting.severity !== 'off';
    };
    const optionsOf = (ruleId) => (file) => settingsFor(file).get(ruleId)?.options ?? {};
    const allRules = [...options.rules, ...policy.custom];
    const manifestRules = allRules.filter((rule) => rule.kind === 'manifest');
    const keptKeys = keysForLater(allRules);
    const add = (parsed, index) => {
        const before = problems.added;
        addFile(parsed, index);
        // Of a file that had no problem the end of the run keeps the text, parsed again should a finding come to be on it
        // (KeptDocuments).
        if (problems.added === before) {
            documents.drop(parsed.file);
        }
        else {
            outcomes.set(parsed.file, parsed.outcome);
        }
    };
    const addFile = (parsed, index) => {
        const { outcome } = parsed;
        for (const { ruleId, problem } of outcome.problems)
            problems.push({ ruleId, file: parsed.file, problem });
        const listed = inScope(parsed.file);
        if (!outcome.ok) {
            if (listed)
                checked.push({ file: parsed.file, format: parsed.format });
            return;
        }
        const { document } = outcome;
        const value = document.value;
        const isManifest = isManifestValue(value);
        if (!isManifest) {
            // A manifest whose client_name is misspelt or missing is reported, never passed over as "not a manifest".
            const missing = (0,client_name_missing/* missingClientName */.n)(value);
            if (missing) {
                documents.keep(document);
                if (listed)
                    checked.push({ file: parsed.file, format: parsed.format });
                problems.push({ ruleId: client_name_missing/* clientNameMissing */.$.meta.id, file: parsed.file, problem: missing });
                return;
            }
            if (!parsed.explicit)
                return;
        }
        documents.keep(document);
        if (listed)
            checked.push({ file: parsed.file, format: parsed.format });
        if (!schema)
            throw new Error('evaluation started without files was given one');
        const validated = schema.validateManifest(value, MAX_FINDINGS_PER_RULE + 1);
        for (const problem of validated.problems)
            problems.push({ ruleId: 'schema', file: parsed.file, problem });
        problems.count('schema', parsed.file, validated.undescribed);
        if (!isManifest)
            return;
        const manifest = { file: parsed.file, format: parsed.format, value };
        // The cross-file and network rules are given the keys they read, not the whole of every manifest to the end.
        byIndex[index] = keptKeys ? { ...manifest, value: pick(value, keptKeys) } : manifest;
        const settings = settingsFor(manifest.file);
        for (const rule of manifestRules) {
            const id = rule.meta.id;
            const setting = settings.get(id);
            if (setting === undefined || setting.severity === 'off')
                continue;
            let found;
            try {
                found = rule.check(manifest, setting.options ?? {});
            }
            catch (error) {
                found = [internalError(id, error)];
            }
            for (const problem of found)
                problems.push({ ruleId: id, file: manifest.file, problem });
        }
    };
    const finish = async (skippedFiles = []) => {
        const manifests = byIndex.filter((m) => m !== undefined);
        // The network rules look at one manifest at a time: context manifests and unreported files are not fetched for.
        const reported = manifests.filter((m) => reportFile(m.file));
        const skipped = [];
        for (const rule of allRules) {
            const id = rule.meta.id;
            switch (rule.kind) {
                case 'stage':
                case 'manifest':
                    break;
                case 'project': {
                    const subjects = manifests.filter((m) => enabled(id, m.file));
                    if (subjects.length === 0)
                        break;
                    let found;
                    try {
                        found = rule.check(subjects, optionsOf(id));
                    }
                    catch (error) {
                        found = subjects.map((m) => ({ file: m.file, ...internalError(id, error) }));
                    }
                    for (const { file, ...problem } of found)
                        problems.push({ ruleId: id, file, problem });
                    break;
                }
                case 'network': {
                    const subjects = reported.filter((m) => enabled(id, m.file));
                    if (subjects.length === 0)
                        break;
                    if (!options.network) {
                        skipped.push({ ruleId: id, reason: 'offline' });
                        break;
                    }
                    let found;
                    try {
                        found = await rule.check(subjects, optionsOf(id), options.network);
                    }
                    catch (error) {
                        found = subjects.map((m) => ({ file: m.file, ...internalError(id, error) }));
                    }
                    for (const { file, ...problem } of found)
                        problems.push({ ruleId: id, file, problem });
                    break;
                }
            }
        }
        problems.closeOverflows();
        const findings = [];
        /** The problems that offer changes, by the finding they became (attachFixes.ts renders them). */
        const problemOf = new Map();
        const unplaced = new Unplaced();
        const relatedPlaces = new Map();
        for (const { ruleId, file, problem } of problems) {
            // A cross-file finding is reported when any of its places is: the file it is on may be one a run leaves out.
            if (!reportFile(file) && !problem.related?.some((place) => reportFile(place.file)))
                continue;
            const setting = settingsFor(file).get(ruleId);
            const severity = setting?.severity ?? 'error';
            if (severity === 'off')
                continue;
            const range = problem.range ?? unplaced.add(documents.get(file), problem, findings.length);
            // The one redaction step: nothing of a finding reaches a reporter without it (redact.ts).
            const redaction = redactionFor(file);
            const finding = {
                ruleId,
                severity,
                message: redaction.message(problem.message, problem.pointer),
                file,
                ...range,
                pointer: redaction.pointer(problem.pointer),
            };
            if (problem.keyword !== undefined)
                finding.keyword = problem.keyword;
            if ((0,valuePatch/* offersChanges */.B)(problem))
                problemOf.set(finding, problem);
            if (problem.related?.length)
                relatedPlaces.set(finding, problem.related);
            findings.push(finding);
        }
        unplaced.locate(findings);
        const located = locatePlaces(relatedPlaces, documents);
        const known = new Set(allRules.map((r) => r.meta.id));
        const suppressed = applyInlineSuppressions(findings, documents, known, reportFile);
        for (const finding of findings)
            if (finding.suppressed)
                finding.suppressed.reason = redactionFor(finding.file).text(finding.suppressed.reason);
        for (const { file, problem } of suppressed.problems) {
            const severity = settingsFor(file).get('invalid-suppression')?.severity ?? 'error';
            if (severity !== 'off')
                findings.push({
                    ruleId: 'invalid-suppression',
                    severity,
                    message: redactionFor(file).message(problem.message, ''),
                    file,
                    ...problem.range,
                    pointer: '',
                });
        }
        findings.sort(compareFindings);
        const valueAt = (file, pointer) => (0,core_pointer/* getAtPointer */.re)(documents.get(file)?.value, pointer);
        const baselined = options.baseline
            ? (0,baseline/* applyBaseline */.Q)(findings, options.baseline.baseline, valueAt, options.baseline.source)
            : { findings, stale: [] };
        await attachFixes(baselined.findings, problemOf, documents, redactionFor);
        // The baseline marks findings in copies, one for one and in order: the places follow them.
        const relatedOf = new Map();
        if (located.size > 0)
            findings.forEach((finding, i) => {
                const places = located.get(finding);
                const copy = baselined.findings[i];
                if (places && copy)
                    relatedOf.set(copy, places);
            });
        return {
            result: {
                manifests: checked.sort((a, b) => compareText(a.file, b.file)),
                findings: baselined.findings,
                skipped: [
                    ...skipped,
                    ...skippedFiles.filter(({ file }) => inScope(file)).map(({ file, reason }) => ({ ruleId: '', file, reason })),
                ],
            },
            staleBaseline: baselined.stale,
            valueAt,
            relatedOf: (finding) => relatedOf.get(finding) ?? [],
        };
    };
    return { add, finish };
}
const NOWHERE = { line: 1, column: 1, endLine: 1, endColumn: 1 };
/**
 * The documents of the run, by file. Most files have nothing wrong: of those only the text is kept, and it is parsed
 * again (the same text, the same limits: the same document) if a cross-file or network finding, a related place or a
 * baseline comes to need it. Keeping every parsed value of a large repository to the end of the run cost more in
 * garbage collection than parsing the few again (bench/RESULTS.md).
 */
class KeptDocuments {
    limits;
    parse;
    documents = new Map();
    /** `parse` is absent only when no file will be added. */
    constructor(limits, parse) {
        this.limits = limits;
        this.parse = parse;
    }
    keep(document) {
        this.documents.set(document.file, document);
    }
    /** Keeps only the text of the file's document. */
    drop(file) {
        const document = this.documents.get(file);
        if (document)
            this.documents.set(file, { file, format: document.format, text: document.text });
    }
    has(file) {
        return this.documents.has(file);
    }
    get(file) {
        const kept = this.documents.get(file);
        if (!kept || 'value' in kept)
            return kept;
        if (!this.parse)
            throw new Error('internal: an evaluation started without files was given one');
        const outcome = this.parse(file, kept.text, kept.format, this.limits);
        if (!outcome.ok)
            throw new Error(`internal: ${file} parsed once and not again`);
        this.documents.set(file, outcome.document);
        return outcome.document;
    }
    /** Every file's name, format and text, without parsing any again. */
    sources() {
        return this.documents.values();
    }
}
/**
 * The top-level keys the cross-file and network rules read of each manifest (their `reads`), or undefined when one
 * of them reads the whole of it.
 */
function keysForLater(rules) {
    const keys = new Set();
    for (const rule of rules) {
        if (rule.kind !== 'project' && rule.kind !== 'network')
            continue;
        if (!rule.reads)
            return undefined;
        for (const key of rule.reads)
            keys.add(key);
    }
    return [...keys];
}
/** The value with only these of its own keys. */
function pick(value, keys) {
    const picked = {};
    for (const key of keys)
        if (Object.prototype.hasOwnProperty.call(value, key))
            picked[key] = value[key];
    return picked;
}
/** The related places of cross-file findings with their positions, each document walked once for all of its places. */
function locatePlaces(related, documents) {
    const byFile = new Map();
    const located = new Map();
    for (const [finding, places] of related) {
        const into = [];
        located.set(finding, into);
        for (const place of places) {
            const pending = byFile.get(place.file);
            if (pending)
                pending.push({ place, into });
            else
                byFile.set(place.file, [{ place, into }]);
        }
    }
    for (const [file, pending] of byFile) {
        const document = documents.get(file);
        const ranges = document ? document.locateAll(pending.map(({ place }) => ({ pointer: place.pointer }))) : [];
        pending.forEach(({ place, into }, i) => into.push({ ...place, ...(ranges[i] ?? NOWHERE) }));
    }
    return located;
}
/**
 * Findings waiting for their positions, by document: each document then locates all of its findings in one walk
 * (SourceDocument.locateAll), so the cost is linear in the file and its findings, not their product.
 */
class Unplaced {
    byDocument = new Map();
    /** A placeholder range for the finding that will be `findings[index]`; without a document, the file's start. */
    add(document, problem, index) {
        if (!document)
            return NOWHERE;
        let pending = this.byDocument.get(document);
        if (!pending) {
            pending = { requests: [], indices: [] };
            this.byDocument.set(document, pending);
        }
        pending.requests.push({ pointer: problem.pointer, target: problem.target });
        pending.indices.push(index);
        return NOWHERE;
    }
    /** Fills in the ranges of the findings `add` was given the indices of. */
    locate(findings) {
        for (const [document, { requests, indices }] of this.byDocument) {
            const ranges = document.locateAll(requests);
            indices.forEach((index, i) => {
                const finding = findings[index];
                const range = ranges[i];
                if (!finding || !range) {
                    throw new Error(`internal: ${document.file}: ${indices.length} findings to place, ${ranges.length} positions`);
                }
                Object.assign(finding, range);
            });
        }
    }
}
/**
 * `# lp-app-manifest-check-disable-next-line <rule-id> -- <reason>` in YAML manifests: matching findings on the
 * next line are marked suppressed (counted, never hidden); malformed directives become findings. A file the run does
 * not report may still hold a cross-file finding: its directives apply to it, its malformed ones are not reported.
 */
function applyInlineSuppressions(findings, documents, known, reportFile) {
    const problems = [];
    // Each file's findings, gathered once: a scan of every finding for each file with directives would be quadratic.
    let byFile;
    for (const document of documents.sources()) {
        const { file } = document;
        if (document.format !== 'yaml' || !document.text.includes('disable-next-line'))
            continue;
        byFile ??= groupByFile(findings);
        const reported = reportFile(file);
        if (!reported && !byFile.has(file))
            continue;
        const { byLine, problems: malformed } = findInlineSuppressions(document.text);
        for (const { line, column, message } of reported ? malformed : []) {
            problems.push({
                file,
                problem: { pointer: '', message, range: { line, column, endLine: line, endColumn: column + 1 } },
            });
        }
        for (const [line, suppressions] of reported ? byLine : []) {
            for (const { ruleId } of suppressions) {
                if (!known.has(ruleId)) {
                    problems.push({
                        file,
                        problem: {
                            pointer: '',
                            message: `suppression names unknown rule ${(0,quoted/* quoted */.TL)(ruleId)}`,
                            range: { line: line - 1, column: 1, endLine: line - 1, endColumn: 2 },
                        },
                    });
                }
            }
        }
        for (const finding of byFile.get(file) ?? []) {
            if (finding.suppressed)
                continue;
            const match = byLine.get(finding.line)?.find((s) => s.ruleId === finding.ruleId);
            if (match)
                finding.suppressed = { kind: 'inline', reason: match.reason };
        }
    }
    return { problems };
}
function groupByFile(findings) {
    const byFile = new Map();
    for (const finding of findings) {
        const list = byFile.get(finding.file);
        if (list)
            list.push(finding);
        else
            byFile.set(finding.file, [finding]);
    }
    return byFile;
}
/**
 * At most this many findings of one rule in one file; the rest are counted in one more finding. A file built to
 * maximise findings (a megabyte of unknown keys: over 100,000) would otherwise cost seconds and a report of a hundred
 * megabytes in every format, for a verdict that the first findings already give.
 */
const MAX_FINDINGS_PER_RULE = 1000;
/** Problems as they are found, capped per file and rule; `closeOverflows` adds the count of those left out. */
class CappedProblems {
    max;
    items = [];
    counts = new Map();
    /** Problems pushed or counted so far, capped or not. */
    added = 0;
    constructor(max) {
        this.max = max;
    }
    push(located) {
        this.added++;
        const key = `${located.file}\u0000${located.ruleId}`;
        let entry = this.counts.get(key);
        if (!entry)
            this.counts.set(key, (entry = { ruleId: located.ruleId, file: located.file, count: 0 }));
        if (++entry.count <= this.max)
            this.items.push(located);
    }
    /** Problems known only by their number (past the cap of the stage that found them). */
    count(ruleId, file, more) {
        if (more === 0)
            return;
        this.added += more;
        const key = `${file}\u0000${ruleId}`;
        let entry = this.counts.get(key);
        if (!entry)
            this.counts.set(key, (entry = { ruleId, file, count: 0 }));
        entry.count += more;
    }
    closeOverflows() {
        for (const { ruleId, file, count } of this.counts.values()) {
            if (count <= this.max)
                continue;
            const more = count - this.max;
            this.items.push({
                ruleId,
                file,
                problem: {
                    pointer: '',
                    message: `… and ${more} more ${ruleId} finding${more === 1 ? '' : 's'} in this file, not listed (at most ${this.max} of one rule in one file are): fix the ones above and run again`,
                },
            });
        }
        this.counts.clear();
    }
    [Symbol.iterator]() {
        return this.items[Symbol.iterator]();
    }
}
/** A rule that throws must not lose the manifest or crash the run: its failure becomes a finding. */
function internalError(ruleId, error) {
    const reason = (0,messageOf/* messageOf */.b)(error);
    // The reason may quote a value (a TypeError names a key, a rule's own message a value): marked, so it is redacted.
    return { pointer: '', message: `internal error in rule ${ruleId}: ${(0,quoted/* marked */.xI)(reason, 200)}` };
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function compareFindings(a, b) {
    return (compareText(a.file, b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        compareText(a.ruleId, b.ruleId) ||
        compareText(a.message, b.message));
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: ./src/files/fileRoot.ts
var fileRoot = __nccwpck_require__(2433);
// EXTERNAL MODULE: ./src/files/readInside.ts
var readInside = __nccwpck_require__(8955);
// EXTERNAL MODULE: ./src/files/limits.ts
var limits = __nccwpck_require__(9507);
;// CONCATENATED MODULE: ./src/discover/listFiles.ts






/** Never entered, whatever .gitignore says. */
const NEVER_ENTERED = new Set(['node_modules', '.git']);
function isNeverEntered(file) {
    return file.split('/').some((segment) => NEVER_ENTERED.has(segment));
}
/**
 * Every file of the root as the repository sees it, root-relative with `/`: inside a git work tree the files git
 * knows (tracked, plus untracked ones that are not ignored, so a new manifest is not missed before `git add`);
 * elsewhere a walk that honours every .gitignore on the way down.
 */
async function listFiles(root) {
    const fromGit = listGitFiles(root);
    const files = fromGit ?? (await walk(root));
    return files.filter((file) => !isNeverEntered(file));
}
function listGitFiles(root) {
    // Outside a work tree (or inside .git) git exits non-zero, and the caller walks instead.
    // One git process, not two (`--cached --others` then `--deleted`): -t tags each entry, and a tracked file
    // deleted in the work tree comes back both as cached (H) and as removed (R). A second spawn is a visible part of
    // the CLI's start-up (bench/run.mjs, start-up), which a pre-commit hook pays on every commit.
    // Synchronous: nothing else runs while the files are listed, and spawnSync skips the streams and sockets an async
    // child needs.
    const git = (0,external_node_child_process_namespaceObject.spawnSync)('git', ['ls-files', '-z', '-t', '--cached', '--deleted', '--others', '--exclude-standard'], {
        cwd: root,
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'ignore'],
    });
    if (git.status !== 0 || git.error)
        return undefined;
    const listed = new Set();
    const gone = new Set();
    for (const entry of git.stdout.split('\0')) {
        if (entry.length < 3)
            continue;
        (entry[0] === 'R' ? gone : listed).add(entry.slice(2));
    }
    return [...listed].filter((f) => !gone.has(f));
}
/** As git decides: the deepest .gitignore with a matching pattern wins, so a nested `!pattern` re-includes. */
function isIgnoredBy(levels, file, isDir) {
    for (const level of levels.toReversed()) {
        const verdict = level.rules.test(file.slice(level.base.length) + (isDir ? '/' : ''));
        if (verdict.ignored)
            return true;
        if (verdict.unignored)
            return false;
    }
    return false;
}
async function walk(root) {
    // Loaded here: inside a git work tree (the usual case) git applies .gitignore, and start-up does not pay for it.
    const { default: ignore } = await __nccwpck_require__.e(/* import() */ 298).then(__nccwpck_require__.t.bind(__nccwpck_require__, 298, 23));
    const confined = (0,fileRoot/* fileRoot */.p)(root);
    const files = [];
    const stack = [{ dir: '', levels: [] }];
    while (stack.length > 0) {
        const { dir, levels: inherited } = stack.pop();
        const absolute = external_node_path_default().join(root, dir);
        let entries;
        try {
            entries = await external_node_fs_.promises.readdir(absolute, { withFileTypes: true });
        }
        catch {
            continue;
        }
        let levels = inherited;
        // Read as every file is (src/files): a .gitignore that is a FIFO, a device or a symlink out is not read, and its
        // patterns do not apply, so more files are checked, never fewer.
        const gitignore = (0,readInside/* readInside */.xO)(confined, dir + '.gitignore', limits/* FILE_LIMITS */.S.gitignore);
        if (gitignore.ok)
            levels = [...inherited, { base: dir, rules: ignore().add((0,readInside/* asText */.e1)(gitignore.bytes)) }];
        for (const entry of entries) {
            if (NEVER_ENTERED.has(entry.name))
                continue;
            const file = dir + entry.name;
            const isDir = entry.isDirectory();
            if (isIgnoredBy(levels, file, isDir))
                continue;
            // Symlinked directories are not followed: a walk must end, and nothing outside the root is read.
            if (isDir)
                stack.push({ dir: file + '/', levels });
            else
                files.push(file);
        }
    }
    return files;
}

;// CONCATENATED MODULE: ./src/discover/findCandidates.ts




const MANIFEST_EXTENSION = /\.(json|ya?ml)$/i;
const GLOB_CHARACTERS = /[*?[\]{}!]/;
/** Files, directories and globs to the sorted list of files to read (SPEC §4). */
async function findCandidates(options) {
    const root = external_node_path_default().resolve(options.root);
    const cwd = external_node_path_default().resolve(options.cwd ?? root);
    const excluded = await matcher(options.exclude ?? []);
    const isIgnored = options.isIgnored ?? (() => false);
    const paths = options.paths.length > 0 ? options.paths : [root];
    let listing;
    const repositoryFiles = () => (listing ??= listFiles(root));
    const found = new Map();
    const skipped = new Map();
    const missing = [];
    const unmatched = [];
    const offer = (file, explicit) => {
        if (excluded(file) || isIgnored(file)) {
            if (explicit)
                skipped.set(file, excluded(file) ? 'excluded by --exclude' : 'ignored by the policy');
            return;
        }
        const existing = found.get(file);
        if (!existing || explicit)
            found.set(file, { file, explicit: explicit || existing?.explicit === true });
    };
    for (const given of paths) {
        const absolute = external_node_path_default().resolve(cwd, given);
        if (GLOB_CHARACTERS.test(given) && !(await exists(absolute))) {
            const pattern = (0,rootPath/* toReportPath */.T3)(root, external_node_path_default().resolve(cwd, given));
            if ((0,rootPath/* leavesRoot */.hs)(pattern)) {
                missing.push(given);
                continue;
            }
            const matches = (await loadPicomatch())(pattern, { dot: true });
            let matched = false;
            for (const file of await repositoryFiles()) {
                if (!matches(file) || !MANIFEST_EXTENSION.test(file))
                    continue;
                matched = true;
                offer(file, false);
            }
            if (!matched)
                unmatched.push(given);
            continue;
        }
        if (!(0,rootPath/* isInside */.FK)(root, absolute)) {
            missing.push(given);
            continue;
        }
        const stat = await external_node_fs_.promises.lstat(absolute).catch(() => undefined);
        if (!stat) {
            missing.push(given);
            continue;
        }
        const relative = (0,rootPath/* toReportPath */.T3)(root, absolute);
        if (stat.isDirectory()) {
            const prefix = relative === '' ? '' : relative + '/';
            for (const file of await repositoryFiles()) {
                if (file.startsWith(prefix) && MANIFEST_EXTENSION.test(file))
                    offer(file, false);
            }
        }
        else if (isNeverEntered(relative)) {
            skipped.set(relative, 'inside node_modules/ or .git/; not read');
        }
        else {
            offer(relative, true);
        }
    }
    for (const file of options.unread ?? []) {
        if (isNeverEntered(file))
            skipped.set(file, 'inside node_modules/ or .git/; not read');
        else
            offer(file, true);
    }
    const byFile = (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
    return {
        candidates: [...found.values()].sort(byFile),
        skipped: [...skipped]
            .filter(([file]) => !found.has(file))
            .map(([file, reason]) => ({ file, reason }))
            .sort(byFile),
        missing,
        unmatched,
    };
}
/** Exclude globs are relative to the root; a glob without `/` matches a file name at any depth, as in .gitignore. */
async function matcher(globs) {
    if (globs.length === 0)
        return () => false;
    const picomatch = await loadPicomatch();
    const withSlash = globs.filter((g) => g.includes('/'));
    const bare = globs.filter((g) => !g.includes('/'));
    const full = withSlash.length > 0
        ? picomatch(withSlash.map((g) => g.replace(/^\.\//, '')), { dot: true })
        : () => false;
    const base = bare.length > 0 ? picomatch(bare, { dot: true, basename: true }) : () => false;
    return (file) => full(file) || base(file);
}
/** picomatch loads only when there is a glob: a run over plain paths (the Action's default `.`) does not pay for it. */
async function loadPicomatch() {
    return (await __nccwpck_require__.e(/* import() */ 6).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4006, 23))).default;
}
async function exists(absolute) {
    return external_node_fs_.promises.lstat(absolute).then(() => true, () => false);
}

// EXTERNAL MODULE: ./src/engine/credentials.ts
var credentials = __nccwpck_require__(3656);
;// CONCATENATED MODULE: ./src/engine/check.ts




/** discover → read → parse → evaluate, the last three file by file. */
async function check(options) {
    const limits = { ...formats/* defaultParseLimits */.j, ...options.limits };
    const discovery = await findCandidates({
        root: options.root,
        paths: options.paths,
        cwd: options.cwd,
        exclude: options.exclude,
        isIgnored: (file) => options.policy.isIgnored(file),
        unread: options.stdin ? [options.stdin.file] : undefined,
    });
    const stdin = options.stdin;
    const fromStdin = stdin ? discovery.candidates.find((c) => c.file === stdin.file) : undefined;
    const fromDisk = fromStdin ? discovery.candidates.filter((c) => c !== fromStdin) : discovery.candidates;
    if (options.sniffExplicit)
        for (const candidate of discovery.candidates)
            candidate.explicit = false;
    const evaluation = await startEvaluation({
        rules: options.rules,
        policy: options.policy,
        network: options.network,
        reportFile: options.reportFile,
        inScope: options.inScope,
        baseline: options.baseline,
        limits,
    }, discovery.candidates.length > 0);
    // Collected as each file is read: no parsed file is kept to the end of the run for it.
    const masks = new Set();
    const add = (file, index) => {
        if (options.masks)
            for (const mask of (0,credentials/* maskValues */.Z$)([file]))
                masks.add(mask);
        evaluation.add(file, index);
    };
    // Reading and the parsers (yaml, js-yaml, jsonc-parser) load only when there is something to read: a run with
    // nothing to check starts without them (start-up is measured against a bare `node -e ''` by npm run bench).
    // Each file is checked as soon as it is parsed.
    const reading = discovery.candidates.length > 0 ? await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(849), __nccwpck_require__.e(506), __nccwpck_require__.e(817)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4817)) : undefined;
    const read = reading
        ? reading.readFiles(options.root, fromDisk, limits, options.onProgress, add, options.contents)
        : { skipped: [] };
    if (reading && stdin && fromStdin)
        add(reading.parseNamed(fromStdin, await stdin.read(limits.maxBytes), limits), fromDisk.length);
    const skippedFiles = [...discovery.skipped, ...read.skipped];
    const evaluated = await evaluation.finish(skippedFiles.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)));
    return {
        result: evaluated.result,
        missing: discovery.missing,
        unmatched: discovery.unmatched,
        staleBaseline: evaluated.staleBaseline,
        valueAt: evaluated.valueAt,
        relatedOf: evaluated.relatedOf,
        secrets: [...masks],
    };
}

// EXTERNAL MODULE: ./src/engine/reportContext.ts
var reportContext = __nccwpck_require__(7579);
;// CONCATENATED MODULE: ./src/engine/run.ts










/**
 * The one pipeline of both front ends: options in, a finished result out. Policy (local, built-in, central, base
 * commit), discovery, parsing, evaluation, inline suppressions and baselines, the secrets to mask and the report
 * context all happen here; `cli/` and `action/` only translate their inputs into RunOptions and the outcome into
 * their outputs.
 */
/** A usage or policy problem: the run cannot give a verdict (exit 2). The message names the file or the input. */
class RunError extends Error {
    constructor(message) {
        super(message);
        this.name = 'RunError';
    }
}
/** The file is certainly not there (not merely unreadable): only then may a default fall back. */
class FileAbsent extends Error {
}
async function runCheck(options) {
    const { root, policy } = await resolvePolicy(options);
    const baseline = options.writeBaseline === undefined ? await readRunBaseline(options, root, policy) : undefined;
    // With no paths, the current directory is searched; the rest of the repository is read too, as context, so that
    // the cross-file rules (client-name-unique) see every manifest of the root wherever the run starts.
    const here = (0,rootPath/* toReportPath */.T3)(root, external_node_path_default().resolve(options.cwd));
    const fromSubdirectory = options.paths.length === 0 && here !== '' && !(0,rootPath/* leavesRoot */.hs)(here);
    const stdin = options.stdin && {
        file: rootFile(root, options.cwd, options.stdin.name, '--stdin-filename'),
        read: options.stdin.read,
    };
    if (stdin && options.paths.length > 0)
        throw new RunError('stdin is checked alone: give no paths beside it');
    const inScope = stdin
        ? (file) => file === stdin.file
        : fromSubdirectory
            ? (file) => file.startsWith(here + '/')
            : undefined;
    const searched = stdin
        ? [`stdin (as ${stdin.file})`]
        : options.paths.length > 0
            ? [...options.paths]
            : [fromSubdirectory ? here : '.'];
    const scope = await options.reportFiles?.();
    const run = await check({
        root,
        cwd: options.cwd,
        stdin,
        paths: stdin || fromSubdirectory || options.paths.length === 0 ? [] : options.paths,
        exclude: options.exclude,
        rules: src_rules/* builtinRules */.D,
        policy,
        network: options.network,
        reportFile: scope ? (file) => scope.file(file) : undefined,
        inScope,
        baseline,
        sniffExplicit: options.onlyManifests,
        onProgress: options.onProgress,
        contents: options.contents,
        masks: options.masks,
    });
    if (run.missing.length > 0)
        throw new RunError(`no such file or directory inside the root: ${run.missing.join(', ')}`);
    if (run.unmatched.length > 0)
        throw new RunError(`no JSON or YAML file matches ${run.unmatched.join(', ')}`);
    if (run.result.manifests.length === 0 && !options.allowEmpty) {
        const passedOver = stdin && run.result.skipped.find((s) => s.file === stdin.file);
        if (passedOver)
            throw new RunError(`stdin (as ${stdin.file}) is not checked: ${passedOver.reason}; to let such a run pass, use --allow-empty`);
        // A file that was named or found but not read (inside node_modules/, a symlink out, a FIFO…) says why here too:
        // "none found" alone would hide that the file the user meant was passed over.
        const skipped = run.result.skipped;
        const notRead = skipped.length === 0
            ? ''
            : `; not read: ${skipped
                .slice(0, 3)
                .map((s) => `${s.file} (${s.reason})`)
                .join(', ')}${skipped.length > 3 ? ` and ${skipped.length - 3} more` : ''}`;
        throw new RunError(`no manifests found under ${searched.join(', ')} (a manifest is a JSON or YAML file with a top-level client_name key)${notRead}; to let a run that finds none pass, use --allow-empty (the Action's allow-empty input)`);
    }
    const stale = run.staleBaseline;
    if (stale.length > 0) {
        options.warn(`${stale.length} baseline entr${stale.length === 1 ? 'y no longer matches' : 'ies no longer match'} a finding (fixed, or the value changed); rewrite the baseline with --write-baseline:\n` +
            stale.map((e) => `  ${e.file} ${e.ruleId} ${e.pointer || '/'}`).join('\n'));
    }
    let wroteBaseline;
    if (options.writeBaseline !== undefined) {
        const { createBaseline, writeBaseline } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 4887));
        const written = createBaseline(run.result.findings, run.valueAt);
        try {
            writeBaseline(root, external_node_path_default().resolve(options.cwd, options.writeBaseline), options.writeBaseline, written);
        }
        catch (error) {
            throw new RunError((0,messageOf/* messageOf */.b)(error));
        }
        wroteBaseline = { file: options.writeBaseline, entries: written.entries.length };
    }
    const rules = rulesOf(policy);
    const keep = scope?.finding;
    const kept = (f) => keep(f) || run.relatedOf(f).some((place) => keep({ ...f, ...place }));
    return {
        root,
        policy,
        result: keep ? { ...run.result, findings: run.result.findings.filter(kept) } : run.result,
        context: (0,reportContext/* reportContext */.g)(rules),
        secrets: run.secrets,
        wroteBaseline,
    };
}
/** The root and the policy exactly as a run finds them (--print-config and --list-rules show what a run would apply). */
async function resolvePolicy(options) {
    const root = resolveRoot(options.cwd, options.root);
    return { root, policy: await loadRunPolicy(options, root) };
}
/** Every rule a run under `policy` knows: the built-in ones, then the policy's custom rules. */
function rulesOf(policy) {
    return [...src_rules/* builtinRules */.D, ...policy.custom];
}
/**
 * A file named on the command line (resolved from cwd) as the root-relative name policies and reports use; it need
 * not exist, but it must lie inside the root, where a policy's overrides and a report's paths can name it.
 */
function rootFile(root, cwd, given, flag) {
    const absolute = external_node_path_default().resolve(cwd, given);
    if (absolute === root || !(0,rootPath/* isInside */.FK)(root, absolute))
        throw new RunError(`${flag} ${given} is not a file inside the root ${root}`);
    return (0,rootPath/* toReportPath */.T3)(root, absolute);
}
/** --root, else the top of the git work tree holding cwd, else cwd (SPEC §4). */
function resolveRoot(cwd, given) {
    if (given !== undefined) {
        const root = external_node_path_default().resolve(cwd, given);
        if (!(0,external_node_fs_.statSync)(root, { throwIfNoEntry: false })?.isDirectory())
            throw new RunError(`--root ${given} is not a directory`);
        return root;
    }
    // The top of the work tree is the nearest directory above with a .git entry (a directory, or a file for worktrees and
    // submodules), as git finds it; looked up without starting git, which the CLI's start-up would pay for.
    for (let directory = external_node_path_default().resolve(cwd);; directory = external_node_path_default().dirname(directory)) {
        if ((0,external_node_fs_.lstatSync)(external_node_path_default().join(directory, '.git'), { throwIfNoEntry: false }))
            return directory;
        if (external_node_path_default().dirname(directory) === directory)
            return external_node_path_default().resolve(cwd);
    }
}
/**
 * The policy named (a built-in, a github: reference, or a file resolved from cwd), else the root's
 * .github/lp-app-policy.yml, else the built-in recommended policy; files are read from `policyFiles`.
 */
async function loadRunPolicy(options, root) {
    const named = options.policy === undefined || options.policy === '' ? undefined : (0,loadPolicy/* policyReference */.a_)(options.policy, options.cwd);
    if (named !== undefined && ((0,builtinPolicies/* isBuiltinPolicy */._p)(named) || (0,remotePolicy/* isRemoteReference */.gt)(named))) {
        return (0,loadPolicy/* loadPolicy */.tb)({ root, policyPath: named, rules: src_rules/* builtinRules */.D, readRemote: options.readRemote });
    }
    const recommended = () => (0,loadPolicy/* loadPolicy */.tb)({ root, rules: src_rules/* builtinRules */.D, lookForDefaultFile: false });
    const candidate = named ?? external_node_path_default().join(root, loadPolicy/* DEFAULT_POLICY_FILE */.mY);
    const shown = named !== undefined ? options.policy : loadPolicy/* DEFAULT_POLICY_FILE */.mY;
    const base = options.policyFiles;
    if (!base) {
        // In the working tree a file is absent only when not even a (dangling) symlink is there; anything else is read by
        // the policy loader, which refuses what lies outside the repository.
        if (!(0,external_node_fs_.lstatSync)(candidate, { throwIfNoEntry: false })) {
            if (named === undefined)
                return recommended();
            throw new loadPolicy/* PolicyError */.pn(`policy file ${shown}: not found`);
        }
        return (0,loadPolicy/* loadPolicy */.tb)({ root, policyPath: candidate, rules: src_rules/* builtinRules */.D, readRemote: options.readRemote });
    }
    try {
        await base.read(candidate);
    }
    catch (error) {
        if (!(error instanceof FileAbsent)) {
            throw new loadPolicy/* PolicyError */.pn(`the policy of ${base.where} could not be read (${(0,messageOf/* messageOf */.b)(error)})`);
        }
        if (named !== undefined)
            options.warn(`policy ${shown} is not in ${base.where}; using the built-in recommended policy`);
        return recommended();
    }
    return (0,loadPolicy/* loadPolicy */.tb)({
        root,
        policyPath: candidate,
        rules: src_rules/* builtinRules */.D,
        readText: (file) => base.read(file),
        readRemote: options.readRemote,
    });
}
/**
 * --baseline FILE (inside the repository), else the policy's baseline: from the base commit when the policy came from
 * there, else from the working tree inside the directory the policy allows (src/files reads it: real path inside,
 * a regular file, size-capped).
 */
async function readRunBaseline(options, root, policy) {
    const explicit = options.baseline !== undefined ? external_node_path_default().resolve(options.cwd, options.baseline) : undefined;
    const file = explicit ?? policy.baselinePath;
    if (file === undefined)
        return undefined;
    const { parseBaseline, readBaseline } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 4887));
    const display = explicit ? options.baseline : (0,rootPath/* toReportPath */.T3)(root, file);
    const base = explicit ? undefined : options.policyFiles;
    try {
        if (!base)
            return {
                baseline: readBaseline(explicit ? root : (policy.baselineRoot ?? root), file, display),
                source: display,
            };
        let text;
        try {
            text = await base.read(file);
        }
        catch (error) {
            const reason = error instanceof FileAbsent ? 'not found' : (0,messageOf/* messageOf */.b)(error);
            throw new Error(`baseline ${display} (${base.where}): ${reason}`);
        }
        return { baseline: parseBaseline(text, display), source: display };
    }
    catch (error) {
        throw new loadPolicy/* PolicyError */.pn((0,messageOf/* messageOf */.b)(error));
    }
}


/***/ }),

/***/ 2433:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ realDirectory),
/* harmony export */   p: () => (/* binding */ fileRoot)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


function fileRoot(directory) {
    return { path: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(directory), realPaths: new Map() };
}
/** The real path of a directory, resolved once per root; throws the system error (ENOENT, ELOOP…) as realpath does. */
function realDirectory(root, directory) {
    let real = root.realPaths.get(directory);
    if (real === undefined)
        root.realPaths.set(directory, (real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(directory)));
    return real;
}


/***/ }),

/***/ 9507:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ FILE_LIMITS)
/* harmony export */ });
/**
 * The most the tool reads of each kind of file; a larger file is refused as too large, never read in part. A manifest's
 * limit is a parse limit (ParseLimits.maxBytes, 1 MiB by default), since the engine lets a run set it.
 */
const FILE_LIMITS = {
    /** A policy is a screen of YAML; an extended one too. */
    policy: 1024 * 1024,
    /** A baseline holds an entry (~150 bytes) per recorded finding: room for a few hundred thousand. */
    baseline: 64 * 1024 * 1024,
    /** A .gitignore of the walk outside git. */
    gitignore: 1024 * 1024,
};


/***/ }),

/***/ 8955:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EO: () => (/* binding */ closeQuietly),
/* harmony export */   PL: () => (/* binding */ readChosenFile),
/* harmony export */   X$: () => (/* binding */ openInside),
/* harmony export */   e1: () => (/* binding */ asText),
/* harmony export */   g$: () => (/* binding */ tooLarge),
/* harmony export */   xO: () => (/* binding */ readInside)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_rootPath_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8528);
/* harmony import */ var _fileRoot_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2433);
/* harmony import */ var _refusal_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6659);





const READ_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW;
/**
 * Opens a file of the root for reading: the one place the tool opens a file it reads (manifests, policies and what
 * they extend, baselines, .gitignore files). Only a regular file whose real path stays inside the root is opened,
 * checked on the opened handle, and opened non-blocking so a FIFO or a device cannot hang the run. `file` is
 * root-relative or absolute; a path outside the root is refused before anything of it is looked at.
 *
 * The system calls are synchronous on purpose. A manifest is a few kilobytes, so each call takes microseconds, while
 * the promise API pays a thread-pool round trip for each of realpath, open, fstat, read and close, about ten times the
 * cost of the reads on the 10,000-manifest benchmark (bench/RESULTS.md). The real path of
 * each directory is resolved once per root (fileRoot.ts); the file itself is opened with O_NOFOLLOW, and only a file
 * that is a symlink (ELOOP) has its own real path resolved.
 */
function openInside(root, file) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root.path, file);
    if (absolute === root.path)
        return (0,_refusal_js__WEBPACK_IMPORTED_MODULE_4__/* .notRegular */ .oQ)('read', 'a directory');
    if (!(0,_core_rootPath_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(root.path, absolute))
        return (0,_refusal_js__WEBPACK_IMPORTED_MODULE_4__/* .outside */ .qY)('read', false);
    let real;
    let realRoot;
    try {
        realRoot = (0,_fileRoot_js__WEBPACK_IMPORTED_MODULE_3__/* .realDirectory */ .U)(root, root.path);
        const directory = (0,_fileRoot_js__WEBPACK_IMPORTED_MODULE_3__/* .realDirectory */ .U)(root, node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(absolute));
        if (!(0,_core_rootPath_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(realRoot, directory))
            return (0,_refusal_js__WEBPACK_IMPORTED_MODULE_4__/* .outside */ .qY)('read', true);
        real = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(directory, node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(absolute));
    }
    catch (error) {
        return (0,_refusal_js__WEBPACK_IMPORTED_MODULE_4__/* .refusalOf */ .Of)(error, 'read');
    }
    let fd;
    try {
        try {
            fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(real, READ_FLAGS);
        }
        catch (error) {
            // ELOOP under O_NOFOLLOW: the file is a symlink. Follow it only to a real path inside the root.
            if (error.code !== 'ELOOP')
                throw error;
            real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(real);
            if (!(0,_core_rootPath_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(realRoot, real))
                return (0,_refusal_js__WEBPACK_IMPORTED_MODULE_4__/* .outside */ .qY)('read', true);
            fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(real, READ_FLAGS);
        }
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!stat.isFile())
            return (0,_refusal_js__WEBPACK_IMPORTED_MODULE_4__/* .notRegular */ .oQ)('read', stat);
        const opened = { ok: true, fd, size: stat.size };
        fd = undefined;
        return opened;
    }
    catch (error) {
        return (0,_refusal_js__WEBPACK_IMPORTED_MODULE_4__/* .refusalOf */ .Of)(error, 'read');
    }
    finally {
        if (fd !== undefined)
            closeQuietly(fd);
    }
}
/** A file of the root (openInside's checks), never more than `maxBytes`: a larger file is refused as too large. */
function readInside(root, file, maxBytes) {
    const opened = openInside(root, file);
    return opened.ok ? readOpened(opened, maxBytes) : opened;
}
/**
 * A file the user named on the command line from outside the root (a policy of their own): not confined to a
 * directory, since choosing it was theirs, but every other check holds: a regular file, opened non-blocking, capped.
 */
function readChosenFile(file, maxBytes) {
    let real;
    try {
        real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(file);
    }
    catch (error) {
        return (0,_refusal_js__WEBPACK_IMPORTED_MODULE_4__/* .refusalOf */ .Of)(error, 'read');
    }
    return readInside((0,_fileRoot_js__WEBPACK_IMPORTED_MODULE_3__/* .fileRoot */ .p)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(real)), real, maxBytes);
}
/** Reads an opened file to its end and closes it; reads at most maxBytes + 1 bytes, so a file growing meanwhile is caught. */
function readOpened(opened, maxBytes) {
    const { fd, size } = opened;
    try {
        if (size > maxBytes)
            return tooLarge(`${size} bytes (the limit is ${maxBytes})`);
        const buffer = Buffer.allocUnsafe(size + 1);
        let length = 0;
        while (length < buffer.length) {
            const bytesRead = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, length, buffer.length - length, length);
            if (bytesRead === 0)
                break;
            length += bytesRead;
        }
        if (length > maxBytes)
            return tooLarge(`more than ${maxBytes} bytes`);
        return { ok: true, bytes: buffer.subarray(0, length) };
    }
    catch (error) {
        return (0,_refusal_js__WEBPACK_IMPORTED_MODULE_4__/* .refusalOf */ .Of)(error, 'read');
    }
    finally {
        closeQuietly(fd);
    }
}
/** The bytes read as UTF-8 text (policy files, baselines, .gitignore), without copying them. */
function asText(bytes) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}
/** The one wording of a file over its cap, for files and streams alike. */
function tooLarge(size) {
    return (0,_refusal_js__WEBPACK_IMPORTED_MODULE_4__/* .refuse */ .TR)('too-large', `file is too large: ${size}`);
}
function closeQuietly(fd) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
    catch {
        /* nothing more to do with it */
    }
}


/***/ }),

/***/ 6659:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Of: () => (/* binding */ refusalOf),
/* harmony export */   TR: () => (/* binding */ refuse),
/* harmony export */   oQ: () => (/* binding */ notRegular),
/* harmony export */   qY: () => (/* binding */ outside)
/* harmony export */ });
function refuse(code, reason) {
    return { ok: false, code, reason };
}
function outside(verb, throughSymlink) {
    return refuse('outside', `${throughSymlink ? 'symlink points outside' : 'outside'} the root; not ${verb}`);
}
/** Not a regular file: what it is instead when known (from fstat, or named by the caller). */
function notRegular(verb, what) {
    const kind = what === undefined ? '' : ` (${typeof what === 'string' ? what : kindOf(what)})`;
    return refuse('not-regular', `not a regular file${kind}; not ${verb}`);
}
function kindOf(stat) {
    if (stat.isDirectory())
        return 'a directory';
    if (stat.isFIFO())
        return 'a FIFO';
    if (stat.isSocket())
        return 'a socket';
    if (stat.isCharacterDevice() || stat.isBlockDevice())
        return 'a device';
    if (stat.isSymbolicLink())
        return 'a symlink';
    return 'not a file';
}
/** A system error as a refusal: the error code decides the words; no path or message of the error is repeated. */
function refusalOf(error, verb) {
    const code = error?.code;
    switch (code) {
        case 'ENOENT':
        case 'ENOTDIR':
            return refuse('missing', 'not found');
        case 'ELOOP':
            return refuse('loop', `symlink loop; not ${verb}`);
        case 'EACCES':
        case 'EPERM':
            return refuse('denied', 'permission denied');
        case 'EISDIR':
            return notRegular(verb, 'a directory');
        case 'EAGAIN':
        case 'ENXIO':
        case 'ENODEV':
            return notRegular(verb);
        case 'EEXIST':
            return refuse('exists', 'exists; not overwritten');
        default:
            return refuse('error', `could not be ${verb} (${code ?? 'unknown error'})`);
    }
}


/***/ }),

/***/ 6960:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ writeNamedFile),
/* harmony export */   M: () => (/* binding */ writeInside)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_rootPath_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8528);
/* harmony import */ var _fileRoot_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2433);
/* harmony import */ var _readInside_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(8955);
/* harmony import */ var _refusal_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(6659);






const WRITE_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK;
/**
 * Writes a file inside the root: the one place the tool writes a file of the repository (sarif-file, a baseline,
 * init's starter files, --output inside the root). Any directory or file on the way may be a symlink the checkout committed, so each directory
 * is checked (and created) one level at a time and must stay inside the root; the file itself is opened with
 * O_NOFOLLOW (a final symlink is refused, wherever it points) and O_NONBLOCK (a FIFO cannot hang the run), and is
 * truncated and written only once fstat says it is a regular file. `file` is root-relative or absolute.
 */
function writeInside(root, file, data, options = {}) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root.path, file);
    if (absolute === root.path)
        return (0,_refusal_js__WEBPACK_IMPORTED_MODULE_5__/* .notRegular */ .oQ)('written', 'a directory');
    if (!(0,_core_rootPath_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(root.path, absolute))
        return (0,_refusal_js__WEBPACK_IMPORTED_MODULE_5__/* .outside */ .qY)('written', false);
    let directory;
    try {
        const realRoot = (0,_fileRoot_js__WEBPACK_IMPORTED_MODULE_3__/* .realDirectory */ .U)(root, root.path);
        directory = realRoot;
        for (const part of node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root.path, node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(absolute)).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep))) {
            if (part === '')
                continue;
            const next = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(directory, part);
            const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(next, { throwIfNoEntry: false });
            if (stat === undefined) {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(next, 0o755);
                directory = next;
            }
            else if (stat.isSymbolicLink()) {
                const real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(next);
                if (!(0,_core_rootPath_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(realRoot, real))
                    return (0,_refusal_js__WEBPACK_IMPORTED_MODULE_5__/* .outside */ .qY)('written', true);
                if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(real).isDirectory())
                    return (0,_refusal_js__WEBPACK_IMPORTED_MODULE_5__/* .refuse */ .TR)('not-regular', 'a parent is not a directory; not written');
                directory = real;
            }
            else if (stat.isDirectory()) {
                directory = next;
            }
            else {
                return (0,_refusal_js__WEBPACK_IMPORTED_MODULE_5__/* .refuse */ .TR)('not-regular', 'a parent is not a directory; not written');
            }
        }
    }
    catch (error) {
        return (0,_refusal_js__WEBPACK_IMPORTED_MODULE_5__/* .refusalOf */ .Of)(error, 'written');
    }
    const target = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(directory, node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(absolute));
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(target, WRITE_FLAGS | (options.exclusive ? node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_EXCL : 0), 0o644);
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!stat.isFile())
            return (0,_refusal_js__WEBPACK_IMPORTED_MODULE_5__/* .notRegular */ .oQ)('written', stat);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.ftruncateSync)(fd);
        const bytes = typeof data === 'string' ? Buffer.from(data) : data;
        for (let at = 0; at < bytes.length;)
            at += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, bytes, at, bytes.length - at);
        return { ok: true, path: target };
    }
    catch (error) {
        const code = error.code;
        // ELOOP under O_NOFOLLOW: the file is a symlink, which a write never follows.
        if (code === 'ELOOP')
            return (0,_refusal_js__WEBPACK_IMPORTED_MODULE_5__/* .refuse */ .TR)('symlink', 'the file is a symlink; not written');
        // ENXIO: a FIFO no one reads (O_NONBLOCK refuses to wait for a reader) or a socket; say which.
        if (code === 'ENXIO')
            return (0,_refusal_js__WEBPACK_IMPORTED_MODULE_5__/* .notRegular */ .oQ)('written', statOf(target));
        return (0,_refusal_js__WEBPACK_IMPORTED_MODULE_5__/* .refusalOf */ .Of)(error, 'written');
    }
    finally {
        if (fd !== undefined)
            (0,_readInside_js__WEBPACK_IMPORTED_MODULE_4__/* .closeQuietly */ .EO)(fd);
    }
}
/**
 * A file the user named for output (`--output`): inside the root it is written as writeInside writes, since the
 * checkout may have committed a symlink at that name; outside the root it is the user's own choice (a path under
 * $RUNNER_TEMP, /dev/stdout) and is written as named.
 */
function writeNamedFile(root, file, data) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root.path, file);
    if ((0,_core_rootPath_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(root.path, absolute))
        return writeInside(root, absolute, data);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(absolute, data);
        return { ok: true, path: absolute };
    }
    catch (error) {
        return (0,_refusal_js__WEBPACK_IMPORTED_MODULE_5__/* .refusalOf */ .Of)(error, 'written');
    }
}
function statOf(file) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(file);
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 8899:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ formatOf),
/* harmony export */   j: () => (/* binding */ defaultParseLimits)
/* harmony export */ });
/**
 * What the engine needs to know about parsing before it loads a parser: the limits and the format a name implies.
 * Kept apart from parseSource.ts so that importing them does not load yaml, js-yaml or jsonc-parser.
 */
/** A manifest is a couple of kilobytes and six levels deep; these leave room for any real one and none for abuse. */
const defaultParseLimits = { maxBytes: 1_048_576, maxDepth: 64, maxAliasCount: 100 };
function formatOf(file) {
    const lower = file.toLowerCase();
    if (lower.endsWith('.json'))
        return 'json';
    if (lower.endsWith('.yaml') || lower.endsWith('.yml'))
        return 'yaml';
    return undefined;
}


/***/ }),

/***/ 4887:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ applyBaseline),
/* harmony export */   createBaseline: () => (/* binding */ createBaseline),
/* harmony export */   parseBaseline: () => (/* binding */ parseBaseline),
/* harmony export */   readBaseline: () => (/* binding */ readBaseline),
/* harmony export */   writeBaseline: () => (/* binding */ writeBaseline)
/* harmony export */ });
/* harmony import */ var _core_sha256_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4106);
/* harmony import */ var _files_fileRoot_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2433);
/* harmony import */ var _files_readInside_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8955);
/* harmony import */ var _files_writeInside_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6960);
/* harmony import */ var _files_limits_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9507);





function hashValue(value) {
    return (0,_core_sha256_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256 */ .s)(JSON.stringify(value) ?? 'undefined').slice(0, 16);
}
function keyOf(entry) {
    return [entry.file, entry.ruleId, entry.pointer, entry.valueHash].join('\u0000');
}
/**
 * Makes the entries of findings. A value is hashed once for all the findings at its pointer: many can share one (each
 * repeat of a duplicate key), and hashing a large value again for each would be quadratic.
 */
function entryMaker(valueAt) {
    const hashes = new Map();
    return (finding) => {
        const at = `${finding.file}\u0000${finding.pointer}`;
        let valueHash = hashes.get(at);
        if (valueHash === undefined) {
            valueHash = hashValue(valueAt(finding.file, finding.pointer));
            hashes.set(at, valueHash);
        }
        return { file: finding.file, ruleId: finding.ruleId, pointer: finding.pointer, valueHash };
    };
}
/** In the order of their keys, each key built once. */
function sorted(entries) {
    return entries
        .map((entry) => ({ key: keyOf(entry), entry }))
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
        .map(({ entry }) => entry);
}
function createBaseline(findings, valueAt) {
    return { version: 1, entries: sorted(findings.filter((f) => !f.suppressed).map(entryMaker(valueAt))) };
}
/** Findings the baseline records are marked suppressed (counted, not hidden); entries that match nothing are stale. */
function applyBaseline(findings, baseline, valueAt, source) {
    const remaining = new Map();
    for (const entry of baseline.entries) {
        const key = keyOf(entry);
        const list = remaining.get(key);
        if (list)
            list.push(entry);
        else
            remaining.set(key, [entry]);
    }
    const entryOf = entryMaker(valueAt);
    const result = findings.map((finding) => {
        if (finding.suppressed)
            return finding;
        const matches = remaining.get(keyOf(entryOf(finding)));
        if (!matches || matches.length === 0)
            return finding;
        matches.pop();
        return { ...finding, suppressed: { kind: 'baseline', reason: `in baseline ${source}` } };
    });
    return { findings: result, stale: sorted([...remaining.values()].flat()) };
}
/**
 * Writes a baseline inside `root` (src/files: no symlink out on the way, no final symlink, a regular file); a message
 * naming the file and the reason when it cannot.
 */
function writeBaseline(root, file, display, baseline) {
    const written = (0,_files_writeInside_js__WEBPACK_IMPORTED_MODULE_3__/* .writeInside */ .M)((0,_files_fileRoot_js__WEBPACK_IMPORTED_MODULE_1__/* .fileRoot */ .p)(root), file, JSON.stringify(baseline, null, 2) + '\n');
    if (!written.ok)
        throw new Error(`baseline ${display}: ${written.reason}`);
}
/**
 * Reads a baseline file inside `root` as extends files are read (src/files: real path inside the root, a regular
 * file, at most FILE_LIMITS.baseline bytes); a message naming the file and the fault when it is not one.
 */
function readBaseline(root, file, display) {
    const read = (0,_files_readInside_js__WEBPACK_IMPORTED_MODULE_2__/* .readInside */ .xO)((0,_files_fileRoot_js__WEBPACK_IMPORTED_MODULE_1__/* .fileRoot */ .p)(root), file, _files_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .FILE_LIMITS */ .S.baseline);
    if (!read.ok)
        throw new Error(`baseline ${display}: ${read.reason}`);
    return parseBaseline((0,_files_readInside_js__WEBPACK_IMPORTED_MODULE_2__/* .asText */ .e1)(read.bytes), display);
}
/** A baseline from its text; a message naming the file and the fault when it is not one. */
function parseBaseline(text, display) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        throw new Error(`baseline ${display}: not valid JSON`);
    }
    const entries = data?.entries;
    const valid = data?.version === 1 &&
        Array.isArray(entries) &&
        entries.every((e) => ['file', 'ruleId', 'pointer', 'valueHash'].every((k) => typeof e?.[k] === 'string'));
    if (!valid)
        throw new Error(`baseline ${display}: not a baseline file (expected {"version": 1, "entries": [{file, ruleId, pointer, valueHash}]})`);
    return data;
}


/***/ }),

/***/ 7247:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Zp: () => (/* binding */ BUILTIN_POLICIES),
/* harmony export */   _p: () => (/* binding */ isBuiltinPolicy),
/* harmony export */   bd: () => (/* binding */ builtinPolicyText)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);



const BUILTIN_POLICIES = ['recommended', 'strict'];
let directory;
/**
 * The built-in policies ship as readable YAML files in `policies/` at the package root. The code finds them by
 * walking up from its own file, which works alike from src/ under Jest, from dist/index.js in an Action checkout
 * and from dist/cli/index.js in an npm install (package.json `files` ships policies/).
 */
function policiesDirectory() {
    if (directory)
        return directory;
    let current = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));
    for (;;) {
        const candidate = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(current, 'policies');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(candidate, 'recommended.yml')))
            return (directory = candidate);
        const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(current);
        if (parent === current)
            throw new Error('the built-in policies (policies/recommended.yml) are missing from the installation');
        current = parent;
    }
}
function isBuiltinPolicy(name) {
    return BUILTIN_POLICIES.includes(name);
}
function builtinPolicyText(name) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(policiesDirectory(), `${name}.yml`), 'utf8');
}


/***/ }),

/***/ 5150:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a_: () => (/* binding */ policyReference),
/* harmony export */   mY: () => (/* binding */ DEFAULT_POLICY_FILE),
/* harmony export */   pn: () => (/* reexport safe */ _policyError_js__WEBPACK_IMPORTED_MODULE_4__.p),
/* harmony export */   tb: () => (/* binding */ loadPolicy)
/* harmony export */ });
/* unused harmony export defaultPolicy */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _builtinPolicies_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7247);
/* harmony import */ var _remotePolicy_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6720);
/* harmony import */ var _policyError_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1290);





/** The default policy file, looked for under the root when no --policy is given. */
const DEFAULT_POLICY_FILE = '.github/lp-app-policy.yml';
/**
 * What `--policy` / the `policy` input names: a `github:` reference or a built-in name as they are, else a path
 * resolved against `cwd`. A built-in name is always the built-in, never a file of that name: in a pull request the
 * working tree is the pull request's, and a file named `strict` must not replace the built-in strict policy (write
 * `./strict` for such a file).
 */
function policyReference(value, cwd) {
    if ((0,_remotePolicy_js__WEBPACK_IMPORTED_MODULE_3__/* .isRemoteReference */ .gt)(value) || (0,_builtinPolicies_js__WEBPACK_IMPORTED_MODULE_2__/* .isBuiltinPolicy */ ._p)(value))
        return value;
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, value);
}
/**
 * Loads `--policy FILE` (or a built-in name, or a `github:` reference), else `.github/lp-app-policy.yml` under the
 * root, else the built-in `recommended`.
 */
async function loadPolicy(options) {
    const root = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(options.root);
    let entry;
    if (options.policyPath !== undefined) {
        entry =
            (0,_remotePolicy_js__WEBPACK_IMPORTED_MODULE_3__/* .isRemoteReference */ .gt)(options.policyPath) || (0,_builtinPolicies_js__WEBPACK_IMPORTED_MODULE_2__/* .isBuiltinPolicy */ ._p)(options.policyPath)
                ? options.policyPath
                : node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, options.policyPath);
    }
    else if (options.lookForDefaultFile !== false && present(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, DEFAULT_POLICY_FILE))) {
        entry = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, DEFAULT_POLICY_FILE);
    }
    else {
        // The built-in recommended policy is every rule at its catalog default (a test holds policies/recommended.yml
        // to exactly that), so a repository without a policy file needs no YAML read and no schema compiled.
        return defaultPolicy(options.rules);
    }
    // Reading a policy file (YAML, ajv, extends, overrides) is its own module: the implicit recommended policy above
    // does not load it.
    const { loadPolicyFile } = await __nccwpck_require__.e(/* import() */ 167).then(__nccwpck_require__.bind(__nccwpck_require__, 2167));
    return loadPolicyFile(options, root, entry);
}
/**
 * Anything at that name, a dangling symlink or a directory included, is the policy: it is read, or refused with the
 * reason, never silently replaced by the built-in recommended policy.
 */
function present(file) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(file, { throwIfNoEntry: false }) !== undefined;
    }
    catch {
        // ENOTDIR, EACCES…: something is in the way, and reading it will say what.
        return true;
    }
}
/** Every rule at its default severity and options: the built-in `recommended` without reading a file. */
function defaultPolicy(rules) {
    const settings = new Map(rules.map((r) => [r.meta.id, { severity: r.meta.defaultSeverity, options: { ...(r.meta.defaultOptions ?? {}) } }]));
    return { source: 'built-in recommended', custom: [], isIgnored: () => false, rulesFor: () => settings };
}


/***/ }),

/***/ 1290:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ PolicyError)
/* harmony export */ });
/** A policy that cannot be used; the message is one line naming the file, the place and the offending name. */
class PolicyError extends Error {
    constructor(message) {
        super(message);
        this.name = 'PolicyError';
    }
}


/***/ }),

/***/ 6720:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bd: () => (/* binding */ parseRemoteReference),
/* harmony export */   gt: () => (/* binding */ isRemoteReference),
/* harmony export */   ho: () => (/* binding */ resolveRemoteRelative),
/* harmony export */   tQ: () => (/* binding */ formatRemoteReference)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

const NAME = /^[A-Za-z0-9_.-]+$/;
function isRemoteReference(reference) {
    return reference.startsWith('github:');
}
/** Parses a reference, or returns what is wrong with it. */
function parseRemoteReference(reference) {
    const body = reference.slice('github:'.length);
    const at = body.lastIndexOf('@');
    if (at < 0 || at === body.length - 1)
        return `"${reference}" must be pinned to a tag, branch or commit: github:OWNER/REPO/PATH@REF`;
    const ref = body.slice(at + 1);
    const [owner, repo, ...rest] = body.slice(0, at).split('/');
    const file = rest.join('/');
    if (!owner ||
        !repo ||
        !NAME.test(owner) ||
        !NAME.test(repo) ||
        rest.length === 0 ||
        rest.some((s) => s === '' || s === '.' || s === '..')) {
        return `"${reference}" is not of the form github:OWNER/REPO/PATH@REF`;
    }
    if (!/\.ya?ml$/i.test(file))
        return `"${reference}" must name a .yml or .yaml file`;
    if (/[\s~^:?*[\\]/.test(ref) || ref.includes('..'))
        return `"${reference}" has an invalid ref "${ref}"`;
    return { owner, repo, path: file, ref };
}
function formatRemoteReference(reference) {
    return `github:${reference.owner}/${reference.repo}/${reference.path}@${reference.ref}`;
}
/** A relative `extends` inside a remote policy names a file of the same repository at the same ref. */
function resolveRemoteRelative(base, relative) {
    const joined = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.join(node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.dirname(base.path), relative));
    if (joined.startsWith('../') || joined === '..' || node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.isAbsolute(relative))
        return undefined;
    return { ...base, path: joined };
}


/***/ }),

/***/ 7095:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ clientNameMissing),
/* harmony export */   n: () => (/* binding */ missingClientName)
/* harmony export */ });
/* harmony import */ var _core_pointer_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3950);
/* harmony import */ var _core_quoted_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(891);
/* harmony import */ var _core_manifestKeys_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3118);
/* harmony import */ var _manifestFields_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9367);




/**
 * Why a parsed top level that is not a manifest (no `client_name` key) still is one: a key that is a misspelling of
 * `client_name`, or several keys only manifests have. Undefined for anything else (a package.json, a lock file).
 */
function missingClientName(value) {
    if (!(0,_manifestFields_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(value))
        return undefined;
    const keys = Object.keys(value);
    const near = keys
        .filter(_core_manifestKeys_js__WEBPACK_IMPORTED_MODULE_0__/* .isNearClientName */ .nc)
        .sort((a, b) => (0,_core_manifestKeys_js__WEBPACK_IMPORTED_MODULE_0__/* .clientNameDistance */ .ss)(a) - (0,_core_manifestKeys_js__WEBPACK_IMPORTED_MODULE_0__/* .clientNameDistance */ .ss)(b))
        .at(0);
    if (near !== undefined) {
        return {
            pointer: (0,_core_pointer_js__WEBPACK_IMPORTED_MODULE_2__/* .childPointer */ .Y2)('', near),
            target: 'key',
            message: `no "client_name" key: did you mean "client_name" instead of ${(0,_core_quoted_js__WEBPACK_IMPORTED_MODULE_3__/* .quoted */ .TL)(near)}?`,
        };
    }
    const own = keys.filter((key) => _core_manifestKeys_js__WEBPACK_IMPORTED_MODULE_0__/* .MANIFEST_ONLY_KEYS */ .Sc.includes(key));
    if (own.length < _core_manifestKeys_js__WEBPACK_IMPORTED_MODULE_0__/* .MANIFEST_ONLY_QUORUM */ .BM)
        return undefined;
    const shown = own.slice(0, 3).map((key) => `"${key}"`);
    return {
        pointer: '',
        message: `looks like an application manifest (it has ${shown.join(', ')}${own.length > 3 ? ', …' : ''}) but has no "client_name" key, which every manifest needs`,
    };
}
const clientNameMissing = {
    kind: 'stage',
    meta: {
        id: 'client-name-missing',
        description: 'A file that looks like a manifest has no client_name key (misspelt or left out).',
        defaultSeverity: 'error',
        help: 'A manifest is found by its `client_name` key. A file whose key is misspelt (`client_nmae`, `clientName`) or that has the keys only manifests have (`redirect_uris`, `grant_types`, `capabilities`, …) without one would otherwise pass as "not a manifest" and never be checked: it is reported instead, with the nearest key named.',
    },
};


/***/ }),

/***/ 4953:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A_: () => (/* binding */ isReference),
/* harmony export */   L: () => (/* binding */ AUTH_SCHEME),
/* harmony export */   Yx: () => (/* binding */ credentialReason),
/* harmony export */   uX: () => (/* binding */ KNOWN_TOKEN)
/* harmony export */ });
/**
 * The secret detector: whether a header value looks like a credential. `webhook-header-secret` reports what it
 * flags, and the engine masks what it flags in the Action's log (engine/credentials.ts).
 */
const CREDENTIAL_NAME = /^(proxy-)?authorization$|^cookie$|api[-_]?key|access[-_]?key|token|secret|passw(or)?d|credential|signature|^x-auth/i;
/** An HTTP authentication scheme (RFC 9110 §11) and what follows it. */
const AUTH_SCHEME = /^\s*(bearer|basic|token|digest|apikey)\s+(\S[\s\S]*)$/i;
const KNOWN_PREFIX = /^(gh[pousr]_[A-Za-z0-9]{20,}|xox[abpr]-|sk_(live|test)_|AKIA[0-9A-Z]{16}|eyJ[A-Za-z0-9_-]{8,}\.)/;
/** A reference to a secret kept elsewhere (CI secret, template variable) is not itself a secret. */
const REFERENCE = /^\s*(\$\{\{?[^}]*\}?\}|\{\{[^}]*\}\})\s*$/;
function isReference(value) {
    return REFERENCE.test(value);
}
/** Token formats a credential is known by, found anywhere in a text (for files that do not parse). */
const KNOWN_TOKEN = /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|xox[abpr]-[A-Za-z0-9-]{6,}|sk_(?:live|test)_[A-Za-z0-9]{6,}|AKIA[0-9A-Z]{16}|eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9._-]*)/g;
/** Shannon entropy in bits per character. */
function entropy(text) {
    const counts = new Map();
    for (const c of text)
        counts.set(c, (counts.get(c) ?? 0) + 1);
    let bits = 0;
    for (const n of counts.values()) {
        const p = n / text.length;
        bits -= p * Math.log2(p);
    }
    return bits;
}
/**
 * A random-looking token: long, no spaces, several character classes and high entropy. Measured on samples:
 * hex/base64 API keys of 20+ characters score above 3.7 bits, words and media types ("application/json") below.
 */
function looksRandom(value) {
    if (value.length < 20 || /\s/.test(value))
        return false;
    const classes = [/[a-z]/, /[A-Z]/, /[0-9]/].filter((r) => r.test(value)).length;
    if (classes < 2)
        return false;
    return entropy(value) >= 3.7;
}
/** Why a header value (under header `name`, '' when unknown) looks like a credential, or undefined when it does not. */
function credentialReason(name, value) {
    if (value.trim() === '' || isReference(value))
        return undefined;
    if (AUTH_SCHEME.test(value))
        return 'an HTTP authentication scheme';
    if (CREDENTIAL_NAME.test(name))
        return 'a credential header name';
    if (KNOWN_PREFIX.test(value))
        return 'a known token format';
    if (looksRandom(value))
        return 'a long random-looking token';
    return undefined;
}


/***/ }),

/***/ 6661:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  D: () => (/* binding */ builtinRules)
});

// UNUSED EXPORTS: ruleById

;// CONCATENATED MODULE: ./src/rules/parse-error.ts
const parseError = {
    kind: 'stage',
    meta: {
        id: 'parse-error',
        description: 'The file could not be read as a manifest: not valid JSON or YAML, empty, not UTF-8, too large or too deep.',
        defaultSeverity: 'error',
        help: 'A manifest that does not parse cannot be installed. The finding points at the first fault. Limits: 1 MiB, 64 levels of nesting, 100 YAML alias expansions; a manifest is one UTF-8 JSON or YAML document of plain data.',
    },
};

;// CONCATENATED MODULE: ./src/rules/duplicate-key.ts
const duplicateKey = {
    kind: 'stage',
    meta: {
        id: 'duplicate-key',
        description: 'A key appears twice in one object; parsers silently keep only the last value.',
        defaultSeverity: 'error',
        help: 'JSON.parse and most YAML loaders keep the last of two equal keys without a word (RFC 8259 §4: names SHOULD be unique), so the value a reviewer reads first may not be the one LivePerson installs.',
    },
};

;// CONCATENATED MODULE: ./src/rules/schema.ts
const schema = {
    kind: 'stage',
    meta: {
        id: 'schema',
        description: 'The manifest violates the Conversational Cloud application manifest schema.',
        defaultSeverity: 'error',
        fixable: true,
        help: "Every property, type, length limit and allowed value of LivePerson's manifest schema (schemas/manifest.schema.json). The finding names the JSON Schema keyword that failed; unknown properties come with the nearest known name.",
    },
};

// EXTERNAL MODULE: ./src/rules/manifestFields.ts
var manifestFields = __nccwpck_require__(9367);
// EXTERNAL MODULE: ./src/core/quoted.ts
var quoted = __nccwpck_require__(891);
;// CONCATENATED MODULE: ./src/rules/consumer-identity-auth.ts


const POINTER = '/capabilities/engagement/consumer_identity';
const consumerIdentityAuth = {
    kind: 'manifest',
    meta: {
        id: 'consumer-identity-auth',
        description: 'capabilities.engagement.consumer_identity must be ["auth"].',
        defaultSeverity: 'error',
        hasSuggestions: true,
        help: 'LivePerson\'s manifest schema says of `consumer_identity`: "The value has to be set to auth." An engagement that admits unauthenticated consumers is refused at installation.',
    },
    check(manifest) {
        const capabilities = manifest.value.capabilities;
        if (!(0,manifestFields/* isRecord */.u4)(capabilities) || !(0,manifestFields/* isRecord */.u4)(capabilities.engagement))
            return [];
        const identity = capabilities.engagement.consumer_identity;
        if (!Array.isArray(identity))
            return [];
        const problems = [];
        identity.forEach((item, index) => {
            if (item !== 'auth') {
                problems.push({
                    pointer: `${POINTER}/${index}`,
                    message: `consumer_identity must be ["auth"]; ${(0,quoted/* quoted */.TL)(item)} is not allowed`,
                });
            }
        });
        if (problems.length === 0 && identity.length === 0) {
            problems.push({ pointer: POINTER, message: 'consumer_identity must be ["auth"], not empty' });
        }
        // Admitting only authenticated consumers changes who can use the engagement: offered, never applied.
        const suggestions = [
            {
                description: 'Set consumer_identity to ["auth"]',
                patches: [{ op: 'replace', pointer: POINTER, value: ['auth'] }],
            },
        ];
        for (const problem of problems)
            problem.suggestions = suggestions;
        return problems;
    },
};

;// CONCATENATED MODULE: ./src/rules/redirect-uri-https.ts


/** RFC 8252 §7.3: loopback redirects for native apps use http with an IP literal (or localhost) and any port. */
const LOOPBACK = /^http:\/\/(127\.0\.0\.1|\[::1\]|localhost)(:\d{1,5})?([/?]|$)/i;
const redirectUriHttps = {
    kind: 'manifest',
    meta: {
        id: 'redirect-uri-https',
        description: 'Each redirect URI must use https.',
        defaultSeverity: 'error',
        security: { severity: 7.4 },
        strictSeverity: 'error',
        optionsSchema: {
            type: 'object',
            properties: {
                allowLoopback: {
                    type: 'boolean',
                    description: 'Admit http://127.0.0.1, http://[::1] and http://localhost (RFC 8252 §7.3).',
                },
            },
            additionalProperties: false,
        },
        defaultOptions: { allowLoopback: false },
        strictOptions: { allowLoopback: false },
        hasSuggestions: true,
        help: 'An authorization code sent to a plain-http redirect URI can be read and replayed by anyone on the path (RFC 6749 §3.1.2.1 requires TLS for redirect endpoints that receive codes or tokens; RFC 9700 §4.1). With `allowLoopback`, loopback redirects of native apps are admitted as RFC 8252 §7.3 describes.',
    },
    check(manifest, options) {
        return (0,manifestFields/* stringItems */.QN)(manifest, 'redirect_uris', (value) => (0,manifestFields/* schemeOf */.dz)(value) !== 'https' && !(options.allowLoopback && LOOPBACK.test(value.trim()))).map(({ pointer, value }) => {
            const scheme = (0,manifestFields/* schemeOf */.dz)(value);
            const problem = {
                pointer,
                message: scheme
                    ? `redirect URI uses ${(0,quoted/* marked */.xI)(scheme + ':')}, not https:`
                    : 'redirect URI is not an absolute https URI',
            };
            const suggestions = (0,manifestFields/* httpsSuggestion */.UY)(pointer, value);
            if (suggestions)
                problem.suggestions = suggestions;
            return problem;
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/redirect-uri-fragment.ts

const redirectUriFragment = {
    kind: 'manifest',
    meta: {
        id: 'redirect-uri-fragment',
        description: 'A redirect URI must not contain a fragment (#).',
        defaultSeverity: 'error',
        security: { severity: 4.3 },
        help: 'RFC 6749 §3.1.2: "The endpoint URI MUST NOT include a fragment component."',
    },
    check(manifest) {
        return (0,manifestFields/* stringItems */.QN)(manifest, 'redirect_uris', (value) => value.includes('#')).map(({ pointer }) => ({
            pointer,
            message: 'redirect URI contains a fragment ("#"); RFC 6749 §3.1.2 forbids it',
        }));
    },
};

;// CONCATENATED MODULE: ./src/rules/redirect-uri-wildcard.ts

const redirectUriWildcard = {
    kind: 'manifest',
    meta: {
        id: 'redirect-uri-wildcard',
        description: 'A redirect URI must not contain a wildcard (*).',
        defaultSeverity: 'error',
        security: { severity: 7.4 },
        help: 'RFC 9700 §4.1.3: authorization servers must compare redirect URIs by exact string matching; a pattern lets an attacker-chosen URI receive authorization codes (§4.1.1).',
    },
    check(manifest) {
        return (0,manifestFields/* stringItems */.QN)(manifest, 'redirect_uris', (value) => value.includes('*')).map(({ pointer }) => ({
            pointer,
            message: 'redirect URI contains a wildcard ("*"); redirect URIs are matched exactly (RFC 9700 §4.1.3)',
        }));
    },
};

;// CONCATENATED MODULE: ./src/rules/uri-https.ts


const uriHttps = {
    kind: 'manifest',
    meta: {
        id: 'uri-https',
        description: 'logo_uri and entry_uri must use https.',
        defaultSeverity: 'error',
        security: { severity: 5.3 },
        hasSuggestions: true,
        help: 'The entry URI starts the SSO flow and the logo is shown inside the https Conversational Cloud console: over plain http the first can be hijacked and the second is blocked as mixed content.',
    },
    check(manifest) {
        const problems = [];
        for (const property of ['logo_uri', 'entry_uri']) {
            const field = (0,manifestFields/* stringField */.OM)(manifest, property);
            if (!field)
                continue;
            const scheme = (0,manifestFields/* schemeOf */.dz)(field.value);
            if (scheme === 'https')
                continue;
            const problem = {
                pointer: field.pointer,
                message: scheme
                    ? `${property} uses ${(0,quoted/* marked */.xI)(scheme + ':')}, not https:`
                    : `${property} is not an absolute https URI`,
            };
            const suggestions = (0,manifestFields/* httpsSuggestion */.UY)(field.pointer, field.value);
            if (suggestions)
                problem.suggestions = suggestions;
            problems.push(problem);
        }
        return problems;
    },
};

// EXTERNAL MODULE: ./src/core/uriAuthority.ts
var uriAuthority = __nccwpck_require__(1036);
;// CONCATENATED MODULE: ./src/rules/uri-credentials.ts


/** What a userinfo holds, in words: `user:password`, `user`, `:password` (RFC 3986 §3.2.1). */
function holdings(userinfo) {
    const colon = userinfo.indexOf(':');
    if (colon === -1)
        return { user: userinfo !== '', password: false };
    return { user: colon > 0, password: colon < userinfo.length - 1 };
}
const uriCredentials = {
    kind: 'manifest',
    meta: {
        id: 'uri-credentials',
        description: 'No URI holds a user name or password (https://user:pass@host/).',
        defaultSeverity: 'error',
        security: { severity: 8.0 },
        help: 'RFC 3986 §3.2.1 deprecates `user:password` in a URI: whoever reads the manifest, its history, the logs of every server and proxy the URI passes and the Conversational Cloud console that shows it reads the credential. A webhook authenticates with a header (and its value kept out of the repository), a redirect or entry URI never needs one. Remove the credential and rotate it; the value is never printed by this tool.',
    },
    check(manifest) {
        // Every string, not only the URI fields: a credential in a description or an unknown property is as exposed.
        const problems = [];
        for (const { pointer, value } of (0,manifestFields/* allStrings */.ut)(manifest, (text) => (0,uriAuthority/* uriUserinfos */.R)(text).length > 0)) {
            let user = false;
            let password = false;
            for (const userinfo of (0,uriAuthority/* uriUserinfos */.R)(value)) {
                const held = holdings(userinfo);
                user ||= held.user;
                password ||= held.password;
            }
            if (!user && !password)
                continue; // `https://:@host/` is odd, but holds nothing
            const what = user && password ? 'a user name and a password' : password ? 'a password' : 'a user name';
            const place = (0,manifestFields/* uriPlaceOf */.Rg)(pointer);
            problems.push({
                pointer,
                message: `${place === 'the value' ? 'a URI in the value' : place} holds ${what} in its userinfo (before the host); remove it and rotate the credential (the value is not shown)`,
            });
        }
        return problems;
    },
};

// EXTERNAL MODULE: ./src/core/addressPolicy.ts
var addressPolicy = __nccwpck_require__(1481);
;// CONCATENATED MODULE: ./src/rules/placeholderHosts.ts

/**
 * Hosts written to be replaced. LivePerson's manifest documentation writes `https://your/webhooks/endpoint` and
 * `https://your/appentry`; people who follow it write `your-domain.com`, `yourapp.example.com` or `your.server`,
 * and `changeme`, `placeholder` or `xxx` in a label. One definition for placeholder-host, which reports them, and
 * uri-public-host, which leaves them to it.
 */
const PLACEHOLDER_LABEL = /^(?:your(?:[-_]?(?:own|app|apps|application|company|domain|host|hostname|server|service|site|website|api|endpoint|webhooks?|url|tenant|org|organi[sz]ation|name|subdomain|backend|callback|connector|bot))*|placeholder|change[-_]?me|replace[-_]?me|x{3,})$/i;
/** Whether a host (as written, any case, a trailing dot or not) is a placeholder: one of its labels is. */
function isPlaceholderHost(host) {
    return MAY_HOLD_PLACEHOLDER_HOST.test(host) && host.split('.').some((label) => PLACEHOLDER_LABEL.test(label));
}
/** A cheap test a string must pass to hold a placeholder host: every placeholder label holds one of these. */
const MAY_HOLD_PLACEHOLDER_HOST = /your|placeholder|change.?me|replace.?me|xxx/i;
/**
 * The documentation's sample logo (a 64×64 icon of a stock icon site): left in, the application shows someone else's
 * icon, and logo-dimensions only finds out when it may go online.
 */
const DOCUMENTATION_LOGO = 'https://img.icons8.com/cotton/64/000000/domain.png';
/** The host of every URI in a text, as written: without userinfo and port, up to a backslash (a `/` in an https URI). */
function hostsIn(text) {
    if (!text.includes('://'))
        return [];
    return (0,uriAuthority/* uriAuthorities */.u)(text).map(({ hostPort }) => {
        if (hostPort.startsWith('[')) {
            const close = hostPort.indexOf(']');
            return close === -1 ? hostPort : hostPort.slice(0, close + 1);
        }
        const end = hostPort.search(/[:\\]/);
        return end === -1 ? hostPort : hostPort.slice(0, end);
    });
}

;// CONCATENATED MODULE: ./src/rules/uri-public-host.ts




/** The loopback hosts redirect-uri-https's `allowLoopback` admits (RFC 8252 §7.3), as the URL parser writes them. */
const LOOPBACK_REDIRECT_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);
/**
 * Names that public DNS never resolves to a public address, by their last label: loopback (RFC 6761 §6.3), multicast
 * DNS on the local link (RFC 6762), the private-use `.internal` (ICANN, 2024) and the top-level names RFC 6762
 * Appendix G finds in private use; and home networks, `home.arpa` (RFC 8375).
 */
const NON_PUBLIC_TOP_LABELS = new Map([
    ['localhost', 'a loopback name'],
    ['local', 'a link-local (multicast DNS) name'],
    ['internal', 'a private-use name'],
    ...['intranet', 'private', 'corp', 'home', 'lan'].map((label) => [label, 'a private-use name']),
]);
/**
 * Whether the URL parser could read a host differently from how it is written: a number as the last label (WHATWG
 * reads `127.1`, `0x7f.1` and `2130706433` as IPv4), an IPv6 literal, a percent escape or a character outside
 * printable ASCII (`%6cocalhost` and full-width letters are `localhost`). Any other host is judged as written, without
 * the parser; a last label that only ends in a digit (`a.b1`) is read by the parser too, which costs time, not truth.
 */
function readByParser(host) {
    let last = host.length - 1;
    if (host.charCodeAt(last) === 0x2e)
        last--;
    const end = host.charCodeAt(last);
    if (end >= 0x30 && end <= 0x39)
        return true;
    const label = host.lastIndexOf('.', last) + 1;
    if (host.charCodeAt(label) === 0x30 && (host.charCodeAt(label + 1) | 0x20) === 0x78)
        return true;
    for (let i = 0; i < host.length; i++) {
        const c = host.charCodeAt(i);
        if (c < 0x21 || c > 0x7e || c === 0x25 || c === 0x5b)
            return true;
    }
    return false;
}
/**
 * The host of `https://[userinfo@]host[:port][/?#…]` as written, or undefined when the URI is written otherwise
 * (spaces, upper case, no `//`): the parser reads those. Scanned by hand, as every URI of every manifest passes here.
 */
function writtenHost(uri) {
    if (!uri.startsWith('https://'))
        return undefined;
    let end = uri.length;
    for (let i = 8; i < uri.length; i++) {
        const c = uri.charCodeAt(i);
        // `/ ? #` end the authority (RFC 3986 §3.2), and `\` too in the URL parser's reading of an https URI.
        if (c === 0x2f || c === 0x3f || c === 0x23 || c === 0x5c) {
            end = i;
            break;
        }
    }
    // The userinfo runs to the last `@` of the authority.
    const start = Math.max(8, uri.lastIndexOf('@', end - 1) + 1);
    if (uri.charCodeAt(start) === 0x5b) {
        const close = uri.indexOf(']', start);
        return close === -1 || close >= end ? undefined : uri.slice(start, close + 1);
    }
    const colon = uri.indexOf(':', start);
    return uri.slice(start, colon === -1 || colon > end ? end : colon);
}
/** An IP address as the URL parser writes one: four decimal numbers, or in brackets. */
const ADDRESS_AS_PARSED = /^(?:\[[0-9a-f:.]*\]|\d+\.\d+\.\d+\.\d+)$/i;
/** Why a host is not public, or undefined when it may be. */
function nonPublicReason(host) {
    // Asking ipaddr.js about every name would cost a thrown exception each.
    if (ADDRESS_AS_PARSED.test(host) && (0,addressPolicy/* isIpLiteral */.t)(host))
        return (0,addressPolicy/* nonPublicRangeOf */.j)(host);
    const name = host.endsWith('.') ? host.slice(0, -1) : host;
    const dot = name.lastIndexOf('.');
    const top = NON_PUBLIC_TOP_LABELS.get(name.slice(dot + 1));
    if (top)
        return top;
    if (dot === -1)
        return 'a single-label name public DNS does not resolve';
    return name.endsWith('.home.arpa') ? 'a home-network name' : undefined;
}
/** The host of an https URI as the URL parser reads it (lower case, IPv4 normalized), or undefined when it cannot. */
function hostOf(uri) {
    const written = writtenHost(uri);
    if (written !== undefined && written !== '' && !readByParser(written))
        return written.toLowerCase();
    try {
        return new URL(uri.trim()).hostname;
    }
    catch {
        return undefined; // not a URL: the schema and the scheme rules say so
    }
}
/** Template and placeholder hosts are unresolved-placeholder's and placeholder-host's findings, not this rule's. */
const TEMPLATE = /[{}$<>]/;
const uriPublicHost = {
    kind: 'manifest',
    meta: {
        id: 'uri-public-host',
        description: 'https redirect, entry, logo and webhook URIs name a public host: not localhost, *.local or a private, loopback or link-local address.',
        defaultSeverity: 'warning',
        strictSeverity: 'error',
        strictOptions: { allowLoopback: false },
        // Medium: a webhook on an internal address asks LivePerson's cloud to call into a private network (SSRF-shaped),
        // and a code redirected to a host only one machine reaches goes to whatever listens there.
        security: { severity: 4.3 },
        optionsSchema: {
            type: 'object',
            properties: {
                allowLoopback: {
                    type: 'boolean',
                    description: "Admit redirect URIs on 127.0.0.1, [::1] and localhost, as redirect-uri-https's allowLoopback does (RFC 8252 §7.3).",
                },
            },
            additionalProperties: false,
        },
        defaultOptions: { allowLoopback: false },
        help: "LivePerson's servers call the webhook endpoints and redirect agents' and consumers' browsers to the redirect and entry URIs; the console shows the logo to every agent. A host that is only reachable on one machine or network (localhost, a `.local` name, a private, loopback or link-local address) works on the developer's desk and nowhere else, and a webhook on an internal address asks a cloud service to call into a private network. Native apps' loopback redirects are admitted with `allowLoopback`, the option redirect-uri-https has for them. Names are judged without resolving them; the scheme of a URI is redirect-uri-https's and uri-https's matter.",
    },
    check(manifest, options) {
        /** The host and why it is not public, when this rule reports the URI. */
        const judge = (value, place) => {
            if (!value.startsWith('https://') && (0,manifestFields/* schemeOf */.dz)(value) !== 'https')
                return undefined;
            const host = hostOf(value);
            if (host === undefined || host === '')
                return undefined;
            const reason = nonPublicReason(host);
            // Most hosts are public: what is left out is looked for only in the rest.
            if (reason === undefined || TEMPLATE.test(host) || isPlaceholderHost(host))
                return undefined;
            if (options.allowLoopback && place === 'redirect URI' && LOOPBACK_REDIRECT_HOSTS.has(host.replace(/\.$/, '')))
                return undefined;
            return { host, reason };
        };
        // Most URIs are public: the few that are not are judged twice, and only they get a pointer.
        return (0,manifestFields/* manifestUris */.pr)(manifest, (value, place) => judge(value, place) !== undefined).map(({ pointer, value, place }) => {
            const { host, reason } = judge(value, place);
            const subject = place === 'redirect URI' || place === 'webhook endpoint' ? `the ${place}` : place;
            return {
                pointer,
                message: `${subject} names ${(0,quoted/* quoted */.TL)(host)}, ${reason}: it cannot be reached from LivePerson's cloud or other networks`,
            };
        });
    },
};

// EXTERNAL MODULE: ./src/core/credentialPlaces.ts
var credentialPlaces = __nccwpck_require__(9610);
;// CONCATENATED MODULE: ./src/rules/unresolved-placeholder.ts



/**
 * Template placeholders left in a value: `{YOUR_APPLICATION_DOMAIN}` (LivePerson's own examples), `{{ name }}`
 * (Mustache, Jinja), `${NAME}` / `${{ secrets.X }}` (shell, GitHub expressions), `<YOUR_DOMAIN>`.
 */
const PLACEHOLDER = /\$\{\{[^{}]*\}\}|\$\{[^{}\s]+\}|\{\{[^{}]+\}\}|\{\s*[A-Za-z_][\w.-]*\s*\}|<[A-Z][A-Z0-9_-]*>/g;
const unresolvedPlaceholder = {
    kind: 'manifest',
    meta: {
        id: 'unresolved-placeholder',
        description: 'A value still holds a template placeholder such as {YOUR_APPLICATION_DOMAIN}.',
        defaultSeverity: 'error',
        help: "LivePerson's example manifests hold placeholders like `{YOUR_APPLICATION_DOMAIN}` and `{CALLBACK_PATH}` to be replaced before installation. A manifest installed with one keeps it: redirects and launches go nowhere.",
    },
    check(manifest) {
        // Every placeholder form holds `{` or `<`: strings without either are passed over without the expression.
        const candidates = (0,manifestFields/* allStrings */.ut)(manifest, (value) => value.includes('{') || value.includes('<'));
        return candidates.flatMap(({ pointer, value }) => {
            const found = [...new Set(value.match(PLACEHOLDER) ?? [])];
            if (found.length === 0)
                return [];
            // A credential (a header, a client_secret) is not quoted, not even its placeholder: `sk_{…}` is half a secret.
            if ((0,credentialPlaces/* isCredentialPlace */.jm)(pointer)) {
                return [{ pointer, message: 'a credential holds an unresolved template placeholder (the value is not shown)' }];
            }
            const names = found.map((p) => (0,quoted/* quoted */.TL)(p)).join(', ');
            return [{ pointer, message: `unresolved template placeholder${found.length > 1 ? 's' : ''} ${names}` }];
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/placeholder-host.ts




const placeholderHost = {
    kind: 'manifest',
    meta: {
        id: 'placeholder-host',
        description: 'A URI still names a placeholder host of the documentation (https://your/webhooks/endpoint) or its sample logo.',
        defaultSeverity: 'error',
        help: "LivePerson's manifest documentation writes `https://your/webhooks/endpoint` and `https://your/appentry` for the application's own endpoints, and an icons8 icon as the logo. Installed as they are, notifications go nowhere, the quick-launch entry opens nothing and the console shows someone else's icon. Template placeholders such as `{YOUR_APPLICATION_DOMAIN}` are unresolved-placeholder's.",
    },
    check(manifest) {
        const problems = [];
        const candidates = (0,manifestFields/* allStrings */.ut)(manifest, (value) => value.includes('://') && (MAY_HOLD_PLACEHOLDER_HOST.test(value) || value.includes('icons8')));
        for (const { pointer, value } of candidates) {
            const hosts = [...new Set(hostsIn(value).filter(isPlaceholderHost))];
            const sampleLogo = value.trim().toLowerCase() === DOCUMENTATION_LOGO;
            if (hosts.length === 0 && !sampleLogo)
                continue;
            const place = (0,manifestFields/* uriPlaceOf */.Rg)(pointer);
            if ((0,credentialPlaces/* isCredentialPlace */.jm)(pointer)) {
                problems.push({ pointer, message: 'a credential names a placeholder host (the value is not shown)' });
            }
            else if (sampleLogo) {
                problems.push({
                    pointer,
                    message: `${place} is the documentation's sample logo, not the application's; put the URI of its own 70×70 logo`,
                });
            }
            else {
                const names = hosts.map((host) => (0,quoted/* quoted */.TL)(host)).join(', ');
                problems.push({
                    pointer,
                    message: `${place} names the placeholder host${hosts.length > 1 ? 's' : ''} ${names}; put the application's own host`,
                });
            }
        }
        return problems;
    },
};

;// CONCATENATED MODULE: ./src/rules/no-implicit-grant.ts


const IMPLICIT = new Set(['token', 'id_token token']);
const noImplicitGrant = {
    kind: 'manifest',
    meta: {
        id: 'no-implicit-grant',
        description: 'response_types should not include token or "id_token token" (the implicit grant).',
        defaultSeverity: 'warning',
        strictSeverity: 'error',
        help: 'RFC 9700 §2.1.2: clients SHOULD NOT use the implicit grant (response type `token`) or other response types that issue access tokens in the authorization response; use `code` with PKCE.',
    },
    check(manifest) {
        return (0,manifestFields/* stringItems */.QN)(manifest, 'response_types', (value) => IMPLICIT.has(value)).map(({ pointer, value }) => ({
            pointer,
            message: `response type ${(0,quoted/* quoted */.TL)(value)} issues an access token in the redirect (implicit grant); use "code" (RFC 9700 §2.1.2)`,
        }));
    },
};

;// CONCATENATED MODULE: ./src/rules/grant-consistency.ts

const grantConsistency = {
    kind: 'manifest',
    meta: {
        id: 'grant-consistency',
        description: 'grant_types agree with redirect_uris and response_types.',
        defaultSeverity: 'error',
        help: 'RFC 7591 §2.1: grant_types and response_types must be consistent. The authorization_code grant needs a redirect URI to send the code to (RFC 6749 §3.1.2) and the response type `code` (§4.1.1); a refresh token is only issued with an authorization grant, not with client_credentials (§4.4.3).',
    },
    check(manifest) {
        if (!Array.isArray(manifest.value.grant_types))
            return [];
        const grants = new Set((0,manifestFields/* stringValues */.Qy)(manifest, 'grant_types'));
        const responses = new Set((0,manifestFields/* stringValues */.Qy)(manifest, 'response_types'));
        const redirects = (0,manifestFields/* stringValues */.Qy)(manifest, 'redirect_uris');
        const problems = [];
        const pointer = '/grant_types';
        if (grants.has('authorization_code')) {
            if (redirects.length === 0)
                problems.push({
                    pointer,
                    message: 'grant type "authorization_code" needs at least one redirect URI in redirect_uris',
                });
            if (!responses.has('code'))
                problems.push({
                    pointer,
                    message: 'grant type "authorization_code" needs response type "code" in response_types',
                });
        }
        if (grants.has('refresh_token') && !grants.has('authorization_code')) {
            problems.push({
                pointer,
                message: 'grant type "refresh_token" needs grant type "authorization_code" (no refresh token is issued without it)',
            });
        }
        return problems;
    },
};

;// CONCATENATED MODULE: ./src/rules/quick-launch-entry-uri.ts
const quickLaunchEntryUri = {
    kind: 'manifest',
    meta: {
        id: 'quick-launch-entry-uri',
        description: 'quick_launch_enabled: true needs an entry_uri.',
        defaultSeverity: 'error',
        help: 'The quick-launch menu launches the application at `entry_uri` ("The application launch URI (Start the SSO flow)"); without one the menu entry leads nowhere.',
    },
    check(manifest) {
        const { quick_launch_enabled: quickLaunch, entry_uri: entryUri } = manifest.value;
        if (quickLaunch !== true)
            return [];
        if (typeof entryUri === 'string' && entryUri.trim() !== '')
            return [];
        return [
            { pointer: '/quick_launch_enabled', message: 'quick_launch_enabled is true but there is no entry_uri to launch' },
        ];
    },
};

// EXTERNAL MODULE: ./src/core/pointer.ts
var core_pointer = __nccwpck_require__(3950);
// EXTERNAL MODULE: ./src/core/nearestName.ts
var nearestName = __nccwpck_require__(9042);
;// CONCATENATED MODULE: ./src/rules/webhook-event-name.ts




const KNOWN = new Set(manifestFields/* WEBHOOK_EVENTS */.EQ);
const BY_LOWER = new Map(manifestFields/* WEBHOOK_EVENTS */.EQ.map((event) => [event.toLowerCase(), event]));
/** The schema table's name for the event LivePerson's example (and the service) call cqm.ExConversationChangeNotification. */
const TABLE_NAME = 'ms.messagingeventnotification.exconversationchangenotification';
/**
 * The one name `name` can only have meant: a known event in other letter case, or the schema table's name of the
 * conversation event (SPEC §2). Anything else is a guess, offered as a suggestion.
 */
function certainEvent(name) {
    const lower = name.toLowerCase();
    return lower === TABLE_NAME ? 'cqm.ExConversationChangeNotification' : BY_LOWER.get(lower);
}
/** The event's own name is its last dotted segment; typos in the prefix are matched on it first. */
function suggestEvent(name) {
    const last = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
    const bySegment = manifestFields/* WEBHOOK_EVENTS */.EQ.find((event) => event.slice(event.lastIndexOf('.') + 1).toLowerCase() === last);
    return bySegment ?? (0,nearestName/* nearestName */.q)(name, manifestFields/* WEBHOOK_EVENTS */.EQ);
}
const webhookEventName = {
    kind: 'manifest',
    meta: {
        id: 'webhook-event-name',
        description: 'Each key under capabilities.webhooks is a known event name.',
        defaultSeverity: 'error',
        fixable: true,
        hasSuggestions: true,
        help: "UMS sends notifications only for the events it knows: `ms.MessagingEventNotification.ContentEvent`, `.RichContentEvent`, `.AcceptStatusEvent`, `.ChatStateEvent` and `cqm.ExConversationChangeNotification` (the name LivePerson's official example uses; the schema table's `ms.MessagingEventNotification.ExConversationChangeNotification` is not it). A webhook under any other key never fires.",
    },
    check(manifest) {
        const webhooks = (0,manifestFields/* webhooksOf */.o0)(manifest);
        if (!webhooks)
            return [];
        return Object.keys(webhooks)
            .filter((name) => !KNOWN.has(name))
            .map((name) => {
            const certain = certainEvent(name);
            const suggestion = certain ?? suggestEvent(name);
            const pointer = (0,core_pointer/* childPointer */.Y2)('/capabilities/webhooks', name);
            const problem = {
                pointer,
                target: 'key',
                message: `unknown webhook event ${(0,quoted/* quoted */.TL)(name)}${suggestion ? `; did you mean "${suggestion}"?` : `; known events: ${manifestFields/* WEBHOOK_EVENTS */.EQ.join(', ')}`}`,
            };
            // A rename onto an event already there would merge two webhooks: neither fixed nor offered.
            if (!suggestion || Object.prototype.hasOwnProperty.call(webhooks, suggestion))
                return problem;
            const rename = [{ op: 'rename', pointer, key: suggestion }];
            if (certain)
                problem.fix = rename;
            else
                problem.suggestions = [{ description: `Rename the event to ${suggestion}`, patches: rename }];
            return problem;
        });
    },
};

// EXTERNAL MODULE: ./src/rules/credentialValue.ts
var credentialValue = __nccwpck_require__(4953);
;// CONCATENATED MODULE: ./src/rules/webhook-header-secret.ts


const webhookHeaderSecret = {
    kind: 'manifest',
    meta: {
        id: 'webhook-header-secret',
        description: 'A webhook header value looks like a credential committed to the repository.',
        defaultSeverity: 'warning',
        security: { severity: 8.0 },
        strictSeverity: 'error',
        help: 'Webhook headers are often used to authenticate UMS to your endpoint. A credential committed in a manifest is readable by everyone with access to the repository and its history, and lives on after rotation elsewhere. Keep the value out of the file (inject it at installation) and rotate it. The value is never printed by this tool.',
    },
    check(manifest) {
        return (0,manifestFields/* webhookHeaders */.Gw)(manifest).flatMap((header) => {
            const reason = (0,credentialValue/* credentialReason */.Yx)(header.name, header.value);
            if (!reason)
                return [];
            // Nothing under `headers` is quoted, not even the name (it may be a credential written in the wrong place).
            return [
                {
                    pointer: (0,manifestFields/* headerValuePointer */.wU)(header),
                    message: `webhook header ${header.index + 1} has a value that looks like a credential (${reason}); keep secrets out of the repository (the value is not shown)`,
                },
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/scope-supported.ts


const scopeSupported = {
    kind: 'manifest',
    meta: {
        id: 'scope-supported',
        description: 'Each space-separated scope token is in the allowed list.',
        defaultSeverity: 'error',
        optionsSchema: {
            type: 'object',
            properties: {
                allowed: {
                    type: 'array',
                    items: { type: 'string', pattern: '^[\\x21\\x23-\\x5B\\x5D-\\x7E]+$' },
                    uniqueItems: true,
                    description: 'Scope tokens the policy allows (RFC 6749 §3.3 scope-token syntax).',
                },
            },
            additionalProperties: false,
        },
        defaultOptions: { allowed: ['msg.consumer'] },
        help: "LivePerson's manifest schema lists `msg.consumer` as the supported scope. LivePerson also issues scopes such as `faas.lambda.invoke` and `ihub.tpb.customendpoint`; a policy that needs them lists them in the option `allowed`. `scope` is a space-separated list (RFC 6749 §3.3).",
    },
    check(manifest, options) {
        const scope = manifest.value.scope;
        if (typeof scope !== 'string')
            return [];
        const allowed = options.allowed ?? [];
        if (scope.trim() === '')
            return [{ pointer: '/scope', message: 'scope is empty; leave it out or name at least one scope' }];
        const tokens = [...new Set(scope.split(' ').filter((t) => t !== ''))];
        const problems = tokens
            .filter((token) => !allowed.includes(token))
            .map((token) => {
            const suggestion = (0,nearestName/* nearestName */.q)(token, allowed);
            const hint = suggestion
                ? `; did you mean "${suggestion}"?`
                : `; allowed: ${allowed.map((a) => `"${a}"`).join(', ') || 'none'}`;
            return { pointer: '/scope', message: `scope ${(0,quoted/* quoted */.TL)(token)} is not allowed by the policy${hint}` };
        });
        if (/^ | $|  |[\t\n\r]/.test(scope)) {
            problems.push({ pointer: '/scope', message: 'scope tokens must be separated by single spaces (RFC 6749 §3.3)' });
        }
        return problems;
    },
};

;// CONCATENATED MODULE: ./src/rules/client-secret-committed.ts
const clientSecretCommitted = {
    kind: 'manifest',
    meta: {
        id: 'client-secret-committed',
        description: 'A client_secret is committed in the manifest.',
        defaultSeverity: 'error',
        security: { severity: 9.1 },
        help: 'LivePerson issues the client_secret when it installs the application; it authenticates the client (RFC 6749 §2.3.1) and must stay confidential (§10.1). A committed secret is exposed to everyone with access to the repository and its history: remove it and ask LivePerson to rotate it. The value is never printed by this tool.',
    },
    check(manifest) {
        if (!Object.prototype.hasOwnProperty.call(manifest.value, 'client_secret'))
            return [];
        return [
            {
                pointer: '/client_secret',
                target: 'key',
                message: 'client_secret must not be committed; remove it and have it rotated (the value is not shown)',
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/rules/client-name-format.ts

/** Reverse-DNS: a lowercase top-level label, then at least one more label (`com.example`, `com.liveperson.MyApp`). */
const REVERSE_DNS = /^[a-z][a-z0-9-]*(\.[A-Za-z0-9]([A-Za-z0-9_-]*[A-Za-z0-9])?)+$/;
const clientNameFormat = {
    kind: 'manifest',
    meta: {
        id: 'client-name-format',
        description: 'client_name is in reverse-DNS form (com.example.app).',
        defaultSeverity: 'warning',
        strictSeverity: 'error',
        help: 'LivePerson asks for a unique name "e.g. com.liveperson.applicationName". A reverse-DNS name under a domain you own cannot collide with another vendor\'s application.',
    },
    check(manifest) {
        const name = manifest.value.client_name;
        if (typeof name !== 'string' || name === '' || REVERSE_DNS.test(name))
            return [];
        return [
            {
                pointer: '/client_name',
                message: `client_name ${(0,quoted/* quoted */.TL)(name)} is not in reverse-DNS form (e.g. com.example.app)`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/rules/client-name-unique.ts

const clientNameUnique = {
    kind: 'project',
    reads: ['client_name'],
    meta: {
        id: 'client-name-unique',
        description: 'No two manifests of the repository share a client_name.',
        defaultSeverity: 'error',
        help: 'LivePerson requires "the unique name" of an application as its client_name; two manifests with one name install over each other.',
    },
    check(manifests) {
        const first = new Map();
        const problems = [];
        const ordered = [...manifests].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
        for (const manifest of ordered) {
            const name = manifest.value.client_name;
            if (typeof name !== 'string')
                continue;
            const earlier = first.get(name);
            if (earlier === undefined) {
                first.set(name, manifest.file);
            }
            else {
                problems.push({
                    file: manifest.file,
                    pointer: '/client_name',
                    message: `client_name ${(0,quoted/* quoted */.TL)(name)} is already used by ${earlier}`,
                    related: [{ file: earlier, pointer: '/client_name' }],
                });
            }
        }
        return problems;
    },
};

// EXTERNAL MODULE: ./src/rules/client-name-missing.ts
var client_name_missing = __nccwpck_require__(7095);
;// CONCATENATED MODULE: ./src/rules/server-assigned-field.ts
const ASSIGNED = ['id', 'client_id', 'client_id_issued_at', 'client_secret_expires_at', 'deleted'];
const serverAssignedField = {
    kind: 'manifest',
    meta: {
        id: 'server-assigned-field',
        description: 'The manifest holds a field LivePerson assigns at installation (id, client_id, …).',
        defaultSeverity: 'notice',
        help: 'LivePerson assigns `id`, `client_id`, `client_id_issued_at`, `client_secret_expires_at` and `deleted` when it installs an application (RFC 7591 §3.2.1). They are accepted, for manifests exported from an installed application, but what you send is not what is used.',
    },
    check(manifest) {
        return ASSIGNED.filter((field) => Object.prototype.hasOwnProperty.call(manifest.value, field)).map((field) => ({
            pointer: `/${field}`,
            target: 'key',
            message: `"${field}" is assigned by LivePerson at installation; the value here is ignored`,
        }));
    },
};

;// CONCATENATED MODULE: ./src/rules/logoProbes.ts
/** Every manifest with a string logo_uri and what the network said of it; the services fetch each URL once. */
async function probeLogos(manifests, network) {
    const withLogo = manifests.filter((m) => typeof m.value.logo_uri === 'string' && m.value.logo_uri.trim() !== '');
    return Promise.all(withLogo.map(async (manifest) => ({
        manifest,
        probe: await network.probeImage(manifest.value.logo_uri.trim()),
    })));
}

;// CONCATENATED MODULE: ./src/rules/logo-dimensions.ts

/** SVG lengths count as pixels only when unitless or in px; probe-image-size reports other units in wUnits/hUnits. */
function pixelUnits(units) {
    return units === undefined || units === '' || units === 'px';
}
const logoDimensions = {
    kind: 'network',
    reads: ['logo_uri'],
    meta: {
        id: 'logo-dimensions',
        description: 'The image at logo_uri is exactly 70×70 pixels.',
        defaultSeverity: 'error',
        optionsSchema: {
            type: 'object',
            properties: {
                width: { type: 'integer', minimum: 1, description: 'Required width in pixels.' },
                height: { type: 'integer', minimum: 1, description: 'Required height in pixels.' },
            },
            additionalProperties: false,
        },
        defaultOptions: { width: 70, height: 70 },
        help: 'LivePerson\'s manifest schema: "logo size is must be exactly 70x70 pixels". The image is fetched (https only, no private addresses, at most 1 MiB read) and its size read from its header. An SVG passes only with width and height of 70 in px (or unitless), or with neither and a viewBox of 70×70.',
    },
    async check(manifests, options, network) {
        const problems = [];
        for (const { manifest, probe } of await probeLogos(manifests, network)) {
            if (!probe.ok)
                continue;
            const { width, height } = options(manifest.file);
            const units = pixelUnits(probe.wUnits) && pixelUnits(probe.hUnits);
            if (units && probe.width === width && probe.height === height)
                continue;
            const size = units
                ? `${probe.width}×${probe.height} px`
                : `${probe.width}${probe.wUnits ?? ''}×${probe.height}${probe.hUnits ?? ''} (not pixels)`;
            problems.push({
                file: manifest.file,
                pointer: '/logo_uri',
                message: `logo is ${size} (${probe.type}); it must be ${width}×${height} px`,
            });
        }
        return problems;
    },
};

;// CONCATENATED MODULE: ./src/rules/logo-fetch.ts

const logoFetch = {
    kind: 'network',
    reads: ['logo_uri'],
    meta: {
        id: 'logo-fetch',
        description: 'The logo at logo_uri can be fetched and decoded as an image.',
        defaultSeverity: 'warning',
        strictSeverity: 'error',
        help: 'A logo LivePerson cannot fetch is not shown. The finding says what went wrong: the HTTP status, a timeout, a response that is not an image, a refused private address or too many redirects. Response bodies are never shown.',
    },
    async check(manifests, _options, network) {
        const problems = [];
        for (const { manifest, probe } of await probeLogos(manifests, network)) {
            if (probe.ok)
                continue;
            problems.push({
                file: manifest.file,
                pointer: '/logo_uri',
                message: `logo could not be checked: ${probe.reason}`,
            });
        }
        return problems;
    },
};

;// CONCATENATED MODULE: ./src/rules/invalid-suppression.ts
const invalidSuppression = {
    kind: 'stage',
    meta: {
        id: 'invalid-suppression',
        description: 'An inline suppression comment is malformed, names an unknown rule, or gives no reason.',
        defaultSeverity: 'error',
        help: 'A finding can be suppressed in a YAML manifest with a whole-line comment `# lp-app-manifest-check-disable-next-line <rule-id> -- <reason>` just above it. The reason is required so that a reviewer can judge it; a suppression without one suppresses nothing and is reported here.',
    },
};

;// CONCATENATED MODULE: ./src/rules/index.ts


























/** The built-in rules, in the order of SPEC §3. Adding a rule is adding a file and a line here. */
const builtinRules = [
    parseError,
    duplicateKey,
    schema,
    consumerIdentityAuth,
    redirectUriHttps,
    redirectUriFragment,
    redirectUriWildcard,
    uriHttps,
    uriCredentials,
    uriPublicHost,
    unresolvedPlaceholder,
    placeholderHost,
    noImplicitGrant,
    grantConsistency,
    quickLaunchEntryUri,
    webhookEventName,
    webhookHeaderSecret,
    scopeSupported,
    clientSecretCommitted,
    clientNameFormat,
    clientNameUnique,
    client_name_missing/* clientNameMissing */.$,
    serverAssignedField,
    logoDimensions,
    logoFetch,
    invalidSuppression,
];
const byId = new Map(builtinRules.map((rule) => [rule.meta.id, rule]));
function ruleById(id) {
    return byId.get(id);
}


/***/ }),

/***/ 9367:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EQ: () => (/* binding */ WEBHOOK_EVENTS),
/* harmony export */   Gw: () => (/* binding */ webhookHeaders),
/* harmony export */   OM: () => (/* binding */ stringField),
/* harmony export */   QN: () => (/* binding */ stringItems),
/* harmony export */   Qy: () => (/* binding */ stringValues),
/* harmony export */   Rg: () => (/* binding */ uriPlaceOf),
/* harmony export */   UY: () => (/* binding */ httpsSuggestion),
/* harmony export */   dz: () => (/* binding */ schemeOf),
/* harmony export */   o0: () => (/* binding */ webhooksOf),
/* harmony export */   pr: () => (/* binding */ manifestUris),
/* harmony export */   u4: () => (/* binding */ isRecord),
/* harmony export */   ut: () => (/* binding */ allStrings),
/* harmony export */   wU: () => (/* binding */ headerValuePointer)
/* harmony export */ });
/* harmony import */ var _core_keysOf_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3610);
/* harmony import */ var _core_pointer_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3950);


function isRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/**
 * String items of an array property that `wanted` accepts, with their pointers. Rules pass what they look for, so
 * only the items they report get an object and a pointer: four rules look at every redirect URI of every manifest.
 */
function stringItems(manifest, property, wanted = () => true) {
    const list = manifest.value[property];
    if (!Array.isArray(list))
        return [];
    const items = [];
    for (let index = 0; index < list.length; index++) {
        const item = list[index];
        if (typeof item === 'string' && wanted(item))
            items.push({ pointer: (0,_core_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .childPointer */ .Y2)((0,_core_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .childPointer */ .Y2)('', property), index), value: item });
    }
    return items;
}
/** The string items of an array property, without pointers. */
function stringValues(manifest, property) {
    const list = manifest.value[property];
    return Array.isArray(list) ? list.filter((item) => typeof item === 'string') : [];
}
/** A string property of the top level. */
function stringField(manifest, property) {
    const value = manifest.value[property];
    return typeof value === 'string' ? { pointer: (0,_core_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .childPointer */ .Y2)('', property), value } : undefined;
}
/** `capabilities.webhooks` as a record, when it is one. */
function webhooksOf(manifest) {
    const capabilities = manifest.value.capabilities;
    if (!isRecord(capabilities))
        return undefined;
    return isRecord(capabilities.webhooks) ? capabilities.webhooks : undefined;
}
/** The pointer of a header's value: built for the headers a rule reports, not for every one. */
function headerValuePointer(header) {
    return ((0,_core_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .childPointer */ .Y2)((0,_core_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .childPointer */ .Y2)((0,_core_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .childPointer */ .Y2)('/capabilities/webhooks', header.event), 'headers'), header.index) +
        '/header_value');
}
/** Every well-formed webhook header, under every event key (known or not). */
function webhookHeaders(manifest) {
    const webhooks = webhooksOf(manifest);
    if (!webhooks)
        return [];
    const headers = [];
    for (const [event, webhook] of Object.entries(webhooks)) {
        if (!isRecord(webhook) || !Array.isArray(webhook.headers))
            continue;
        webhook.headers.forEach((header, index) => {
            if (!isRecord(header) || typeof header.header_name !== 'string' || typeof header.header_value !== 'string')
                return;
            headers.push({ name: header.header_name, value: header.header_value, event, index });
        });
    }
    return headers;
}
/**
 * Walks `root` depth-first in document order, iteratively (a deep value cannot overflow the call stack) and forward
 * (no key list is reversed): one frame per open container, left where it descended and taken up after the child.
 */
function walkStrings(root, located) {
    const walk = {
        strings: [],
        located,
        owners: [],
        segments: [],
        containerOwners: [],
        containerSegments: [],
    };
    const { strings, owners, segments, containerOwners, containerSegments } = walk;
    const containers = [root];
    const keyLists = [Array.isArray(root) ? undefined : (0,_core_keysOf_js__WEBPACK_IMPORTED_MODULE_0__/* .keysOf */ .Y)(root)];
    const nexts = [0];
    const nodes = [0];
    if (located) {
        containerOwners.push(-1);
        containerSegments.push('');
    }
    let top = 0;
    frames: while (top >= 0) {
        const container = containers[top];
        const keys = keyLists[top];
        const length = keys === undefined ? container.length : keys.length;
        for (let next = nexts[top]; next < length;) {
            const segment = keys === undefined ? next : keys[next];
            const child = container[segment];
            next++;
            if (typeof child === 'string') {
                strings.push(child);
                if (located) {
                    owners.push(nodes[top]);
                    segments.push(segment);
                }
            }
            else if (child !== null && typeof child === 'object') {
                nexts[top] = next;
                if (located) {
                    nodes[top + 1] = containerOwners.length;
                    containerOwners.push(nodes[top]);
                    containerSegments.push(segment);
                }
                top++;
                containers[top] = child;
                keyLists[top] = Array.isArray(child) ? undefined : (0,_core_keysOf_js__WEBPACK_IMPORTED_MODULE_0__/* .keysOf */ .Y)(child);
                nexts[top] = 0;
                continue frames;
            }
        }
        top--;
    }
    return walk;
}
/** The pointer of the walk's string at `index`, from its key up through its containers (the root has none). */
function pointerOf(walk, index) {
    let pointer = '/' + (0,_core_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeSegment */ .pv)(walk.segments[index]);
    for (let node = walk.owners[index]; node > 0; node = walk.containerOwners[node])
        pointer = '/' + (0,_core_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeSegment */ .pv)(walk.containerSegments[node]) + pointer;
    return pointer;
}
/**
 * The last value walked, and its walk. The engine runs every rule on one manifest before the next, so one entry
 * serves them all; a walk kept for every manifest (a WeakMap) outlived the young generation and cost more in the
 * garbage collector than the walks it saved. Parsed values are never changed (fixes patch a copy,
 * core/valuePatch.ts), so a walk stays true while it is kept.
 */
let last;
/**
 * Every string value anywhere in the manifest (not keys) that `wanted` accepts, with its pointer, depth-first in
 * document order. The manifest is walked once for every caller, and once more for pointers when a string is kept.
 */
function allStrings(manifest, wanted = () => true) {
    if (last?.value !== manifest.value)
        last = { value: manifest.value, walk: walkStrings(manifest.value, false) };
    const current = last;
    const found = [];
    const { strings } = current.walk;
    for (let index = 0; index < strings.length; index++) {
        const value = strings[index];
        if (!wanted(value))
            continue;
        if (!current.walk.located)
            current.walk = walkStrings(current.value, true);
        found.push({ pointer: pointerOf(current.walk, index), value });
    }
    return found;
}
/**
 * Every URI LivePerson calls or shows that `wanted` accepts: the redirect URIs, `entry_uri`, `logo_uri` and each
 * webhook's `endpoint` (under every event key, known or not). Objects and pointers are built only for the URIs kept.
 */
function manifestUris(manifest, wanted = () => true) {
    const uris = [];
    const redirects = manifest.value.redirect_uris;
    if (Array.isArray(redirects)) {
        for (let index = 0; index < redirects.length; index++) {
            const value = redirects[index];
            if (typeof value === 'string' && wanted(value, 'redirect URI'))
                uris.push({ pointer: (0,_core_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .childPointer */ .Y2)('/redirect_uris', index), value, place: 'redirect URI' });
        }
    }
    for (const place of ['entry_uri', 'logo_uri']) {
        const value = manifest.value[place];
        if (typeof value === 'string' && wanted(value, place))
            uris.push({ pointer: (0,_core_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .childPointer */ .Y2)('', place), value, place });
    }
    const webhooks = webhooksOf(manifest);
    if (webhooks) {
        for (const event of Object.keys(webhooks)) {
            const webhook = webhooks[event];
            if (!isRecord(webhook) || typeof webhook.endpoint !== 'string' || !wanted(webhook.endpoint, 'webhook endpoint'))
                continue;
            const pointer = (0,_core_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .childPointer */ .Y2)((0,_core_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .childPointer */ .Y2)('/capabilities/webhooks', event), 'endpoint');
            uris.push({ pointer, value: webhook.endpoint, place: 'webhook endpoint' });
        }
    }
    return uris;
}
/** What the value at a pointer is for, in a message: a URI place of manifestUris, else `the value`. */
function uriPlaceOf(pointer) {
    if (/^\/redirect_uris\/\d+$/.test(pointer))
        return 'the redirect URI';
    if (pointer === '/entry_uri' || pointer === '/logo_uri')
        return pointer.slice(1);
    if (/^\/capabilities\/webhooks\/[^/]+\/endpoint$/.test(pointer))
        return 'the webhook endpoint';
    return 'the value';
}
/** The scheme of a URI, lower-cased, decided without `new URL` (placeholders like `{DOMAIN}` make it throw). */
function schemeOf(uri) {
    const match = /^\s*([A-Za-z][A-Za-z0-9+.-]*):/.exec(uri);
    return match ? match[1].toLowerCase() : undefined;
}
const WEBHOOK_EVENTS = [
    'ms.MessagingEventNotification.ContentEvent',
    'ms.MessagingEventNotification.RichContentEvent',
    'ms.MessagingEventNotification.AcceptStatusEvent',
    'ms.MessagingEventNotification.ChatStateEvent',
    'cqm.ExConversationChangeNotification',
];
/**
 * The suggestion that turns an `http:` URI at `pointer` into the same URI with `https:` (the server must serve it
 * there, so it is offered, never applied); undefined for any other scheme.
 */
function httpsSuggestion(pointer, uri) {
    const match = /^(\s*)http:/i.exec(uri);
    if (!match)
        return undefined;
    const value = `${match[1]}https:${uri.slice(match[0].length)}`;
    return [{ description: 'Use https', patches: [{ op: 'replace', pointer, value }] }];
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 8280:
/***/ (function(module) {

(function (root) {
    'use strict';
    // A list of regular expressions that match arbitrary IPv4 addresses,
    // for which a number of weird notations exist.
    // Note that an address like 0010.0xa5.1.1 is considered legal.
    const ipv4Part = '(0?\\d+|0x[a-f0-9]+)';
    const ipv4Regexes = {
        fourOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, 'i'),
        threeOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, 'i'),
        twoOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}$`, 'i'),
        longValue: new RegExp(`^${ipv4Part}$`, 'i')
    };

    // Regular Expression for checking Octal numbers
    const octalRegex = new RegExp(`^0[0-7]+$`, 'i');
    const hexRegex = new RegExp(`^0x[a-f0-9]+$`, 'i');

    const zoneIndex = '%[0-9a-z]{1,}';

    // IPv6-matching regular expressions.
    // For IPv6, the task is simpler: it is enough to match the colon-delimited
    // hexadecimal IPv6 and a transitional variant with dotted-decimal IPv4 at
    // the end.
    const ipv6Part = '(?:[0-9a-f]+::?)+';
    const ipv6Regexes = {
        zoneIndex: new RegExp(zoneIndex, 'i'),
        'native': new RegExp(`^(::)?(${ipv6Part})?([0-9a-f]+)?(::)?(${zoneIndex})?$`, 'i'),
        deprecatedTransitional: new RegExp(`^(?:::)(${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?)$`, 'i'),
        transitional: new RegExp(`^((?:${ipv6Part})|(?:::)(?:${ipv6Part})?)${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?$`, 'i')
    };

    // Expand :: in an IPv6 address or address part consisting of `parts` groups.
    function expandIPv6 (string, parts) {
        // More than one '::' means invalid address
        if (string.indexOf('::') !== string.lastIndexOf('::')) {
            return null;
        }

        let colonCount = 0;
        let lastColon = -1;
        let zoneId = (string.match(ipv6Regexes.zoneIndex) || [])[0];
        let replacement, replacementCount;

        // Remove zone index and save it for later
        if (zoneId) {
            zoneId = zoneId.substring(1);
            string = string.replace(/%.+$/, '');
        }

        // How many parts do we already have?
        while ((lastColon = string.indexOf(':', lastColon + 1)) >= 0) {
            colonCount++;
        }

        // 0::0 is two parts more than ::
        if (string.substr(0, 2) === '::') {
            colonCount--;
        }

        if (string.substr(-2, 2) === '::') {
            colonCount--;
        }

        // An address must not contain more separators than available parts,
        // and :: must compress at least one part.
        if (colonCount >= parts) {
            return null;
        }

        // replacement = ':' + '0:' * (parts - colonCount)
        replacementCount = parts - colonCount;
        replacement = ':';
        while (replacementCount--) {
            replacement += '0:';
        }

        // Insert the missing zeroes
        string = string.replace('::', replacement);

        // Trim any garbage which may be hanging around if :: was at the edge in
        // the source string
        if (string[0] === ':') {
            string = string.slice(1);
        }

        if (string[string.length - 1] === ':') {
            string = string.slice(0, -1);
        }

        parts = (function () {
            const ref = string.split(':');
            const results = [];

            for (let i = 0; i < ref.length; i++) {
                results.push(ref[i].length > 4 ? NaN : parseInt(ref[i], 16));
            }

            return results;
        })();

        return {
            parts: parts,
            zoneId: zoneId
        };
    }

    // A generic CIDR (Classless Inter-Domain Routing) RFC1518 range matcher.
    function matchCIDR (first, second, partSize, cidrBits) {
        if (first.length !== second.length) {
            throw new Error('ipaddr: cannot match CIDR for objects with different lengths');
        }

        let part = 0;
        let shift;

        while (cidrBits > 0) {
            shift = partSize - cidrBits;
            if (shift < 0) {
                shift = 0;
            }

            if (first[part] >> shift !== second[part] >> shift) {
                return false;
            }

            cidrBits -= partSize;
            part += 1;
        }

        return true;
    }

    function parseIntAuto (string) {
        // Hexadecimal base 16 (0x#)
        if (hexRegex.test(string)) {
            return parseInt(string, 16);
        }
        // While octal representation is discouraged by ECMAScript 3
        // and forbidden by ECMAScript 5, we silently allow it to
        // work only if the rest of the string has numbers less than 8.
        if (string[0] === '0' && !isNaN(parseInt(string[1], 10))) {
        if (octalRegex.test(string)) {
            return parseInt(string, 8);
        }
            throw new Error(`ipaddr: cannot parse ${string} as octal`);
        }
        // Always include the base 10 radix!
        return parseInt(string, 10);
    }

    function padPart (part, length) {
        while (part.length < length) {
            part = `0${part}`;
        }

        return part;
    }

    const ipaddr = {};

    // An IPv4 address (RFC791).
    ipaddr.IPv4 = (function () {
        // Constructs a new IPv4 address from an array of four octets
        // in network order (MSB first)
        // Verifies the input.
        function IPv4 (octets) {
            if (octets.length !== 4) {
                throw new Error('ipaddr: ipv4 octet count should be 4');
            }

            let i, octet;

            for (i = 0; i < octets.length; i++) {
                octet = octets[i];
                if (!((0 <= octet && octet <= 255))) {
                    throw new Error('ipaddr: ipv4 octet should fit in 8 bits');
                }
            }

            this.octets = octets;
        }

        // Special IPv4 address ranges.
        // See also https://en.wikipedia.org/wiki/Reserved_IP_addresses
        IPv4.prototype.SpecialRanges = {
            unspecified: [[new IPv4([0, 0, 0, 0]), 8]],
            broadcast: [[new IPv4([255, 255, 255, 255]), 32]],
            // RFC3171
            multicast: [[new IPv4([224, 0, 0, 0]), 4]],
            // RFC3927
            linkLocal: [[new IPv4([169, 254, 0, 0]), 16]],
            // RFC5735
            loopback: [[new IPv4([127, 0, 0, 0]), 8]],
            // RFC6598
            carrierGradeNat: [[new IPv4([100, 64, 0, 0]), 10]],
            // RFC1918
            'private': [
                [new IPv4([10, 0, 0, 0]), 8],
                [new IPv4([172, 16, 0, 0]), 12],
                [new IPv4([192, 168, 0, 0]), 16]
            ],
            // Reserved and testing-only ranges; RFCs 5735, 5737, 2544, 1700
            reserved: [
                [new IPv4([192, 0, 0, 0]), 24],
                [new IPv4([192, 0, 2, 0]), 24],
                [new IPv4([192, 88, 99, 0]), 24],
                [new IPv4([198, 18, 0, 0]), 15],
                [new IPv4([198, 51, 100, 0]), 24],
                [new IPv4([203, 0, 113, 0]), 24],
                [new IPv4([240, 0, 0, 0]), 4]
            ],
            // RFC7534, RFC7535
            as112: [
                [new IPv4([192, 175, 48, 0]), 24],
                [new IPv4([192, 31, 196, 0]), 24],
            ],
            // RFC7450
            amt: [
                [new IPv4([192, 52, 193, 0]), 24],
            ],
        };

        // The 'kind' method exists on both IPv4 and IPv6 classes.
        IPv4.prototype.kind = function () {
            return 'ipv4';
        };

        // Checks if this address matches other one within given CIDR range.
        IPv4.prototype.match = function (other, cidrRange) {
            let ref;
            if (cidrRange === undefined) {
                ref = other;
                other = ref[0];
                cidrRange = ref[1];
            }

            if (other.kind() !== 'ipv4') {
                throw new Error('ipaddr: cannot match ipv4 address with non-ipv4 one');
            }

            return matchCIDR(this.octets, other.octets, 8, cidrRange);
        };

        // returns a number of leading ones in IPv4 address, making sure that
        // the rest is a solid sequence of 0's (valid netmask)
        // returns either the CIDR length or null if mask is not valid
        IPv4.prototype.prefixLengthFromSubnetMask = function () {
            let cidr = 0;
            // non-zero encountered stop scanning for zeroes
            let stop = false;
            // number of zeroes in octet
            const zerotable = {
                0: 8,
                128: 7,
                192: 6,
                224: 5,
                240: 4,
                248: 3,
                252: 2,
                254: 1,
                255: 0
            };
            let i, octet, zeros;

            for (i = 3; i >= 0; i -= 1) {
                octet = this.octets[i];
                if (octet in zerotable) {
                    zeros = zerotable[octet];
                    if (stop && zeros !== 0) {
                        return null;
                    }

                    if (zeros !== 8) {
                        stop = true;
                    }

                    cidr += zeros;
                } else {
                    return null;
                }
            }

            return 32 - cidr;
        };

        // Checks if the address corresponds to one of the special ranges.
        IPv4.prototype.range = function () {
            return ipaddr.subnetMatch(this, this.SpecialRanges);
        };

        // Returns an array of byte-sized values in network order (MSB first)
        IPv4.prototype.toByteArray = function () {
            return this.octets.slice(0);
        };

        // Converts this IPv4 address to an IPv4-mapped IPv6 address.
        IPv4.prototype.toIPv4MappedAddress = function () {
            return ipaddr.IPv6.parse(`::ffff:${this.toString()}`);
        };

        // Symmetrical method strictly for aligning with the IPv6 methods.
        IPv4.prototype.toNormalizedString = function () {
            return this.toString();
        };

        // Returns the address in convenient, decimal-dotted format.
        IPv4.prototype.toString = function () {
            return this.octets.join('.');
        };

        return IPv4;
    })();

    // A utility function to return broadcast address given the IPv4 interface and prefix length in CIDR notation
    ipaddr.IPv4.broadcastAddressFromCIDR = function (string) {

        try {
            const cidr = this.parseCIDR(string);
            const ipInterfaceOctets = cidr[0].toByteArray();
            const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
            const octets = [];
            let i = 0;
            while (i < 4) {
                // Broadcast address is bitwise OR between ip interface and inverted mask
                octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
                i++;
            }

            return new this(octets);
        } catch (e) {
            throw new Error('ipaddr: the address does not have IPv4 CIDR format', { cause: e });
        }
    };

    // Checks if a given string is formatted like IPv4 address.
    ipaddr.IPv4.isIPv4 = function (string) {
        return this.parser(string) !== null;
    };

    // Checks if a given string is a valid IPv4 address.
    ipaddr.IPv4.isValid = function (string) {
        try {
            new this(this.parser(string));
            return true;
        } catch {
            return false;
        }
    };

    // Checks if a given string is a valid IPv4 address in CIDR notation.
    ipaddr.IPv4.isValidCIDR = function (string) {
        try {
            this.parseCIDR(string);
            return true;
        } catch {
            return false;
        }
    };

    // Checks if a given string is a full four-part IPv4 Address.
    ipaddr.IPv4.isValidFourPartDecimal = function (string) {
        if (ipaddr.IPv4.isValid(string) && string.match(/^(0|[1-9]\d*)(\.(0|[1-9]\d*)){3}$/)) {
            return true;
        } else {
            return false;
        }
    };

    // Checks if a given string is a full four-part IPv4 Address with CIDR prefix.
    ipaddr.IPv4.isValidCIDRFourPartDecimal = function (string) {
        const match = string.match(/^(.+)\/(\d+)$/);

        if (!ipaddr.IPv4.isValidCIDR(string) || !match) {
            return false;
        }

        return ipaddr.IPv4.isValidFourPartDecimal(match[1]);
    };

    // A utility function to return network address given the IPv4 interface and prefix length in CIDR notation
    ipaddr.IPv4.networkAddressFromCIDR = function (string) {
        let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;

        try {
            cidr = this.parseCIDR(string);
            ipInterfaceOctets = cidr[0].toByteArray();
            subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
            octets = [];
            i = 0;
            while (i < 4) {
                // Network address is bitwise AND between ip interface and mask
                octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
                i++;
            }

            return new this(octets);
        } catch (e) {
            throw new Error('ipaddr: the address does not have IPv4 CIDR format', { cause: e });
        }
    };

    // Tries to parse and validate a string with IPv4 address.
    // Throws an error if it fails.
    ipaddr.IPv4.parse = function (string) {
        const parts = this.parser(string);

        if (parts === null) {
            throw new Error('ipaddr: string is not formatted like an IPv4 Address');
        }

        return new this(parts);
    };

    // Parses the string as an IPv4 Address with CIDR Notation.
    ipaddr.IPv4.parseCIDR = function (string) {
        let match;

        if ((match = string.match(/^(.+)\/(\d+)$/))) {
            const maskLength = parseInt(match[2]);
            if (maskLength >= 0 && maskLength <= 32) {
                const parsed = [this.parse(match[1]), maskLength];
                Object.defineProperty(parsed, 'toString', {
                    value: function () {
                        return this.join('/');
                    }
                });
                return parsed;
            }
        }

        throw new Error('ipaddr: string is not formatted like an IPv4 CIDR range');
    };

    // Classful variants (like a.b, where a is an octet, and b is a 24-bit
    // value representing last three octets; this corresponds to a class C
    // address) are omitted due to classless nature of modern Internet.
    ipaddr.IPv4.parser = function (string) {
        let match, part, value;

        // parseInt recognizes all that octal & hexadecimal weirdness for us
        if ((match = string.match(ipv4Regexes.fourOctet))) {
            return (function () {
                const ref = match.slice(1, 6);
                const results = [];

                for (let i = 0; i < ref.length; i++) {
                    part = ref[i];
                    results.push(parseIntAuto(part));
                }

                return results;
            })();
        } else if ((match = string.match(ipv4Regexes.longValue))) {
            value = parseIntAuto(match[1]);
            if (value > 0xffffffff || value < 0) {
                throw new Error('ipaddr: address outside defined range');
            }

            return ((function () {
                const results = [];
                let shift;

                for (shift = 0; shift <= 24; shift += 8) {
                    results.push((value >> shift) & 0xff);
                }

                return results;
            })()).reverse();
        } else if ((match = string.match(ipv4Regexes.twoOctet))) {
            return (function () {
                const ref = match.slice(1, 4);
                const results = [];

                value = parseIntAuto(ref[1]);
                if (value > 0xffffff || value < 0) {
                    throw new Error('ipaddr: address outside defined range');
                }

                results.push(parseIntAuto(ref[0]));
                results.push((value >> 16) & 0xff);
                results.push((value >>  8) & 0xff);
                results.push( value        & 0xff);

                return results;
            })();
        } else if ((match = string.match(ipv4Regexes.threeOctet))) {
            return (function () {
                const ref = match.slice(1, 5);
                const results = [];

                value = parseIntAuto(ref[2]);
                if (value > 0xffff || value < 0) {
                    throw new Error('ipaddr: address outside defined range');
                }

                results.push(parseIntAuto(ref[0]));
                results.push(parseIntAuto(ref[1]));
                results.push((value >> 8) & 0xff);
                results.push( value       & 0xff);

                return results;
            })();
        } else {
            return null;
        }
    };

    // A utility function to return subnet mask in IPv4 format given the prefix length
    ipaddr.IPv4.subnetMaskFromPrefixLength = function (prefix) {
        prefix = parseInt(prefix);
        if (Number.isNaN(prefix) || prefix < 0 || prefix > 32) {
            throw new Error('ipaddr: invalid IPv4 prefix length');
        }

        const octets = [0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix / 8);

        while (j < filledOctetCount) {
            octets[j] = 255;
            j++;
        }

        if (filledOctetCount < 4) {
            octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - (prefix % 8);
        }

        return new this(octets);
    };

    // An IPv6 address (RFC2460)
    ipaddr.IPv6 = (function () {
        // Constructs an IPv6 address from an array of eight 16 - bit parts
        // or sixteen 8 - bit parts in network order(MSB first).
        // Throws an error if the input is invalid.
        function IPv6 (parts, zoneId) {
            let i, part;

            if (parts.length === 16) {
                this.parts = [];
                for (i = 0; i <= 14; i += 2) {
                    this.parts.push((parts[i] << 8) | parts[i + 1]);
                }
            } else if (parts.length === 8) {
                this.parts = parts;
            } else {
                throw new Error('ipaddr: ipv6 part count should be 8 or 16');
            }

            for (i = 0; i < this.parts.length; i++) {
                part = this.parts[i];
                if (!((0 <= part && part <= 0xffff))) {
                    throw new Error('ipaddr: ipv6 part should fit in 16 bits');
                }
            }

            if (zoneId) {
                this.zoneId = zoneId;
            }
        }

        // Special IPv6 ranges
        IPv6.prototype.SpecialRanges = {
            // RFC4291, here and after
            unspecified: [new IPv6([0, 0, 0, 0, 0, 0, 0, 0]), 128],
            linkLocal: [new IPv6([0xfe80, 0, 0, 0, 0, 0, 0, 0]), 10],
            multicast: [new IPv6([0xff00, 0, 0, 0, 0, 0, 0, 0]), 8],
            loopback: [new IPv6([0, 0, 0, 0, 0, 0, 0, 1]), 128],
            uniqueLocal: [new IPv6([0xfc00, 0, 0, 0, 0, 0, 0, 0]), 7],
            ipv4Mapped: [new IPv6([0, 0, 0, 0, 0, 0xffff, 0, 0]), 96],
            // RFC3879
            deprecatedSiteLocal: [new IPv6([0xfec0, 0, 0, 0, 0, 0, 0, 0]), 10],
            // RFC6666
            discard: [new IPv6([0x100, 0, 0, 0, 0, 0, 0, 0]), 64],
            // RFC6145
            rfc6145: [new IPv6([0, 0, 0, 0, 0xffff, 0, 0, 0]), 96],
            rfc6052: [
                // RFC6052
                [new IPv6([0x64, 0xff9b, 0, 0, 0, 0, 0, 0]), 96],
                // RFC8215
                [new IPv6([0x64, 0xff9b, 0x1, 0, 0, 0, 0, 0]), 48],
            ],
            // RFC3056
            '6to4': [new IPv6([0x2002, 0, 0, 0, 0, 0, 0, 0]), 16],
            // RFC6052, RFC6146
            teredo: [new IPv6([0x2001, 0, 0, 0, 0, 0, 0, 0]), 32],
            // RFC5180
            benchmarking: [new IPv6([0x2001, 0x2, 0, 0, 0, 0, 0, 0]), 48],
            // RFC7450
            amt: [new IPv6([0x2001, 0x3, 0, 0, 0, 0, 0, 0]), 32],
            as112v6: [
                // RFC7535
                [new IPv6([0x2001, 0x4, 0x112, 0, 0, 0, 0, 0]), 48],
                // RFC7534
                [new IPv6([0x2620, 0x4f, 0x8000, 0, 0, 0, 0, 0]), 48],
            ],
            // RFC4843
            deprecatedOrchid: [new IPv6([0x2001, 0x10, 0, 0, 0, 0, 0, 0]), 28],
            // RFC7343
            orchid2: [new IPv6([0x2001, 0x20, 0, 0, 0, 0, 0, 0]), 28],
            // RFC9374
            droneRemoteIdProtocolEntityTags: [new IPv6([0x2001, 0x30, 0, 0, 0, 0, 0, 0]), 28],
            // RFC9602
            segmentRouting: [new IPv6([0x5f00, 0, 0, 0, 0, 0, 0, 0]), 16],
            reserved: [
                // RFC3849
                [new IPv6([0x2001, 0, 0, 0, 0, 0, 0, 0]), 23],
                // RFC2928
                [new IPv6([0x2001, 0xdb8, 0, 0, 0, 0, 0, 0]), 32],
                // RFC9637
                [new IPv6([0x3fff, 0, 0, 0, 0, 0, 0, 0]), 20],
            ],
        };

        // Checks if this address is an IPv4-mapped IPv6 address.
        IPv6.prototype.isIPv4MappedAddress = function () {
            return this.range() === 'ipv4Mapped';
        };

        // The 'kind' method exists on both IPv4 and IPv6 classes.
        IPv6.prototype.kind = function () {
            return 'ipv6';
        };

        // Checks if this address matches other one within given CIDR range.
        IPv6.prototype.match = function (other, cidrRange) {
            let ref;

            if (cidrRange === undefined) {
                ref = other;
                other = ref[0];
                cidrRange = ref[1];
            }

            if (other.kind() !== 'ipv6') {
                throw new Error('ipaddr: cannot match ipv6 address with non-ipv6 one');
            }

            return matchCIDR(this.parts, other.parts, 16, cidrRange);
        };

        // returns a number of leading ones in IPv6 address, making sure that
        // the rest is a solid sequence of 0's (valid netmask)
        // returns either the CIDR length or null if mask is not valid
        IPv6.prototype.prefixLengthFromSubnetMask = function () {
            let cidr = 0;
            // non-zero encountered stop scanning for zeroes
            let stop = false;
            // number of zeroes in octet
            const zerotable = {
                0: 16,
                32768: 15,
                49152: 14,
                57344: 13,
                61440: 12,
                63488: 11,
                64512: 10,
                65024: 9,
                65280: 8,
                65408: 7,
                65472: 6,
                65504: 5,
                65520: 4,
                65528: 3,
                65532: 2,
                65534: 1,
                65535: 0
            };
            let part, zeros;

            for (let i = 7; i >= 0; i -= 1) {
                part = this.parts[i];
                if (part in zerotable) {
                    zeros = zerotable[part];
                    if (stop && zeros !== 0) {
                        return null;
                    }

                    if (zeros !== 16) {
                        stop = true;
                    }

                    cidr += zeros;
                } else {
                    return null;
                }
            }

            return 128 - cidr;
        };


        // Checks if the address corresponds to one of the special ranges.
        IPv6.prototype.range = function () {
            return ipaddr.subnetMatch(this, this.SpecialRanges);
        };

        // Returns an array of byte-sized values in network order (MSB first)
        IPv6.prototype.toByteArray = function () {
            let part;
            const bytes = [];
            const ref = this.parts;
            for (let i = 0; i < ref.length; i++) {
                part = ref[i];
                bytes.push(part >> 8);
                bytes.push(part & 0xff);
            }

            return bytes;
        };

        // Returns the address in expanded format with all zeroes included, like
        // 2001:0db8:0008:0066:0000:0000:0000:0001
        IPv6.prototype.toFixedLengthString = function () {
            const addr = ((function () {
                const results = [];
                for (let i = 0; i < this.parts.length; i++) {
                    results.push(padPart(this.parts[i].toString(16), 4));
                }

                return results;
            }).call(this)).join(':');

            let suffix = '';

            if (this.zoneId) {
                suffix = `%${this.zoneId}`;
            }

            return addr + suffix;
        };

        // Converts this address to IPv4 address if it is an IPv4-mapped IPv6 address.
        // Throws an error otherwise.
        IPv6.prototype.toIPv4Address = function () {
            if (!this.isIPv4MappedAddress()) {
                throw new Error('ipaddr: trying to convert a generic ipv6 address to ipv4');
            }

            const ref = this.parts.slice(-2);
            const high = ref[0];
            const low = ref[1];

            return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
        };

        // Returns the address in expanded format with all zeroes included, like
        // 2001:db8:8:66:0:0:0:1
        //
        // Deprecated: use toFixedLengthString() instead.
        IPv6.prototype.toNormalizedString = function () {
            const addr = ((function () {
                const results = [];

                for (let i = 0; i < this.parts.length; i++) {
                    results.push(this.parts[i].toString(16));
                }

                return results;
            }).call(this)).join(':');

            let suffix = '';

            if (this.zoneId) {
                suffix = `%${this.zoneId}`;
            }

            return addr + suffix;
        };

        // Returns the address in compact, human-readable format like
        // 2001:db8:8:66::1
        // in line with RFC 5952 (see https://tools.ietf.org/html/rfc5952#section-4)
        IPv6.prototype.toRFC5952String = function () {
            const regex = /((^|:)(0(:|$)){2,})/g;
            // The zone identifier (RFC 4007) is not part of the address; match
            // against the address alone so a trailing zero run right before the
            // "%" suffix still gets compressed (RFC 5952, 4.2.2).
            let suffix = '';
            if (this.zoneId) {
                suffix = `%${this.zoneId}`;
            }
            const normalized = this.toNormalizedString();
            const string = normalized.slice(0, normalized.length - suffix.length);
            let bestMatchIndex = 0;
            let bestMatchLength = -1;
            let bestMatchGroups = -1;
            let match;

            while ((match = regex.exec(string))) {
                // Compare by the number of zero groups, not the matched length:
                // a run that is not at the start carries a leading ":" in the
                // match, so an equal-length run later in the address would
                // otherwise be preferred over the leftmost one (RFC 5952, 4.2.3).
                const groups = (match[0].match(/0/g) || []).length;
                if (groups > bestMatchGroups) {
                    bestMatchGroups = groups;
                    bestMatchIndex = match.index;
                    bestMatchLength = match[0].length;
                }
            }

            if (bestMatchLength < 0) {
                return string + suffix;
            }

            return `${string.substring(0, bestMatchIndex)}::${string.substring(bestMatchIndex + bestMatchLength)}${suffix}`;
        };

        // Returns the address in compact, human-readable format like
        // 2001:db8:8:66::1
        // Calls toRFC5952String under the hood.
        IPv6.prototype.toString = function () {
            return this.toRFC5952String();
        };

        return IPv6;

    })();

    // A utility function to return broadcast address given the IPv6 interface and prefix length in CIDR notation
    ipaddr.IPv6.broadcastAddressFromCIDR = function (string) {
        try {
            const cidr = this.parseCIDR(string);
            const ipInterfaceOctets = cidr[0].toByteArray();
            const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
            const octets = [];
            let i = 0;
            while (i < 16) {
                // Broadcast address is bitwise OR between ip interface and inverted mask
                octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
                i++;
            }

            return new this(octets);
        } catch (e) {
            throw new Error('ipaddr: the address does not have IPv6 CIDR format', { cause: e });
        }
    };

    // Checks if a given string is formatted like IPv6 address.
    ipaddr.IPv6.isIPv6 = function (string) {
        return this.parser(string) !== null;
    };

    // Checks to see if string is a valid IPv6 Address
    ipaddr.IPv6.isValid = function (string) {

        // Since IPv6.isValid is always called first, this shortcut
        // provides a substantial performance gain.
        if (typeof string === 'string' && string.indexOf(':') === -1) {
            return false;
        }

        try {
            const addr = this.parser(string);
            new this(addr.parts, addr.zoneId);
            return true;
        } catch {
            return false;
        }
    };

    // Checks if a given string is a valid IPv6 address in CIDR notation.
    ipaddr.IPv6.isValidCIDR = function (string) {

        // See note in IPv6.isValid
        if (typeof string === 'string' && string.indexOf(':') === -1) {
            return false;
        }

        try {
            this.parseCIDR(string);
            return true;
        } catch {
            return false;
        }
    };

    // A utility function to return network address given the IPv6 interface and prefix length in CIDR notation
    ipaddr.IPv6.networkAddressFromCIDR = function (string) {
        let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;

        try {
            cidr = this.parseCIDR(string);
            ipInterfaceOctets = cidr[0].toByteArray();
            subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
            octets = [];
            i = 0;
            while (i < 16) {
                // Network address is bitwise AND between ip interface and mask
                octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
                i++;
            }

            return new this(octets);
        } catch (e) {
            throw new Error('ipaddr: the address does not have IPv6 CIDR format', { cause: e });
        }
    };

    // Tries to parse and validate a string with IPv6 address.
    // Throws an error if it fails.
    ipaddr.IPv6.parse = function (string) {
        const addr = this.parser(string);

        if (addr === null) {
            throw new Error('ipaddr: string is not formatted like an IPv6 Address');
        }

        return new this(addr.parts, addr.zoneId);
    };

    ipaddr.IPv6.parseCIDR = function (string) {
        let maskLength, match, parsed;

        if ((match = string.match(/^(.+)\/(\d+)$/))) {
            maskLength = parseInt(match[2]);
            if (maskLength >= 0 && maskLength <= 128) {
                parsed = [this.parse(match[1]), maskLength];
                Object.defineProperty(parsed, 'toString', {
                    value: function () {
                        return this.join('/');
                    }
                });
                return parsed;
            }
        }

        throw new Error('ipaddr: string is not formatted like an IPv6 CIDR range');
    };

    // Parse an IPv6 address.
    ipaddr.IPv6.parser = function (string) {
        let addr, i, match, octet, octets, zoneId;

        if ((match = string.match(ipv6Regexes.deprecatedTransitional))) {
            return this.parser(`::ffff:${match[1]}`);
        }
        if (ipv6Regexes.native.test(string)) {
            return expandIPv6(string, 8);
        }
        if ((match = string.match(ipv6Regexes.transitional))) {
            zoneId = match[6] || '';
            addr = match[1]
            if (!match[1].endsWith('::')) {
                addr = addr.slice(0, -1)
            }
            addr = expandIPv6(addr + zoneId, 6);
            if (addr && addr.parts) {
                octets = [
                    parseInt(match[2]),
                    parseInt(match[3]),
                    parseInt(match[4]),
                    parseInt(match[5])
                ];
                for (i = 0; i < octets.length; i++) {
                    octet = octets[i];
                    if (!((0 <= octet && octet <= 255))) {
                        return null;
                    }
                }

                addr.parts.push(octets[0] << 8 | octets[1]);
                addr.parts.push(octets[2] << 8 | octets[3]);
                return {
                    parts: addr.parts,
                    zoneId: addr.zoneId
                };
            }
        }

        return null;
    };

    // A utility function to return subnet mask in IPv6 format given the prefix length
    ipaddr.IPv6.subnetMaskFromPrefixLength = function (prefix) {
        prefix = parseInt(prefix);
        if (Number.isNaN(prefix) || prefix < 0 || prefix > 128) {
            throw new Error('ipaddr: invalid IPv6 prefix length');
        }

        const octets = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix / 8);

        while (j < filledOctetCount) {
            octets[j] = 255;
            j++;
        }

        if (filledOctetCount < 16) {
            octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - (prefix % 8);
        }

        return new this(octets);
    };

    // Try to parse an array in network order (MSB first) for IPv4 and IPv6
    ipaddr.fromByteArray = function (bytes) {
        const length = bytes.length;

        if (length === 4) {
            return new ipaddr.IPv4(bytes);
        } else if (length === 16) {
            return new ipaddr.IPv6(bytes);
        } else {
            throw new Error('ipaddr: the binary input is neither an IPv6 nor IPv4 address');
        }
    };

    // Checks if the address is valid IP address
    ipaddr.isValid = function (string) {
        return ipaddr.IPv6.isValid(string) || ipaddr.IPv4.isValid(string);
    };

    // Checks if the address is valid IP address in CIDR notation
    ipaddr.isValidCIDR = function (string) {
        return ipaddr.IPv6.isValidCIDR(string) || ipaddr.IPv4.isValidCIDR(string);
    };


    // Attempts to parse an IP Address, first through IPv6 then IPv4.
    // Throws an error if it could not be parsed.
    ipaddr.parse = function (string) {
        if (ipaddr.IPv6.isValid(string)) {
            return ipaddr.IPv6.parse(string);
        } else if (ipaddr.IPv4.isValid(string)) {
            return ipaddr.IPv4.parse(string);
        } else {
            throw new Error('ipaddr: the address has neither IPv6 nor IPv4 format');
        }
    };

    // Attempt to parse CIDR notation, first through IPv6 then IPv4.
    // Throws an error if it could not be parsed.
    ipaddr.parseCIDR = function (string) {
        try {
            return ipaddr.IPv6.parseCIDR(string);
        } catch {
            try {
                return ipaddr.IPv4.parseCIDR(string);
            } catch (e) {
                throw new Error('ipaddr: the address has neither IPv6 nor IPv4 CIDR format', { cause: e });
            }
        }
    };

    // Parse an address and return plain IPv4 address if it is an IPv4-mapped address
    ipaddr.process = function (string) {
        const addr = this.parse(string);

        if (addr.kind() === 'ipv6' && addr.isIPv4MappedAddress()) {
            return addr.toIPv4Address();
        } else {
            return addr;
        }
    };

    // An utility function to ease named range matching. See examples below.
    // rangeList can contain both IPv4 and IPv6 subnet entries and will not throw errors
    // on matching IPv4 addresses to IPv6 ranges or vice versa.
    ipaddr.subnetMatch = function (address, rangeList, defaultName) {
        let i, rangeName, rangeSubnets, subnet;

        if (defaultName === undefined || defaultName === null) {
            defaultName = 'unicast';
        }

        for (rangeName in rangeList) {
            if (Object.prototype.hasOwnProperty.call(rangeList, rangeName)) {
                rangeSubnets = rangeList[rangeName];
                // ECMA5 Array.isArray isn't available everywhere
                if (rangeSubnets[0] && !(rangeSubnets[0] instanceof Array)) {
                    rangeSubnets = [rangeSubnets];
                }

                for (i = 0; i < rangeSubnets.length; i++) {
                    subnet = rangeSubnets[i];
                    if (address.kind() === subnet[0].kind() && address.match.apply(address, subnet)) {
                        return rangeName;
                    }
                }
            }
        }

        return defaultName;
    };

    // Export for both the CommonJS and browser-like environment
    if ( true && module.exports) {
        module.exports = ipaddr;

    } else {
        root.ipaddr = ipaddr;
    }

}(this));


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
