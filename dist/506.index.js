export const id = 506;
export const ids = [506];
export const modules = {

/***/ 2894:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ yamlDepthExceeded),
/* harmony export */   b: () => (/* binding */ jsonDepthExceeded)
/* harmony export */ });
/**
 * Nesting depth, measured without recursion so that a 100,000-deep `[[[[…` cannot overflow the stack of a
 * recursive parser: JSON text is scanned before JSON.parse, YAML's syntax tree before `yaml` composes it.
 */
/** Offset at which JSON nesting first goes deeper than `max`, or -1. Exact for JSON (brackets outside strings). */
function jsonDepthExceeded(text, max) {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 0x5c)
                i++;
            else if (c === 0x22)
                inString = false;
        }
        else if (c === 0x22) {
            inString = true;
        }
        else if (c === 0x5b || c === 0x7b) {
            if (++depth > max)
                return i;
        }
        else if (c === 0x5d || c === 0x7d) {
            depth--;
        }
    }
    return -1;
}
/**
 * Offset at which the nesting of YAML's concrete syntax tree first goes deeper than `max`, or -1: the first collection
 * (block or flow) in document order at a depth past the limit, counted as the composed document counts it (a pair in a
 * flow sequence, `[a: b]`, is a map of its own). Exact, and the same offset in every run.
 */
function yamlDepthExceeded(tokens, max) {
    const stack = [];
    for (const token of tokens.toReversed()) {
        if (token.type === 'document')
            stack.push({ token: token.value, depth: 1 });
    }
    while (stack.length > 0) {
        const { token, depth } = stack.pop();
        if (!token || (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection'))
            continue;
        if (depth > max)
            return token.offset;
        const pairsAreMaps = token.type === 'flow-collection' && token.start.source === '[';
        // Pushed last item first, key after value, so that they come off the stack in document order.
        for (const item of token.items.toReversed()) {
            const pair = item.sep !== undefined || item.start.some((t) => t.type === 'explicit-key-ind');
            if (pairsAreMaps && pair) {
                if (depth + 1 > max)
                    return item.key?.offset ?? item.value?.offset ?? token.offset;
                stack.push({ token: item.value, depth: depth + 2 }, { token: item.key, depth: depth + 2 });
            }
            else {
                stack.push({ token: item.value, depth: depth + 1 }, { token: item.key, depth: depth + 1 });
            }
        }
    }
    return -1;
}


/***/ }),

/***/ 6473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q: () => (/* binding */ parseJson)
});

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
// EXTERNAL MODULE: ./src/core/pointer.ts
var core_pointer = __webpack_require__(3950);
// EXTERNAL MODULE: ./src/core/keysOf.ts
var keysOf = __webpack_require__(1229);
// EXTERNAL MODULE: ./src/parse/pointerTrie.ts
var pointerTrie = __webpack_require__(1982);
;// CONCATENATED MODULE: ./src/parse/jsonPositions.ts

/**
 * The ranges of many pointers in JSON text that JSON.parse accepted, from one scan: keys are read, values off the
 * requested paths are skipped (strings with indexOf), each character is passed once. jsonc-parser's parseTree gives
 * the same offsets but builds the whole tree, and run cold on the first files with findings it costs more than the
 * scan (bench/RESULTS.md). The ranges are those of jsonc-parser's tree (a property test compares both): a value's own
 * text, a key with its quotes, a container by its key or else its opening bracket, and the last of duplicate keys,
 * as JSON.parse takes it.
 */
function locateJsonAll(text, requests, lines, meter) {
    const { root, leaves } = (0,pointerTrie/* pointerTrie */.Cp)(requests);
    const scan = new Scan(text);
    scan.place(root, scan.blank(0), undefined, undefined);
    if (meter)
        meter.steps += scan.steps;
    return requests.map(({ target = 'value' }, index) => {
        // leaves are the requests' own, in order.
        const { place, exact } = (0,pointerTrie/* deepestFound */.BD)(leaves[index]);
        const { key } = place;
        if (exact && target === 'key' && key)
            return lines.range(key.start, key.end);
        return lines.range(place.start, place.end);
    });
}
class Scan {
    text;
    /** Characters passed over, for the cost model of the tests. */
    steps = 0;
    constructor(text) {
        this.text = text;
    }
    /**
     * Records the value starting at `at` as found for `node`, walks into it where requests go deeper, and returns
     * where the value ends. Recursion follows the requested pointers, which are no deeper than the value.
     */
    place(node, at, key, under) {
        const c = this.text.charCodeAt(at);
        if (c !== 0x7b && c !== 0x5b) {
            const end = this.scalarEnd(at);
            node.found = { under, key, start: at, end };
            return end;
        }
        // A container is shown by its key, or else by its opening bracket.
        const found = key
            ? { under, key, start: key.start, end: key.end }
            : { under, key, start: at, end: at + 1 };
        node.found = found;
        if (!node.children)
            return this.containerEnd(at);
        return c === 0x7b ? this.walkObject(at, node.children, found) : this.walkArray(at, node.children, found);
    }
    walkObject(at, children, under) {
        let i = this.blank(at + 1);
        while (this.text.charCodeAt(i) === 0x22) {
            const key = { start: i, end: this.stringEnd(i) };
            const valueAt = this.blank(this.blank(key.end) + 1);
            const child = children.get(this.keyText(key.start, key.end));
            const end = child ? this.place(child, valueAt, key, under) : this.valueEnd(valueAt);
            i = this.blank(end);
            if (this.text.charCodeAt(i) === 0x2c)
                i = this.blank(i + 1);
        }
        return i + 1;
    }
    walkArray(at, children, under) {
        const wanted = new Map();
        for (const [segment, child] of children) {
            const index = (0,pointerTrie/* arrayIndex */.Qg)(segment);
            if (index !== undefined)
                wanted.set(index, child);
        }
        let i = this.blank(at + 1);
        for (let n = 0; i < this.text.length && this.text.charCodeAt(i) !== 0x5d; n++) {
            const child = wanted.get(n);
            const end = child ? this.place(child, i, undefined, under) : this.valueEnd(i);
            i = this.blank(end);
            if (this.text.charCodeAt(i) === 0x2c)
                i = this.blank(i + 1);
        }
        return i + 1;
    }
    blank(at) {
        const end = skipBlanks(this.text, at);
        this.steps += end - at;
        return end;
    }
    valueEnd(at) {
        const c = this.text.charCodeAt(at);
        return c === 0x7b || c === 0x5b ? this.containerEnd(at) : this.scalarEnd(at);
    }
    /** The end of a string, number, true, false or null. */
    scalarEnd(at) {
        if (this.text.charCodeAt(at) === 0x22)
            return this.stringEnd(at);
        let i = at;
        for (let d = this.text.charCodeAt(i); i < this.text.length &&
            d !== 0x2c &&
            d !== 0x7d &&
            d !== 0x5d &&
            d !== 0x20 &&
            d !== 0x0a &&
            d !== 0x0d &&
            d !== 0x09; d = this.text.charCodeAt(++i))
            ;
        this.steps += i - at;
        return i;
    }
    keyText(start, end) {
        const raw = this.text.slice(start + 1, end - 1);
        return raw.includes('\\') ? JSON.parse(this.text.slice(start, end)) : raw;
    }
    stringEnd(at) {
        const end = stringEnd(this.text, at);
        this.steps += end - at;
        return end;
    }
    /** Just past the bracket that closes the container opening at `at`. */
    containerEnd(at) {
        let depth = 0;
        for (let i = at; i < this.text.length; i++) {
            const c = this.text.charCodeAt(i);
            if (c === 0x22)
                i = stringEnd(this.text, i) - 1;
            else if (c === 0x7b || c === 0x5b)
                depth++;
            else if ((c === 0x7d || c === 0x5d) && --depth === 0) {
                this.steps += i + 1 - at;
                return i + 1;
            }
        }
        this.steps += this.text.length - at;
        return this.text.length;
    }
}
/** Past the JSON blanks (space, tab, CR, LF) from `at`. */
function skipBlanks(text, at) {
    let i = at;
    for (let c = text.charCodeAt(i); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = text.charCodeAt(++i))
        ;
    return i;
}
/** Just past the closing quote of the string opening at `at` (the text's end when it does not close). */
function stringEnd(text, at) {
    let close = text.indexOf('"', at + 1);
    while (close !== -1 && escapedAt(text, close))
        close = text.indexOf('"', close + 1);
    return close === -1 ? text.length : close + 1;
}
/** Whether the character at `index` follows an odd run of backslashes (a quote that does not end a string). */
function escapedAt(text, index) {
    let backslashes = 0;
    while (text.charCodeAt(index - 1 - backslashes) === 0x5c)
        backslashes++;
    return backslashes % 2 === 1;
}

// EXTERNAL MODULE: ./src/parse/lineIndex.ts
var parse_lineIndex = __webpack_require__(6033);
// EXTERNAL MODULE: ./src/parse/depth.ts
var depth = __webpack_require__(2894);
// EXTERNAL MODULE: ./src/parse/parseError.ts
var parseError = __webpack_require__(2572);
;// CONCATENATED MODULE: ./src/parse/jsonNumbers.ts
/**
 * Numbers JSON cannot hold: JSON.parse turns a number beyond the range of a 64-bit float (`1e999`, `-1e999`, four
 * hundred digits) into ±Infinity, which the schema would then judge as "must be an integer". RFC 8259 §6 leaves such
 * numbers to the implementation; a manifest holding one is refused where it is written, as YAML's `.inf` is.
 */
/** Offset of the first number in JSON text (that JSON.parse accepted) that is not finite as a double, or -1. */
function infiniteNumberAt(text) {
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x22) {
            i = closingQuote(text, i);
        }
        else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
            let end = i + 1;
            while (end < text.length && isNumberPart(text.charCodeAt(end)))
                end++;
            if (!Number.isFinite(Number(text.slice(i, end))))
                return i;
            i = end - 1;
        }
    }
    return -1;
}
/** Digits, `.`, `e`/`E` and signs: what a JSON number token is made of. */
function isNumberPart(c) {
    return (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x65 || c === 0x45 || c === 0x2b || c === 0x2d;
}
/** The offset of the quote closing the string opened at `open` (a quote after an odd run of backslashes is escaped). */
function closingQuote(text, open) {
    for (let close = text.indexOf('"', open + 1); close !== -1; close = text.indexOf('"', close + 1)) {
        let backslashes = 0;
        while (text.charCodeAt(close - 1 - backslashes) === 0x5c)
            backslashes++;
        if (backslashes % 2 === 0)
            return close;
    }
    return text.length;
}

// EXTERNAL MODULE: ./src/core/quoted.ts
var quoted = __webpack_require__(891);
// EXTERNAL MODULE: ./src/core/optimizations.ts
var optimizations = __webpack_require__(4585);
// EXTERNAL MODULE: ./src/core/messageOf.ts
var messageOf = __webpack_require__(2017);
;// CONCATENATED MODULE: ./src/parse/json.ts











/**
 * JSON is judged by JSON.parse itself (exact semantics, and fast); jsonc-parser only supplies what JSON.parse
 * cannot: duplicate keys, positions, and the offset of a syntax error when V8's message has none.
 */
function parseJson(file, text, limits) {
    // V8's JSON.parse is iterative, so depth is measured on the value it returns (one walk that also counts keys);
    // the text is scanned for the offset only when the value is too deep or the text does not parse.
    const tooDeep = () => {
        const offset = (0,depth/* jsonDepthExceeded */.b)(text, limits.maxDepth);
        return offset === -1 ? undefined : (0,parseError/* parseErrorAt */.v)(text, offset, `nesting is deeper than ${limits.maxDepth} levels`);
    };
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        return tooDeep() ?? syntaxError(text, (0,messageOf/* messageOf */.b)(error));
    }
    const shape = shapeOf(value);
    if (shape.depth > limits.maxDepth) {
        const deep = tooDeep();
        if (deep)
            return deep;
    }
    if (!shape.finite)
        return (0,parseError/* parseErrorAt */.v)(text, infiniteNumberAt(text), INFINITE_NUMBER);
    // JSON.parse keeps the last of duplicate keys silently. When the text has as many keys as the value, there is no
    // duplicate and the visit that finds them with their positions, an order of magnitude slower than the two counts,
    // is skipped (switch json-key-count, bench/RESULTS.md).
    if ((0,optimizations/* optimized */.Y)('json-key-count') && keyTokens(text) === shape.keys)
        return { ok: true, document: new JsonDocument(file, text, value), problems: [] };
    let lines;
    const lineIndex = () => (lines ??= new parse_lineIndex/* LineIndex */.r(text));
    const problems = [];
    const seen = [];
    (0,main.visit)(text, {
        onObjectBegin: () => void seen.push(new Map()),
        onObjectEnd: () => void seen.pop(),
        onObjectProperty: (property, offset, length, _line, _char, pathSupplier) => {
            // jsonc-parser reports a property between its object's begin and end: seen has that object's map.
            const keys = seen[seen.length - 1];
            const first = keys.get(property);
            if (first === undefined) {
                keys.set(property, offset);
                return;
            }
            const pointer = (0,core_pointer/* toPointer */.rb)([...pathSupplier(), property]);
            problems.push({
                ruleId: 'duplicate-key',
                problem: {
                    pointer,
                    target: 'key',
                    message: `duplicate key ${(0,quoted/* quoted */.TL)(property)} (first at line ${lineIndex().position(first).line}); the last value is used`,
                    range: lineIndex().range(offset, offset + length),
                },
            });
        },
    }, { disallowComments: true, allowTrailingComma: false });
    return { ok: true, document: new JsonDocument(file, text, value), problems };
}
/**
 * Positions are found in the text when findings need them (jsonPositions.ts), all of a file's at once. A class, not an
 * object of closures: fewer objects for each of 10,000 documents is less for the collector to copy.
 */
class JsonDocument {
    file;
    text;
    value;
    format = 'json';
    constructor(file, text, value) {
        this.file = file;
        this.text = text;
        this.value = value;
    }
    locateAll(requests, meter) {
        return locateJsonAll(this.text, requests, new parse_lineIndex/* LineIndex */.r(this.text), meter);
    }
}
/**
 * Object keys in valid JSON text: strings followed by a colon. Quotes are found with indexOf, a native search, rather
 * than by a loop over every character.
 */
function keyTokens(text) {
    let count = 0;
    for (let open = text.indexOf('"'); open !== -1;) {
        const end = stringEnd(text, open);
        if (text.charCodeAt(skipBlanks(text, end)) === 0x3a)
            count++;
        open = text.indexOf('"', end);
    }
    return count;
}
/** The message of a number beyond a double's range; it never quotes the number (no source text in a parse error). */
const INFINITE_NUMBER = 'a number JSON cannot hold: too large for a 64-bit float (RFC 8259 §6)';
/**
 * Own keys of every object in a parsed JSON value, its nesting depth (containers), and whether every number in it is
 * finite, without recursion. Only containers go on the stack.
 */
function shapeOf(value) {
    if (value === null || typeof value !== 'object') {
        return { keys: 0, depth: 0, finite: typeof value !== 'number' || Number.isFinite(value) };
    }
    let keys = 0;
    let depth = 0;
    let finite = true;
    const stack = [{ node: value, level: 1 }];
    while (stack.length > 0) {
        const { node, level } = stack.pop();
        if (level > depth)
            depth = level;
        if (Array.isArray(node)) {
            for (const item of node) {
                if (item !== null && typeof item === 'object')
                    stack.push({ node: item, level: level + 1 });
                else if (typeof item === 'number' && !Number.isFinite(item))
                    finite = false;
            }
        }
        else {
            const own = (0,keysOf/* keysOf */.Y)(node);
            keys += own.length;
            for (let i = 0; i < own.length; i++) {
                const key = own[i];
                const item = node[key];
                if (item !== null && typeof item === 'object')
                    stack.push({ node: item, level: level + 1 });
                else if (typeof item === 'number' && !Number.isFinite(item))
                    finite = false;
            }
        }
    }
    return { keys, depth, finite };
}
/**
 * What is wrong, by kind, in words of our own: V8's messages quote the text around the fault (`Unexpected token 'x',
 * ..."client_secret": 'hun"... is not valid JSON`), and no character of the text may reach a report (it may be a
 * secret). The message only picks the kind; the offset is V8's, or jsonc-parser's when V8 gives none.
 */
const JSON_SYNTAX = [
    [/^Unexpected end of JSON input/, 'unexpected end of file'],
    [/^Unterminated string/, 'unterminated string'],
    [/^Bad control character in string literal/, 'control character in a string (escape it)'],
    [/^Bad escaped character/, 'invalid escape sequence in a string'],
    [/^Bad Unicode escape/, 'invalid \\u escape in a string'],
    [/^Expected property name or '\}'/, "expected property name or '}'"],
    [/^Expected double-quoted property name/, 'expected double-quoted property name'],
    [/^Expected ',' or '\}' after property value/, "expected ',' or '}' after property value"],
    [/^Expected ',' or '\]' after array element/, "expected ',' or ']' after array element"],
    [/^Expected ':' after property name/, "expected ':' after property name"],
    [/^Unexpected non-whitespace character after JSON/, 'unexpected text after the JSON value'],
    [/^No number after minus sign/, 'no number after minus sign'],
    [/^Exponent part is missing a number/, 'exponent part is missing a number'],
    [/^Unterminated fractional number/, 'unterminated fractional number'],
    [/^Unexpected number/, 'unexpected number'],
    [/^Unexpected string/, 'unexpected string'],
    [/^Unexpected token/, 'unexpected character'],
];
function jsonSyntaxKind(v8Message) {
    return JSON_SYNTAX.find(([pattern]) => pattern.test(v8Message))?.[1] ?? 'syntax error';
}
function syntaxError(text, v8Message) {
    const position = /at position (\d+)/.exec(v8Message);
    let offset;
    if (position) {
        offset = Number(position[1]);
    }
    else if (/^Unexpected end of JSON input/.test(v8Message)) {
        offset = text.length;
    }
    else {
        const errors = [];
        (0,main.parseTree)(text, errors, { disallowComments: true, allowTrailingComma: false });
        offset = errors[0]?.offset ?? 0;
    }
    return (0,parseError/* parseErrorAt */.v)(text, offset, `invalid JSON: ${jsonSyntaxKind(v8Message)}`);
}


/***/ }),

/***/ 6033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ LineIndex)
/* harmony export */ });
/** Offsets (UTF-16 code units of the decoded text) to 1-based lines and columns; CRLF counts as one line break. */
class LineIndex {
    text;
    starts = [0];
    constructor(text) {
        this.text = text;
        for (let i = 0; i < text.length; i++) {
            if (text.charCodeAt(i) === 10)
                this.starts.push(i + 1);
        }
    }
    position(offset) {
        const clamped = this.clamp(offset);
        const index = this.lineAt(clamped);
        return { line: index + 1, column: clamped - this.startOf(index) + 1 };
    }
    /** `end` is exclusive, so endColumn is the column just after the last character. One object: a file can have 100,000. */
    range(start, end) {
        const from = this.clamp(start);
        const to = this.clamp(Math.max(start, end));
        const fromLine = this.lineAt(from);
        const toLine = to === from ? fromLine : this.lineAt(to);
        return {
            line: fromLine + 1,
            column: from - this.startOf(fromLine) + 1,
            endLine: toLine + 1,
            endColumn: to - this.startOf(toLine) + 1,
        };
    }
    clamp(offset) {
        return Math.max(0, Math.min(offset, this.text.length));
    }
    /** The offset a line starts at; `line` is one lineAt gave, or between its bounds (0 and the last line). */
    startOf(line) {
        return this.starts[line];
    }
    /** The 0-based line of an offset, by binary search over the line starts: an index of starts. */
    lineAt(offset) {
        let low = 0;
        let high = this.starts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (this.startOf(mid) <= offset)
                low = mid;
            else
                high = mid - 1;
        }
        return low;
    }
    /** The end of the line holding `offset`, without the line break and trailing blanks. */
    lineEnd(offset) {
        let end = this.text.indexOf('\n', offset);
        if (end === -1)
            end = this.text.length;
        while (end > offset && /[\s]/.test(this.text.charAt(end - 1)))
            end--;
        return end;
    }
}


/***/ }),

/***/ 2572:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ parseErrorAt)
/* harmony export */ });
/* harmony import */ var _lineIndex_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6033);

/** A parse failure at one offset of the decoded text, one character wide. */
function parseErrorAt(text, offset, message) {
    const lines = new _lineIndex_js__WEBPACK_IMPORTED_MODULE_0__/* .LineIndex */ .r(text);
    const at = Math.max(0, Math.min(offset, text.length));
    return {
        ok: false,
        text,
        problems: [
            {
                ruleId: 'parse-error',
                problem: {
                    pointer: '',
                    message,
                    range: lines.range(at, Math.min(at + 1, text.length)),
                },
            },
        ],
    };
}


/***/ }),

/***/ 1982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BD: () => (/* binding */ deepestFound),
/* harmony export */   Cp: () => (/* binding */ pointerTrie),
/* harmony export */   Qg: () => (/* binding */ arrayIndex)
/* harmony export */ });
/* harmony import */ var _core_pointer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3950);

/**
 * The requests of one file as a tree of segments, so that one walk answers all of them: cost linear in the pointers'
 * length, not in the document's size. A pointer that does not parse asks for the whole document.
 */
function pointerTrie(requests) {
    const root = { children: undefined, found: undefined, parent: undefined };
    const childOf = (node, segment) => {
        node.children ??= new Map();
        let child = node.children.get(segment);
        if (!child) {
            child = { children: undefined, found: undefined, parent: node };
            node.children.set(segment, child);
        }
        return child;
    };
    const leaves = requests.map(({ pointer }) => {
        let node = root;
        if (pointer.charCodeAt(0) !== 0x2f)
            return node;
        if (pointer.includes('~')) {
            for (const segment of (0,_core_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePointer */ .vp)(pointer))
                node = childOf(node, segment);
            return node;
        }
        // Most pointers have no escapes: their segments are cut out as they are, with no array of them.
        for (let start = 1;;) {
            const end = pointer.indexOf('/', start);
            node = childOf(node, end === -1 ? pointer.slice(start) : pointer.slice(start, end));
            if (end === -1)
                return node;
            start = end + 1;
        }
    });
    return { root, leaves };
}
/**
 * The deepest place of a request's path the walk found, and whether that is the whole path. A place counts only when
 * it was found inside the very place found for its parent: a child seen under an earlier repeat of its parent's key is
 * not in the value the document keeps.
 */
function deepestFound(leaf) {
    if (leaf.resolved)
        return leaf.resolved;
    const unresolved = [];
    let node = leaf;
    while (!node.resolved && node.parent) {
        unresolved.push(node);
        node = node.parent;
    }
    if (!node.resolved) {
        if (!node.found)
            throw new Error('the walk did not visit the root');
        node.resolved = { place: node.found, exact: true };
    }
    // Root side first: each child's parent is resolved before it.
    for (let child = unresolved.pop(); child !== undefined; child = unresolved.pop()) {
        const up = child.parent.resolved;
        child.resolved =
            up.exact && child.found && child.found.under === up.place
                ? { place: child.found, exact: true }
                : { ...up, exact: false };
    }
    return leaf.resolved;
}
/** An array index as RFC 6901 writes it: no sign, no leading zero. */
function arrayIndex(segment) {
    return /^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : undefined;
}


/***/ }),

/***/ 42:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PY: () => (/* binding */ NO_ONE_PASS),
  hN: () => (/* binding */ parseYaml)
});

// UNUSED EXPORTS: parseYamlFully

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/pointer.ts
var pointer = __webpack_require__(3950);
// EXTERNAL MODULE: ./src/parse/lineIndex.ts
var parse_lineIndex = __webpack_require__(6033);
// EXTERNAL MODULE: ./src/parse/depth.ts
var depth = __webpack_require__(2894);
// EXTERNAL MODULE: ./src/parse/parseError.ts
var parseError = __webpack_require__(2572);
// EXTERNAL MODULE: ./src/core/quoted.ts
var quoted = __webpack_require__(891);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
// EXTERNAL MODULE: ./src/core/keysOf.ts
var keysOf = __webpack_require__(1229);
// EXTERNAL MODULE: ./src/parse/yamlFastPositions.ts
var yamlFastPositions = __webpack_require__(8700);
;// CONCATENATED MODULE: ./src/parse/yamlFast.ts



/**
 * The fast path for YAML manifests. `yaml` (the full path, with positions and every check) spends most of its time in
 * its lexer and CST; js-yaml builds the same value several times faster (switch yaml-fast-path, bench/RESULTS.md).
 * Most manifests need no position at all, because nothing
 * is wrong with them: so the value comes from js-yaml, and `yaml` runs only when a finding needs a position.
 *
 * The fast path is taken only when both parsers must agree. Whenever the text or the value holds anything where
 * YAML 1.2 core (as `yaml` reads it) and js-yaml's CORE_SCHEMA could differ, or anything the full path reports on
 * (duplicate keys, tags, anchors and aliases, several documents, non-finite numbers, depth), it returns undefined
 * and the full path decides. A property test compares both paths on generated YAML.
 */
function fastYamlValue(text, maxDepth) {
    return fastYamlRead(text, maxDepth, false)?.value;
}
/**
 * fastYamlValue, and with `withFrames` the frames positions and fix rendering need, from the one reading: the value is
 * the same (same parser, same options; the listener only watches), and so is the decision to take the fast path.
 */
function fastYamlRead(text, maxDepth, withFrames) {
    if (risky(text))
        return undefined;
    let read;
    try {
        read = withFrames ? (0,yamlFastPositions/* loadWithFrames */.ZR)(text) : { value: js_yaml/* default.load */.Ay.load(text, yamlFastPositions/* JS_YAML_OPTIONS */.ft), frames: undefined };
    }
    catch {
        return undefined;
    }
    const { value, frames } = read;
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return undefined;
    return agreed(value, maxDepth) ? { value: value, frames } : undefined;
}
/**
 * Text the fast path leaves to the full one: anchors, aliases and tags (`&`, `*`, `!` opening a token), merge keys,
 * directives and document markers, complex keys, a flow collection opening a line or inside another (where it may be
 * a key), tabs, a byte order mark, binary/hex/octal or signed radix numbers, negative zero (js-yaml drops its sign), a
 * quoted scalar that does not end on its line, a comment glued to a quote or bracket, a lone CR, keep-chomping block
 * scalars and block scalars with an indentation indicator, lines over 1,024 characters (the limit of an implicit key),
 * and a flow collection spanning lines. Each pattern is tried only when a substring search finds what it needs: one
 * regular expression of all the alternatives cost more than js-yaml's whole parse of some manifests, and even a
 * one-character expression as the test cost as much as all the substring searches.
 */
const RISKY = [
    [['&', '*', '!'], /(?:^|[\s[\]{},])[&*!]/m],
    [['<<', '\t'], /<<|\t/],
    [['---', '...', '%'], /^(?:---|\.\.\.|%)/m],
    // `?` as the indicator of an explicit key wherever one can open: at a line's start, after a block indicator of the
    // same line (`- ? [a]`, `? ? x`, `: ? x`) or inside a flow collection (`{? [a, b] : c}`, `[x, ? y]`). js-yaml turns a
    // collection key into a string (`[object Object]`, `a,b`); `yaml` keeps it a collection, which is a parse error.
    [['?'], /(?:^|[-?:[{,]) *\?(?=[\s,[\]{}]|$)/m],
    [['0b', '0B', '0o', '0O', '0x', '0X'], /(?:^|[\s:[\]{},-])[-+]?0[bBoOxX]/m],
    [['[', '{'], /^ *(?:- +)*[[{]|[[{,] *[[{]/m],
    [['-0'], /(?:^|[\s[{:,])-0/m],
    [['#'], /["'\]}]#/],
    [['\r'], /\r(?!\n)/],
    // A byte order mark after the first line: `yaml` drops one that opens a document after comments (`# c\n<BOM>k: v`
    // is key `k`), js-yaml keeps it in the key, and a manifest's `client_name` would go unseen.
    [['\uFEFF'], /\uFEFF/],
    [['+'], /[|>][1-9]?\+|[|>]\+[1-9]?/],
    // An explicit indentation indicator: `yaml` 2.x drops a trailing line of spaces that is more indented than the
    // indicator says but less than the first line (`k: |1\n   d\n  \n`), which YAML 1.2 and js-yaml keep as content.
    [['|', '>'], /[|>]-?[1-9]/],
    [['"', "'"], /(?:^|[\s[{,])(?:"(?:[^"\\\n]|\\.)*\\?|'(?:[^'\n]|'')*)$/m],
    // A sequence entry with nothing on its line: js-yaml 4.3 reads a less indented entry after an empty one into the
    // inner sequence (`-\n  - b\n  -\n- x` gives [[b, null, x]], not [[b, null], x]).
    [['-\n', '-\r', '- \n', '- \r', '- #', '-  '], /^ *(?:- +)*- *(?:#.*)?\r?$/m],
];
/** Whether the text holds any of the needles: a plain substring search, several times faster than a regular expression. */
function holdsAny(text, needles) {
    for (const needle of needles)
        if (text.includes(needle))
            return true;
    return false;
}
function risky(text) {
    return (RISKY.some(([cheap, exact]) => holdsAny(text, cheap) && exact.test(text)) ||
        (holdsAny(text, ['[', '{']) && flowSpansLines(text)) ||
        hasLongLine(text) ||
        EMPTY_ENTRY.test(text.slice(text.lastIndexOf('\n') + 1)));
}
/** The same empty sequence entry as the last line of a text without a final line break. */
const EMPTY_ENTRY = /^ *(?:- +)*- *$/;
/** A line over 1,024 characters, found with indexOf (a regular expression like /[^\n]{1025}/ rescans every line from each of its characters). */
function hasLongLine(text) {
    if (text.length <= 1024)
        return false;
    let start = 0;
    for (;;) {
        const end = text.indexOf('\n', start);
        if ((end === -1 ? text.length : end) - start > 1024)
            return true;
        if (end === -1)
            return false;
        start = end + 1;
    }
}
/** A flow collection that does not close on the line it opens on: the parsers differ on its continuation lines. */
function flowSpansLines(text) {
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x5b || c === 0x7b)
            depth++;
        else if (c === 0x5d || c === 0x7d)
            depth--;
        else if (c === 0x0a) {
            if (depth !== 0)
                return true;
            depth = 0;
        }
    }
    return depth !== 0;
}
/** YAML 1.2 core scalars other than strings: a string that looks like one may have been resolved differently. */
const CORE_NON_STRING = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|true|True|TRUE|false|False|FALSE|null|Null|NULL|~|)$/;
/** Only strings that begin like a number, a boolean, null or `~` (or are empty) need the regular expression. */
function mayResolve(text) {
    if (text === '')
        return true;
    const c = text.charCodeAt(0);
    const candidate = (c >= 0x30 && c <= 0x39) ||
        c === 0x2b ||
        c === 0x2d ||
        c === 0x2e ||
        c === 0x7e ||
        c === 0x74 ||
        c === 0x54 ||
        c === 0x66 ||
        c === 0x46 ||
        c === 0x6e ||
        c === 0x4e;
    return candidate && CORE_NON_STRING.test(text);
}
/**
 * Every number finite, no string or key that could have resolved differently, nesting within the limit. Scalars are
 * judged where they are met and only collections go on the stack: an entry for every value cost more than the checks.
 */
function agreed(root, maxDepth) {
    const stack = [{ node: root, depth: 1 }];
    const scalarAgrees = (value) => {
        if (typeof value === 'number')
            return Number.isFinite(value) && !Object.is(value, -0);
        return typeof value !== 'string' || !mayResolve(value);
    };
    while (stack.length > 0) {
        const { node, depth } = stack.pop();
        if (depth > maxDepth)
            return false;
        if (Array.isArray(node)) {
            for (const item of node) {
                if (item !== null && typeof item === 'object')
                    stack.push({ node: item, depth: depth + 1 });
                else if (!scalarAgrees(item))
                    return false;
            }
        }
        else {
            for (const key of (0,keysOf/* keysOf */.Y)(node)) {
                if (mayResolve(key))
                    return false;
                const item = node[key];
                if (item !== null && typeof item === 'object')
                    stack.push({ node: item, depth: depth + 1 });
                else if (!scalarAgrees(item))
                    return false;
            }
        }
    }
    return true;
}

;// CONCATENATED MODULE: ./src/parse/yamlDirectives.ts

/**
 * Offset of a directive that repeats one before it ahead of the same document, or -1: a second `%YAML`, or a second
 * `%TAG` for the same handle. YAML 1.2 §6.8.1 and §6.8.2 make both errors; `yaml` 2.x keeps the last one silently
 * (yaml-test-suite SF5V). The text is lexed again only when it holds either directive twice.
 */
function repeatedDirectiveAt(text) {
    if (!twice(text, '%YAML') && !twice(text, '%TAG'))
        return -1;
    const seen = new Set();
    for (const token of new dist/* Parser */.iX().parse(text)) {
        if (token.type === 'document') {
            seen.clear();
        }
        else if (token.type === 'directive') {
            const [name, handle] = token.source.trim().split(/[ \t]+/);
            const key = name === '%YAML' ? name : name === '%TAG' ? `${name} ${handle}` : undefined;
            if (key === undefined)
                continue;
            if (seen.has(key))
                return token.offset;
            seen.add(key);
        }
    }
    return -1;
}
function twice(text, needle) {
    const first = text.indexOf(needle);
    return first !== -1 && text.indexOf(needle, first + 1) !== -1;
}

// EXTERNAL MODULE: ./src/parse/yamlPositions.ts
var yamlPositions = __webpack_require__(5306);
// EXTERNAL MODULE: ./src/core/optimizations.ts
var optimizations = __webpack_require__(4585);
// EXTERNAL MODULE: ./src/core/messageOf.ts
var messageOf = __webpack_require__(2017);
;// CONCATENATED MODULE: ./src/parse/yaml.ts












/** Tags whose values are plain JSON data; anything else (!!binary, !!timestamp, custom tags) is not a manifest value. */
const JSON_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));
/**
 * The listener costs a fraction of a reading more and its frames take about three times the value's memory for the
 * document's life, while a second reading is only needed for a file with findings: most manifests are a few kilobytes
 * and clean, and a text of 64 KiB is far past any manifest of the 10,000-manifest corpus, built to have findings.
 * A document with findings lives to the end of the run, so kept frames must not multiply the memory of a repository
 * of large manifests: past 8 MiB, texts are read as with the switch off, and frames read later are not kept (read
 * again to render fixes). The same values and positions either way.
 */
const processOnePass = { from: 64 * 1024, left: 8 * 1024 * 1024 };
/** Only the value is wanted (a text read again to verify a fix): no frames with it, none kept. */
const NO_ONE_PASS = Object.freeze({ from: Infinity, left: 0 });
/** Frames not read yet: the first that needs them reads them (a text without findings never does). */
const UNREAD = Symbol('unread');
/**
 * YAML 1.2 core schema; duplicate keys are findings, not parse errors (the last value wins). The value comes from the
 * fast path when it is certain to agree with the full one (see yamlFast.ts), else from the full path.
 */
function parseYaml(file, text, limits, onePass = processOnePass) {
    // The fast path measures the depth of the value it builds (js-yaml overflowing its stack on absurd nesting is a
    // refusal like any other); the full path scans the text first.
    if (!(0,optimizations/* optimized */.Y)('yaml-fast-path'))
        return parseYamlFully(file, text, limits);
    const once = text.length >= onePass.from && text.length <= onePass.left && (0,optimizations/* optimized */.Y)('yaml-one-pass');
    const read = fastYamlRead(text, limits.maxDepth, once);
    if (read === undefined)
        return parseYamlFully(file, text, limits);
    if (once)
        onePass.left -= text.length;
    const frames = once ? read.frames : UNREAD;
    return { ok: true, document: new FastYamlDocument(file, text, read.value, limits, onePass, frames), problems: [] };
}
/**
 * A document whose value came from the fast path, which keeps no tree with positions unless the text was read in one
 * pass: when findings need positions, js-yaml reads the text again for all of them (yamlFastPositions.ts), once for
 * locating and rendering fixes alike, and `yaml` composes it once for those that reading cannot answer. A class, not an
 * object of closures: fewer objects for each of 10,000 documents is less for the collector to copy.
 */
class FastYamlDocument {
    file;
    text;
    value;
    limits;
    keep;
    read;
    format = 'yaml';
    fastPath = true;
    constructor(file, text, value, limits, keep, read) {
        this.file = file;
        this.text = text;
        this.value = value;
        this.limits = limits;
        this.keep = keep;
        this.read = read;
    }
    /**
     * js-yaml's frames of the text (yamlFastPositions.ts), read at most once while the budget of kept frames lasts;
     * undefined where it is not one document.
     */
    frames() {
        if (this.read !== UNREAD)
            return this.read;
        const frames = (0,yamlFastPositions/* readFrames */.v0)(this.text);
        if (this.text.length <= this.keep.left) {
            this.keep.left -= this.text.length;
            this.read = frames;
        }
        return frames;
    }
    locateAll(requests, meter) {
        const lines = new parse_lineIndex/* LineIndex */.r(this.text);
        // Off (the yaml-fast-positions optimization), `yaml` answers every request.
        const fast = (0,optimizations/* optimized */.Y)('yaml-fast-positions')
            ? (0,yamlFastPositions/* locateFastYaml */.AI)(this.text, requests, lines, meter, () => this.frames())
            : requests.map(() => undefined);
        const unanswered = requests.filter((_, i) => fast[i] === undefined);
        if (unanswered.length === 0)
            return fast;
        if (meter)
            meter.parses++;
        const composed = composeYaml(this.text, this.limits.maxDepth);
        const contents = 'documents' in composed ? composed.documents[0]?.contents : undefined;
        const answers = (0,yamlPositions/* locateYamlAll */.l)(contents ?? null, unanswered, lines, meter);
        let next = 0;
        // answers has a range for each unanswered request, in order.
        return fast.map((range) => range ?? answers[next++]);
    }
}
/** A document the full path composed: its tree, with every node's range, is kept for its findings' positions. */
class ComposedYamlDocument {
    file;
    text;
    value;
    contents;
    format = 'yaml';
    constructor(file, text, value, contents) {
        this.file = file;
        this.text = text;
        this.value = value;
        this.contents = contents;
    }
    locateAll(requests, meter) {
        return (0,yamlPositions/* locateYamlAll */.l)(this.contents, requests, new parse_lineIndex/* LineIndex */.r(this.text), meter);
    }
}
/**
 * `yaml`'s documents of the text, or the offset where its nesting goes deeper than `maxDepth`. The library's composer
 * recurses once per level and its parser keeps every open level, so a deep text could overflow the one or fill memory
 * with the other: the syntax tree is built a token at a time and abandoned once more levels are open than the limit
 * allows, its depth measured exactly (depth.ts), and only a tree within the limit is composed.
 */
function composeYaml(text, maxDepth) {
    const parser = new dist/* Parser */.iX();
    const tokens = [];
    let cut = false;
    for (const lexeme of new dist/* Lexer */.JG().lex(text)) {
        for (const token of parser.next(lexeme))
            tokens.push(token);
        // The parser's stack holds the document, the open collections and at most one scalar being read.
        if (parser.stack.length > maxDepth + 2) {
            cut = true;
            break;
        }
    }
    const at = parser.offset;
    for (const token of parser.end())
        tokens.push(token);
    const tooDeep = (0,depth/* yamlDepthExceeded */.I)(tokens, maxDepth);
    if (tooDeep !== -1)
        return { tooDeep };
    if (cut)
        return { tooDeep: at };
    const composer = new dist/* Composer */.Dk({ uniqueKeys: false, prettyErrors: false, strict: true });
    return { documents: Array.from(composer.compose(tokens)) };
}
/** The full path: `yaml` with positions, duplicate keys, tags, aliases and depth. */
function parseYamlFully(file, text, limits) {
    let composed;
    try {
        composed = composeYaml(text, limits.maxDepth);
    }
    catch (error) {
        return (0,parseError/* parseErrorAt */.v)(text, 0, describeFailure(error, limits));
    }
    if ('tooDeep' in composed)
        return (0,parseError/* parseErrorAt */.v)(text, composed.tooDeep, `nesting is deeper than ${limits.maxDepth} levels`);
    const { documents } = composed;
    const [doc, second] = documents;
    if (!doc)
        return (0,parseError/* parseErrorAt */.v)(text, 0, 'file holds no YAML document, only comments');
    if (second) {
        return (0,parseError/* parseErrorAt */.v)(text, second.range[0], `file holds ${documents.length} YAML documents; a manifest is one document`);
    }
    // Compact block nesting (`- - - - x`) adds depth without adding lines, so the size limit does not bound it: the
    // library's recursive composer overflows the stack and records RESOURCE_EXHAUSTION instead of throwing.
    const exhausted = doc.errors.find((e) => e.code === 'RESOURCE_EXHAUSTION');
    if (exhausted)
        return (0,parseError/* parseErrorAt */.v)(text, exhausted.pos[0], `nesting is deeper than ${limits.maxDepth} levels`);
    const fault = doc.errors[0];
    if (fault)
        return (0,parseError/* parseErrorAt */.v)(text, fault.pos[0], `invalid YAML: ${yamlErrorKind(fault)}`);
    const repeated = repeatedDirectiveAt(text);
    if (repeated !== -1)
        return (0,parseError/* parseErrorAt */.v)(text, repeated, 'invalid YAML: a directive is repeated before one document');
    const problems = [];
    const unfit = inspect(doc.contents, text, limits, problems);
    if (unfit)
        return (0,parseError/* parseErrorAt */.v)(text, unfit.offset, unfit.message);
    let value;
    try {
        value = doc.toJS({ maxAliasCount: limits.maxAliasCount });
    }
    catch (error) {
        return (0,parseError/* parseErrorAt */.v)(text, 0, describeFailure(error, limits));
    }
    return {
        ok: true,
        document: new ComposedYamlDocument(file, text, value, doc.contents),
        problems,
    };
}
/** What went wrong when building the value, in words of our own: the library's messages name aliases and tags. */
function describeFailure(error, limits) {
    if (error instanceof RangeError)
        return `nesting is deeper than ${limits.maxDepth} levels`;
    const message = (0,messageOf/* messageOf */.b)(error);
    if (/alias count/i.test(message)) {
        return `too many alias expansions (more than ${limits.maxAliasCount}): a YAML alias bomb?`;
    }
    if (/^Unresolved alias/.test(message))
        return 'invalid YAML: an alias names no anchor defined before it';
    return 'invalid YAML: the value could not be built';
}
/**
 * The `yaml` library's error, by its code, in words of our own: its messages quote the text (`Invalid escape sequence
 * \q`, `Unresolved tag: !tag`, `Plain value cannot start with @`), and no character of the text may reach a report.
 * A few fixed messages of the library refine a code; they only choose the words, they are never copied.
 */
const YAML_ERRORS = {
    ALIAS_PROPS: 'an alias cannot have an anchor or a tag',
    BAD_ALIAS: 'an alias or anchor name is empty or ends with ":"',
    BAD_COLLECTION_TYPE: 'a tag does not fit the kind of collection it is on',
    BAD_DIRECTIVE: 'invalid directive',
    BAD_DQ_ESCAPE: 'invalid escape sequence in a double-quoted string',
    BAD_INDENT: 'bad indentation',
    BAD_PROP_ORDER: 'anchors and tags must come after the indicator',
    BAD_SCALAR_START: 'a plain value cannot start with a reserved character (quote it)',
    BLOCK_AS_IMPLICIT_KEY: 'nested mappings are not allowed in compact mappings',
    BLOCK_IN_FLOW: 'a block collection cannot be inside a flow collection',
    DUPLICATE_KEY: 'duplicate key',
    IMPOSSIBLE: 'unexpected structure',
    KEY_OVER_1024_CHARS: 'an implicit key is longer than 1024 characters',
    MISSING_CHAR: 'a character is missing (a closing quote or bracket, a comma, or a ":" after a key)',
    MULTILINE_IMPLICIT_KEY: 'implicit keys need to be on a single line',
    MULTIPLE_ANCHORS: 'a node can have at most one anchor',
    MULTIPLE_DOCS: 'more than one document',
    MULTIPLE_TAGS: 'a node can have at most one tag',
    NON_STRING_KEY: 'a key is not a string',
    RESOURCE_EXHAUSTION: 'too deeply nested',
    TAB_AS_INDENT: 'tabs are not allowed as indentation',
    TAG_RESOLVE_FAILED: 'a tag could not be resolved',
    UNEXPECTED_TOKEN: 'unexpected token',
};
const YAML_REFINED = [
    ['MISSING_CHAR', /^Missing closing "quote/, 'a double-quoted string is not closed'],
    ['MISSING_CHAR', /^Missing closing 'quote/, 'a single-quoted string is not closed'],
    ['MISSING_CHAR', /^Implicit map keys need to be followed by map values/, 'a key is not followed by ":" and a value'],
    ['MISSING_CHAR', /^Missing , (or : )?between/, 'a comma is missing between the items of a flow collection'],
    ['MISSING_CHAR', /^Missing space after :/, 'a space is missing after ":"'],
    ['MISSING_CHAR', /^Comments must be separated/, 'a comment must be separated from the value by a space'],
    ['BAD_INDENT', /^All mapping items must start at the same column/, 'mapping items must start at the same column'],
    ['BAD_INDENT', /^All sequence items must start at the same column/, 'sequence items must start at the same column'],
    [
        'BAD_INDENT',
        /^Flow (sequence|mapping) in block collection must be sufficiently indented/,
        'a flow collection is not indented enough or not closed',
    ],
];
function yamlErrorKind(error) {
    const refined = YAML_REFINED.find(([code, pattern]) => code === error.code && pattern.test(error.message));
    return refined?.[2] ?? YAML_ERRORS[error.code] ?? 'syntax error';
}
const COLLECTION_KEY = 'a mapping key is itself a collection; manifest keys are strings';
/**
 * One walk over the tree in document order (an explicit stack, never recursion): duplicate keys, keys that are
 * collections, tags that are not JSON data, numbers JSON cannot hold, the exact nesting depth, and aliases. Anchors are
 * met in the order `yaml` resolves them (a node before its contents, a key before its value), so each alias is checked
 * where it stands: it must name an anchor set before it, and not one around it (a structure that holds itself, which
 * no JSON value is).
 */
function inspect(root, text, limits, problems) {
    let lines;
    const lineIndex = () => (lines ??= new parse_lineIndex/* LineIndex */.r(text));
    const anchors = new Map();
    const stack = [
        { node: root, path: [], depth: 1 },
    ];
    while (stack.length > 0) {
        const { node, path, depth, isKey } = stack.pop();
        if (!node)
            continue;
        const offset = node.range?.[0] ?? 0;
        if ((0,dist/* isAlias */.Vj)(node)) {
            const named = anchors.get(node.source);
            if (!named)
                return { offset, message: 'invalid YAML: an alias names no anchor set before it' };
            const [start, end] = named.range ?? [0, 0];
            if (start <= offset && offset < end)
                return { offset, message: 'an alias inside the node its anchor names makes a structure JSON cannot hold' };
            // An alias key (`*x : 1`) is the node it names: a collection smuggled in that way is refused too.
            if (isKey && (0,dist/* isCollection */.P3)(named))
                return { offset, message: COLLECTION_KEY };
            continue;
        }
        if (!(0,dist/* isScalar */.jn)(node) && !(0,dist/* isCollection */.P3)(node))
            continue;
        if (isKey && (0,dist/* isCollection */.P3)(node))
            return { offset, message: COLLECTION_KEY };
        // Keys are checked like values: `!!binary k: 1` would be a Uint8Array key.
        const tag = node.tag;
        if (tag !== undefined && tag !== '!' && !JSON_TAGS.has(tag))
            return { offset, message: tagMessage(tag) };
        if (node.anchor)
            anchors.set(node.anchor, node);
        if ((0,dist/* isScalar */.jn)(node)) {
            // A key becomes a property name, so `.inf:` is the key "Infinity", not a number.
            if (!isKey && typeof node.value === 'number' && !Number.isFinite(node.value))
                return { offset, message: 'a number JSON cannot hold (infinite or not a number)' };
            continue;
        }
        if (depth > limits.maxDepth)
            return { offset, message: `nesting is deeper than ${limits.maxDepth} levels` };
        if ((0,dist/* isSeq */.oP)(node)) {
            for (let i = node.items.length - 1; i >= 0; i--)
                stack.push({ node: node.items[i], path: [...path, String(i)], depth: depth + 1 });
            continue;
        }
        if (!(0,dist/* isMap */.jh)(node))
            continue;
        const seen = new Map();
        for (const pair of node.items) {
            const key = (0,yamlPositions/* keyText */.P)(pair);
            const keyNode = pair.key;
            const keyOffset = keyNode?.range?.[0];
            const first = seen.get(key);
            if (first !== undefined && keyOffset !== undefined) {
                problems.push({
                    ruleId: 'duplicate-key',
                    problem: {
                        pointer: (0,pointer/* toPointer */.rb)([...path, key]),
                        target: 'key',
                        message: `duplicate key ${(0,quoted/* quoted */.TL)(key)} (first at line ${lineIndex().position(first).line}); the last value is used`,
                        range: lineIndex().range(keyNode.range[0], keyNode.range[1]),
                    },
                });
            }
            else if (first === undefined) {
                seen.set(key, keyOffset ?? 0);
            }
        }
        // Last pair first, value before key: they come off the stack in document order.
        for (const pair of node.items.toReversed()) {
            stack.push({ node: pair.value, path: [...path, (0,yamlPositions/* keyText */.P)(pair)], depth: depth + 1 });
            stack.push({ node: pair.key, path, depth, isKey: true });
        }
    }
    return undefined;
}
/** YAML 1.1 types that are not JSON data, named in messages; any other tag is the author's and is not quoted. */
const STANDARD_TAGS = new Set(['binary', 'timestamp', 'set', 'omap', 'pairs', 'merge', 'value', 'yaml']);
function tagMessage(tag) {
    const name = tag.startsWith('tag:yaml.org,2002:') ? tag.slice('tag:yaml.org,2002:'.length) : undefined;
    return name !== undefined && STANDARD_TAGS.has(name)
        ? `YAML tag !!${name} is not plain JSON data`
        : 'a custom YAML tag is not plain JSON data';
}


/***/ }),

/***/ 8700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ locateFastYaml),
/* harmony export */   ZR: () => (/* binding */ loadWithFrames),
/* harmony export */   ft: () => (/* binding */ JS_YAML_OPTIONS),
/* harmony export */   ok: () => (/* binding */ nodeReader),
/* harmony export */   v0: () => (/* binding */ readFrames)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3243);
/* harmony import */ var _core_keysOf_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1229);
/* harmony import */ var _pointerTrie_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1982);



/**
 * The ranges of the requests, in order; undefined for those this reading cannot answer (all of them if it failed).
 * `framesOf` gives the reading: a document that keeps its frames passes them, so that js-yaml reads the text once.
 */
function locateFastYaml(text, requests, lines, meter, framesOf = readFrames) {
    // The reading the answers come from, whether made here or shared (with the value, or with fix rendering).
    if (meter)
        meter.parses++;
    const root = framesOf(text);
    if (!root)
        return requests.map(() => undefined);
    const nodeOf = nodeReader(text);
    const { root: top, leaves } = (0,_pointerTrie_js__WEBPACK_IMPORTED_MODULE_2__/* .pointerTrie */ .Cp)(requests);
    let steps = 0;
    top.found = { under: undefined, key: undefined, node: nodeOf(root) };
    const stack = top.children ? [top] : [];
    while (stack.length > 0) {
        const at = stack.pop();
        const found = at.found;
        const node = found.node;
        const children = at.children;
        if (node?.kind === 'map') {
            // Last pair first, as in yamlPositions.ts.
            for (const pair of node.pairs.toReversed()) {
                steps++;
                const child = children.get(pair.key);
                if (!child || child.found?.under === found)
                    continue;
                child.found = { under: found, key: pair.span, node: nodeOf(pair.value) };
                if (child.children)
                    stack.push(child);
            }
        }
        else if (node?.kind === 'seq') {
            for (const [segment, child] of children) {
                steps++;
                const index = (0,_pointerTrie_js__WEBPACK_IMPORTED_MODULE_2__/* .arrayIndex */ .Qg)(segment);
                const item = index === undefined ? undefined : node.items[index];
                if (item === undefined)
                    continue;
                child.found = { under: found, key: undefined, node: nodeOf(item) };
                if (child.children)
                    stack.push(child);
            }
        }
    }
    if (meter)
        meter.steps += steps;
    const range = (span) => lines.range(span.start, span.end);
    // The ending of the walk of yamlPositions.ts, case for case.
    return requests.map(({ target = 'value' }, index) => {
        // leaves are the requests' own, in order.
        const { place, exact } = (0,_pointerTrie_js__WEBPACK_IMPORTED_MODULE_2__/* .deepestFound */ .BD)(leaves[index]);
        const { node, key } = place;
        // Stopped at a node this reading does not look into: `yaml` knows what is there.
        if (node === undefined || (!exact && node.kind === 'flow'))
            return undefined;
        if (exact && target === 'key' && key)
            return range(key);
        switch (node.kind) {
            case 'empty':
                return key ? range(key) : lines.range(0, 0);
            case 'map':
            case 'seq':
                return key ? range(key) : lines.range(node.start, lines.lineEnd(node.start));
            case 'flow':
                return key ? range(key) : lines.range(node.start, node.start + 1);
            case 'scalar':
                return range(node.span);
            case 'block-scalar':
                return undefined;
        }
    });
}
/**
 * How the fast path has js-yaml read a text, for its value and for its frames alike. CORE_SCHEMA: YAML 1.2 core types
 * only (no timestamps, no merge keys); duplicate keys throw (json: false).
 */
const JS_YAML_OPTIONS = { schema: js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].CORE_SCHEMA */ .Ay.CORE_SCHEMA, json: false };
/** js-yaml's reading of the text as a tree of frames, or undefined where it does not read it as one document. */
function readFrames(text) {
    if (text.charCodeAt(0) === 0xfeff)
        return undefined;
    try {
        return loadWithFrames(text).frames;
    }
    catch {
        return undefined;
    }
}
/**
 * The value js-yaml reads (what `jsYaml.load(text, JS_YAML_OPTIONS)` returns: the listener only watches) and, from the
 * same reading, its tree of frames: undefined where it is not one document. Throws where js-yaml does.
 */
function loadWithFrames(text) {
    const top = { open: 0, close: 0, kind: null, result: null, children: [] };
    const stack = [top];
    let broken = false;
    const value = js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].load */ .Ay.load(text, {
        ...JS_YAML_OPTIONS,
        listener(event, state) {
            if (broken)
                return;
            if (event === 'open') {
                const frame = { open: state.position, close: -1, kind: null, result: null, children: [] };
                const parent = stack.at(-1);
                // A node opened after the top one closed: no tree of frames, `yaml` answers.
                if (!parent) {
                    broken = true;
                    return;
                }
                parent.children.push(frame);
                stack.push(frame);
            }
            else {
                const frame = stack.pop();
                const read = state;
                frame.close = state.position;
                frame.kind = read.kind;
                frame.result = read.result;
            }
        },
    });
    const frames = !broken && top.children.length === 1 && stack.length === 1 ? top.children[0] : undefined;
    return { value, frames };
}
/** What a frame is, where its text starts and, for a block collection, its entries; undefined where unsure. */
function nodeReader(text) {
    /** Past blanks, line breaks and comments: where a node that opened at `offset` really starts. */
    const skipSeparation = (offset) => {
        let i = offset;
        for (;;) {
            const c = text.charCodeAt(i);
            if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d)
                i++;
            else if (c === 0x23) {
                const eol = text.indexOf('\n', i);
                if (eol === -1)
                    return text.length;
                i = eol + 1;
            }
            else
                return i;
        }
    };
    /** Back over the blanks and line breaks a scalar's reader stepped past. */
    const trimEnd = (start, end) => {
        let i = end;
        while (i > start) {
            const c = text.charCodeAt(i - 1);
            if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d)
                i--;
            else
                break;
        }
        return i;
    };
    return (frame) => {
        if (frame.kind === null)
            return { kind: 'empty' };
        const start = skipSeparation(frame.open);
        const first = text.charCodeAt(start);
        if (frame.kind === 'scalar') {
            if (first === 0x7c || first === 0x3e)
                return { kind: 'block-scalar' };
            return { kind: 'scalar', span: { start, end: trimEnd(start, frame.close) } };
        }
        if (first === 0x5b || first === 0x7b)
            return { kind: 'flow', start };
        if (frame.kind === 'sequence') {
            const items = frame.children;
            if (!Array.isArray(frame.result) || items.length !== frame.result.length || items.some((i) => i.kind === null))
                return undefined;
            return { kind: 'seq', start, items };
        }
        // A block mapping: its children are key, value, key, value…, and a last key that was tried and not found.
        const children = frame.children.length % 2 === 1 && frame.children.at(-1).kind === null
            ? frame.children.slice(0, -1)
            : frame.children;
        if (children.length % 2 !== 0 || frame.result === null || typeof frame.result !== 'object')
            return undefined;
        const pairs = [];
        for (let i = 0; i < children.length; i += 2) {
            const key = children[i];
            const value = children[i + 1];
            if (!key || !value || key.kind !== 'scalar' || typeof key.result !== 'string')
                return undefined;
            const keyStart = skipSeparation(key.open);
            pairs.push({
                key: key.result,
                span: { start: keyStart, end: trimEnd(keyStart, key.close) },
                value,
            });
        }
        if (pairs.length !== (0,_core_keysOf_js__WEBPACK_IMPORTED_MODULE_1__/* .keysOf */ .Y)(frame.result).length)
            return undefined;
        return { kind: 'map', start, pairs };
    };
}


/***/ }),

/***/ 5306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ keyText),
/* harmony export */   l: () => (/* binding */ locateYamlAll)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _pointerTrie_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1982);


/**
 * The ranges of many pointers in a document `yaml` composed, from one walk of its tree that enters only the
 * collections the pointers go into and reads each of their items once. A value's own range; a collection by its key,
 * or else by its first line (block) or its opening bracket (flow); the last of duplicate keys, as `toJS` takes it.
 */
function locateYamlAll(contents, requests, lines, meter) {
    const { root, leaves } = (0,_pointerTrie_js__WEBPACK_IMPORTED_MODULE_1__/* .pointerTrie */ .Cp)(requests);
    let steps = 0;
    root.found = { under: undefined, key: undefined, node: contents };
    const stack = root.children ? [root] : [];
    while (stack.length > 0) {
        const at = stack.pop();
        const found = at.found;
        const value = found.node;
        const children = at.children;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(value)) {
            // Last pair first: the last of repeated keys is the one `toJS` keeps, and the earlier ones are passed over.
            for (const pair of value.items.toReversed()) {
                steps++;
                const child = children.get(keyText(pair));
                if (!child || child.found?.under === found)
                    continue;
                child.found = { under: found, key: pair.key ?? undefined, node: pair.value };
                if (child.children)
                    stack.push(child);
            }
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(value)) {
            for (const [segment, child] of children) {
                steps++;
                const index = (0,_pointerTrie_js__WEBPACK_IMPORTED_MODULE_1__/* .arrayIndex */ .Qg)(segment);
                if (index === undefined || index >= value.items.length)
                    continue;
                child.found = { under: found, key: undefined, node: value.items[index] };
                if (child.children)
                    stack.push(child);
            }
        }
    }
    if (meter)
        meter.steps += steps;
    return requests.map(({ target = 'value' }, index) => {
        // leaves are the requests' own, in order.
        const { place, exact } = (0,_pointerTrie_js__WEBPACK_IMPORTED_MODULE_1__/* .deepestFound */ .BD)(leaves[index]);
        const { key } = place;
        if (exact && target === 'key' && key)
            return nodeRange(key, lines);
        const valueNode = place.node;
        if (!valueNode?.range || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(valueNode) && valueNode.range[0] === valueNode.range[1])) {
            return key ? nodeRange(key, lines) : lines.range(0, 0);
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isCollection */ .P3)(valueNode)) {
            if (key)
                return nodeRange(key, lines);
            const start = valueNode.range[0];
            return lines.range(start, valueNode.flow === true ? start + 1 : lines.lineEnd(start));
        }
        return nodeRange(valueNode, lines);
    });
}
/** The key as `toJS` turns it into a property name. */
function keyText(pair) {
    const key = pair.key;
    if (key === null || key === undefined)
        return '';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key))
        return scalarText(key.value);
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(key))
        return key.source;
    // A collection as a key: its YAML text, as the library names such a key when it builds the value.
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isCollection */ .P3)(key) ? key.toString() : scalarText(key);
}
function scalarText(value) {
    switch (typeof value) {
        case 'string':
            return value;
        case 'number':
        case 'boolean':
        case 'bigint':
            return String(value);
        default:
            return value === null || value === undefined ? '' : (JSON.stringify(value) ?? '');
    }
}
function nodeRange(node, lines) {
    const [start, end] = node.range ?? [0, 0];
    return lines.range(start, end);
}


/***/ })

};
