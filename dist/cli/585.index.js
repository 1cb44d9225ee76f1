export const id = 585;
export const ids = [585];
export const modules = {

/***/ 9584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ applyEdits),
/* harmony export */   t: () => (/* binding */ nonOverlapping)
/* harmony export */ });
/** The text with the edits applied; they must not overlap one another (any order). */
function applyEdits(text, edits) {
    const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
    let out = '';
    let at = 0;
    for (const edit of sorted) {
        if (edit.start < at)
            throw new Error('overlapping text edits');
        out += text.slice(at, edit.start) + edit.text;
        at = edit.end;
    }
    return out + text.slice(at);
}
/**
 * Which groups of edits can be applied together in one pass, ESLint's way: sorted by where they start, a group is
 * taken when none of its edits overlaps (or touches the same point as) an edit already taken, else left for the next
 * pass. Returns the indices of the groups taken.
 */
function nonOverlapping(groups) {
    const order = groups
        .flatMap((edits, index) => edits.length === 0
        ? []
        : [{ index, start: Math.min(...edits.map((e) => e.start)), end: Math.max(...edits.map((e) => e.end)) }])
        .sort((a, b) => a.start - b.start || a.end - b.end || a.index - b.index);
    const taken = [];
    let lastEnd = -1;
    for (const group of order) {
        // A group is one span from its first edit to its last: another group's edit between them would interleave.
        if (group.start <= lastEnd)
            continue;
        taken.push(group.index);
        lastEnd = group.end;
    }
    return taken.sort((a, b) => a - b);
}


/***/ }),

/***/ 6966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bk: () => (/* binding */ reparse),
/* harmony export */   renderPatches: () => (/* binding */ renderPatches)
/* harmony export */ });
/* unused harmony exports MAX_CHANGES_PER_FILE, MAX_RENDERED_LENGTH, yamlRenderersOf */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _core_pointer_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(3950);
/* harmony import */ var _core_valuePatch_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7114);
/* harmony import */ var _core_textEdit_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(9584);
/* harmony import */ var _lineIndex_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6033);
/* harmony import */ var _yamlPositions_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5306);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6473);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(42);
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8899);
/* harmony import */ var _yamlFastPositions_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8700);
/* harmony import */ var _pointerTrie_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(1982);
/* harmony import */ var _core_optimizations_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4585);














/**
 * At most this many distinct changes of one file are rendered in one run; the rest get no edits (`--fix` passes again
 * and takes the next ones). A file built to have a hundred thousand findings must not cost a render for each.
 */
const MAX_CHANGES_PER_FILE = 200;
/**
 * Characters of edited text parsed again to verify one file's changes: a verification parses the whole file, so a
 * large file with many changes that do not verify together gets fewer single verifications; a change left
 * unverified gets no edits. A manifest of a few kilobytes has room for every change.
 */
const VERIFY_BUDGET = 2_000_000;
/**
 * Characters of the largest file whose changes are rendered. Rendering reads the file again with every position (for
 * YAML, `yaml`'s whole tree, which the fast path spared), so a file near the size limit built to have findings with
 * fixes would double the cost of checking it. A manifest is a few kilobytes; its findings still name the correction.
 */
const MAX_RENDERED_LENGTH = 256 * 1024;
/**
 * Each set of value patches as text edits of the source, or undefined where a set cannot be rendered safely. The
 * edits replace only the text of the keys and values the patches name, so comments, quoting, key order and layout stay
 * as they were elsewhere. Every rendering is verified: the edited text is parsed again and must give exactly the value
 * the patches describe, with no new duplicate key; one that does not gets no edits (never a wrong one).
 */
function renderPatches(source, sets) {
    if (source.text.length > MAX_RENDERED_LENGTH)
        return sets.map(() => undefined);
    const renderer = source.format === 'json'
        ? jsonRenderer(source.text)
        : source.fastPath === true && (0,_core_optimizations_js__WEBPACK_IMPORTED_MODULE_8__/* .optimized */ .Y)('yaml-fast-render')
            ? fastFirstRenderer(source.text, source.frames ? source.frames() : (0,_yamlFastPositions_js__WEBPACK_IMPORTED_MODULE_7__/* .readFrames */ .v0)(source.text))
            : yamlRenderer(source.text);
    const lines = new _lineIndex_js__WEBPACK_IMPORTED_MODULE_9__/* .LineIndex */ .r(source.text);
    let budget = VERIFY_BUDGET - source.text.length;
    // The duplicate keys of the file as it is, counted only when an edited text has any.
    let baseline;
    const duplicatesBefore = () => (baseline ??= duplicateKeys(source));
    // The same change is often offered by several findings (every item of a list): rendered and verified once.
    const byKey = new Map();
    const slot = sets.map((patches) => {
        const key = JSON.stringify(patches);
        let change = byKey.get(key);
        if (!change) {
            if (byKey.size >= MAX_CHANGES_PER_FILE)
                return undefined;
            change = { patches, edits: renderSet(renderer, patches) };
            byKey.set(key, change);
        }
        return change;
    });
    const verifies = (chosen) => {
        const patches = chosen.flatMap((c) => c.patches);
        const expected = (0,_core_valuePatch_js__WEBPACK_IMPORTED_MODULE_10__/* .applyPatches */ .$)(source.value, patches);
        if (expected === undefined)
            return false;
        const text = (0,_core_textEdit_js__WEBPACK_IMPORTED_MODULE_11__/* .applyEdits */ .c)(source.text, chosen.flatMap((c) => c.edits));
        budget -= text.length;
        const reparsed = reparse(source, text);
        return (reparsed !== undefined &&
            (reparsed.duplicates === 0 || reparsed.duplicates <= duplicatesBefore()) &&
            (0,node_util__WEBPACK_IMPORTED_MODULE_0__.isDeepStrictEqual)(reparsed.value, expected));
    };
    const rendered = [...byKey.values()].filter((c) => c.edits !== undefined);
    // nonOverlapping returns indices into rendered.
    const together = (0,_core_textEdit_js__WEBPACK_IMPORTED_MODULE_11__/* .nonOverlapping */ .t)(rendered.map((c) => c.edits)).map((i) => rendered[i]);
    if (together.length > 1 && verifies(together))
        for (const change of together)
            change.ok = true;
    for (const change of rendered) {
        if (change.ok !== undefined)
            continue;
        change.ok = budget >= source.text.length && verifies([change]);
    }
    return slot.map((change) => {
        if (!change?.edits || !change.ok)
            return undefined;
        return change.edits.map(({ start, end, text }) => ({ ...lines.range(start, end), start, end, text }));
    });
}
function renderSet(renderer, patches) {
    const edits = [];
    for (const patch of patches) {
        const rendered = renderer.render(patch);
        if (!rendered)
            return undefined;
        edits.push(...rendered);
    }
    edits.sort((a, b) => a.start - b.start || a.end - b.end);
    // Edits of one change touch distinct places: two at one place would make the outcome depend on their order.
    let previous;
    for (const edit of edits) {
        if (previous && (edit.start < previous.end || (edit.start === previous.start && edit.end === previous.end)))
            return undefined;
        previous = edit;
    }
    return edits.length > 0 ? edits : undefined;
}
/** The value of a text of `file` and its parse problems (duplicate keys), or undefined when it does not parse. */
function reparse(source, text) {
    const outcome = source.format === 'json'
        ? (0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .parseJson */ .q)(source.file, text, _formats_js__WEBPACK_IMPORTED_MODULE_6__/* .defaultParseLimits */ .j)
        : (0,_yaml_js__WEBPACK_IMPORTED_MODULE_5__/* .parseYaml */ .hN)(source.file, text, _formats_js__WEBPACK_IMPORTED_MODULE_6__/* .defaultParseLimits */ .j, _yaml_js__WEBPACK_IMPORTED_MODULE_5__/* .NO_ONE_PASS */ .PY);
    if (!outcome.ok)
        return undefined;
    return { value: outcome.document.value, duplicates: outcome.problems.length };
}
function duplicateKeys(source) {
    return reparse(source, source.text)?.duplicates ?? 0;
}
// JSON: jsonc-parser's tree gives every key and value its offset and length.
function jsonRenderer(text) {
    const root = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_1__.parseTree)(text, [], { disallowComments: true, allowTrailingComma: false });
    return {
        render(patch) {
            if (!root)
                return undefined;
            const node = findJson(root, (0,_core_pointer_js__WEBPACK_IMPORTED_MODULE_12__/* .parsePointer */ .vp)(patch.pointer));
            if (!node)
                return undefined;
            switch (patch.op) {
                case 'replace':
                    return [{ start: node.offset, end: node.offset + node.length, text: JSON.stringify(patch.value) }];
                case 'rename': {
                    const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
                    if (!key)
                        return undefined;
                    return [{ start: key.offset, end: key.offset + key.length, text: JSON.stringify(patch.key) }];
                }
                case 'remove':
                    return removeJson(node);
            }
        },
    };
}
/**
 * A property or item removed with the comma that joins it to the next one (or, for the last, to the one before):
 * the layout of everything else stays.
 */
function removeJson(node) {
    const member = node.parent?.type === 'property' ? node.parent : node;
    const siblings = member.parent?.children;
    if (!siblings)
        return undefined;
    const index = siblings.indexOf(member);
    if (index === -1)
        return undefined;
    const end = member.offset + member.length;
    const next = siblings[index + 1];
    if (next)
        return [{ start: member.offset, end: next.offset, text: '' }];
    const previous = siblings[index - 1];
    if (previous)
        return [{ start: previous.offset + previous.length, end, text: '' }];
    return [{ start: member.offset, end, text: '' }];
}
const jsonKeys = new WeakMap();
/**
 * The node a pointer names. jsonc-parser would find the first of repeated keys where JSON.parse keeps the last: a
 * path through a repeated key is refused. Each object's keys are indexed once, so many changes in a large object
 * cost a lookup each.
 */
function findJson(root, segments) {
    let node = root;
    for (const segment of segments) {
        if (!node)
            return undefined;
        if (node.type === 'object') {
            let keys = jsonKeys.get(node);
            if (!keys) {
                keys = new Map();
                for (const property of node.children ?? []) {
                    const key = property.children?.[0]?.value;
                    if (typeof key !== 'string')
                        continue;
                    const list = keys.get(key);
                    if (list)
                        list.push(property);
                    else
                        keys.set(key, [property]);
                }
                jsonKeys.set(node, keys);
            }
            const matches = keys.get(segment);
            if (matches?.length !== 1)
                return undefined;
            node = matches[0]?.children?.[1];
        }
        else if (node.type === 'array') {
            if (!/^(0|[1-9]\d*)$/.test(segment))
                return undefined;
            node = node.children?.[Number(segment)];
        }
        else {
            return undefined;
        }
    }
    return node;
}
// YAML: the `yaml` library's tree, whose nodes keep their source ranges and scalar styles.
function yamlRenderer(text) {
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parseDocument */ .Tp)(text, { uniqueKeys: false, prettyErrors: false });
    const contents = document.errors.length === 0 ? document.contents : null;
    return {
        render(patch) {
            const found = findYaml(contents, (0,_core_pointer_js__WEBPACK_IMPORTED_MODULE_12__/* .parsePointer */ .vp)(patch.pointer));
            if (!found)
                return undefined;
            const { node, pair, flow } = found;
            switch (patch.op) {
                case 'replace': {
                    if (!node?.range)
                        return undefined;
                    if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(node)) {
                        if (node.type !== yaml__WEBPACK_IMPORTED_MODULE_2__/* .Scalar */ .X5.PLAIN && node.type !== yaml__WEBPACK_IMPORTED_MODULE_2__/* .Scalar */ .X5.QUOTE_DOUBLE && node.type !== yaml__WEBPACK_IMPORTED_MODULE_2__/* .Scalar */ .X5.QUOTE_SINGLE)
                            return undefined;
                        const rendered = yamlValue(patch.value, node.type, flow);
                        return rendered === undefined ? undefined : [{ start: node.range[0], end: node.range[1], text: rendered }];
                    }
                    // A collection: replaced by a flow one, when nothing in it is a comment that would go with it.
                    const [start, end] = [node.range[0], trimEnd(text, node.range[1])];
                    if (hasComment(text.slice(start, end)))
                        return undefined;
                    const rendered = yamlValue(patch.value, undefined, true);
                    return rendered === undefined ? undefined : [{ start, end, text: rendered }];
                }
                case 'rename': {
                    const key = pair?.key;
                    if (!key || !(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(key) || !key.range)
                        return undefined;
                    if (key.type !== yaml__WEBPACK_IMPORTED_MODULE_2__/* .Scalar */ .X5.PLAIN && key.type !== yaml__WEBPACK_IMPORTED_MODULE_2__/* .Scalar */ .X5.QUOTE_DOUBLE && key.type !== yaml__WEBPACK_IMPORTED_MODULE_2__/* .Scalar */ .X5.QUOTE_SINGLE)
                        return undefined;
                    const rendered = yamlString(patch.key, key.type, flow, true);
                    return [{ start: key.range[0], end: key.range[1], text: rendered }];
                }
                case 'remove':
                    return undefined;
            }
        },
    };
}
/**
 * Fixes of a fast-path document rendered from js-yaml's reading with positions (yamlFastPositions.ts), warm from
 * reading every file, instead of a cold composition by `yaml`: almost every fix renames a key or replaces a scalar of a
 * block collection, and those come out exactly as yamlRenderer gives them (a property test compares both). A patch the
 * fast reading is not sure of goes to yamlRenderer, composed once for the file when the first such patch comes.
 * Switch: LP_APP_MANIFEST_CHECK_WITHOUT=yaml-fast-render.
 */
function fastFirstRenderer(text, root) {
    const fast = root && fastYamlRenderer(text, root);
    let full;
    return {
        render(patch) {
            // yamlRenderer renders no removal: no need to compose for one.
            if (patch.op === 'remove')
                return undefined;
            return fast?.render(patch) ?? (full ??= yamlRenderer(text)).render(patch);
        },
    };
}
/**
 * The renderer of fast-path YAML: a rename of a plain or quoted key, or a replacement of a plain or quoted scalar, on a
 * path through block collections only. Anything else (a flow collection on the way, a block scalar, a collection or an
 * empty value replaced, a key or scalar whose text is not one plain or quoted token) is undefined: not sure, ask `yaml`.
 */
function fastYamlRenderer(text, root) {
    const nodeOf = (0,_yamlFastPositions_js__WEBPACK_IMPORTED_MODULE_7__/* .nodeReader */ .ok)(text);
    const top = nodeOf(root);
    return {
        render(patch) {
            let node = top;
            let key;
            for (const segment of (0,_core_pointer_js__WEBPACK_IMPORTED_MODULE_12__/* .parsePointer */ .vp)(patch.pointer)) {
                if (node?.kind === 'map') {
                    const matches = node.pairs.filter((pair) => pair.key === segment);
                    if (matches.length !== 1)
                        return undefined;
                    key = matches[0].span;
                    node = nodeOf(matches[0].value);
                }
                else if (node?.kind === 'seq') {
                    const index = (0,_pointerTrie_js__WEBPACK_IMPORTED_MODULE_13__/* .arrayIndex */ .Qg)(segment);
                    const item = index === undefined ? undefined : node.items[index];
                    if (item === undefined)
                        return undefined;
                    key = undefined;
                    node = nodeOf(item);
                }
                else {
                    return undefined;
                }
            }
            if (!node)
                return undefined;
            switch (patch.op) {
                case 'replace': {
                    if (node.kind !== 'scalar')
                        return undefined;
                    const style = tokenStyle(text, node.span);
                    const rendered = style === undefined ? undefined : yamlValue(patch.value, style, false);
                    return rendered === undefined ? undefined : [{ ...node.span, text: rendered }];
                }
                case 'rename': {
                    const style = key && tokenStyle(text, key);
                    return key && style ? [{ ...key, text: yamlString(patch.key, style, false, true) }] : undefined;
                }
                case 'remove':
                    return undefined;
            }
        },
    };
}
/**
 * The style of the scalar whose text is at the span, as `yaml` would name it: a quote opens a quoted one; a plain one
 * is one line that opens with no indicator (an anchor, tag, alias, explicit key or block scalar is left to `yaml`).
 */
function tokenStyle(text, span) {
    const token = text.slice(span.start, span.end);
    if (token === '' || /[\n\r]/.test(token))
        return undefined;
    const first = token.charAt(0);
    if (first === '"')
        return token.length > 1 && token.endsWith('"') ? yaml__WEBPACK_IMPORTED_MODULE_2__/* .Scalar */ .X5.QUOTE_DOUBLE : undefined;
    if (first === "'")
        return token.length > 1 && token.endsWith("'") ? yaml__WEBPACK_IMPORTED_MODULE_2__/* .Scalar */ .X5.QUOTE_SINGLE : undefined;
    if (/[&!*?|>%@`#,[\]{}]/.test(first))
        return undefined;
    return yaml__WEBPACK_IMPORTED_MODULE_2__/* .Scalar */ .X5.PLAIN;
}
/** For tests: both renderers of a YAML text; `fast` undefined where js-yaml does not read it, `render` as above. */
function yamlRenderersOf(text) {
    const root = readFrames(text);
    return { fast: root && fastYamlRenderer(text, root), yaml: yamlRenderer(text) };
}
const yamlKeys = new WeakMap();
/** A map's pairs by key, indexed once per map. */
function keysOf(map) {
    let keys = yamlKeys.get(map);
    if (!keys) {
        keys = new Map();
        for (const pair of map.items) {
            const key = (0,_yamlPositions_js__WEBPACK_IMPORTED_MODULE_3__/* .keyText */ .P)(pair);
            const list = keys.get(key);
            if (list)
                list.push(pair);
            else
                keys.set(key, [pair]);
        }
        yamlKeys.set(map, keys);
    }
    return keys;
}
/** The node a pointer names, the pair holding it (in a map), and whether its parent is a flow collection. */
function findYaml(contents, segments) {
    let node = contents;
    let pair;
    let flow = false;
    for (const segment of segments) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(node)) {
            const matches = keysOf(node).get(segment) ?? [];
            // A repeated key: which one a reader keeps is not the renderer's to guess.
            const match = matches.length === 1 ? matches[0] : undefined;
            if (!match)
                return undefined;
            flow = node.flow === true;
            pair = match;
            node = pair.value;
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(node)) {
            if (!/^(0|[1-9]\d*)$/.test(segment) || Number(segment) >= node.items.length)
                return undefined;
            flow = node.flow === true;
            pair = undefined;
            node = node.items[Number(segment)];
        }
        else {
            return undefined;
        }
    }
    // Aliases and anchors: an edit would change every place that shares the node.
    if (node !== null && node !== undefined && !(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(node) && !(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(node) && !(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(node))
        return undefined;
    if (node?.anchor)
        return undefined;
    return { node: node ?? null, pair, flow };
}
/** A JSON value as YAML text: scalars in the style of the one replaced where that is safe, collections in flow style. */
function yamlValue(value, like, flow) {
    if (typeof value === 'string')
        return yamlString(value, like ?? yaml__WEBPACK_IMPORTED_MODULE_2__/* .Scalar */ .X5.PLAIN, flow, false);
    if (value === null || typeof value === 'boolean')
        return String(value);
    if (typeof value === 'number')
        return Number.isFinite(value) ? JSON.stringify(value) : undefined;
    if (Array.isArray(value)) {
        const items = value.map((item) => yamlValue(item, like, true));
        return items.includes(undefined) ? undefined : `[${items.join(', ')}]`;
    }
    if (typeof value === 'object') {
        const entries = Object.entries(value).map(([k, v]) => {
            const rendered = yamlValue(v, like, true);
            return rendered === undefined ? undefined : `${yamlString(k, yaml__WEBPACK_IMPORTED_MODULE_2__/* .Scalar */ .X5.PLAIN, true, true)}: ${rendered}`;
        });
        return entries.includes(undefined) ? undefined : `{${entries.join(', ')}}`;
    }
    return undefined;
}
/** A string in the quoting style `like` where it reads back as the same string, else double-quoted (JSON's escapes). */
function yamlString(value, like, flow, key) {
    if (like === yaml__WEBPACK_IMPORTED_MODULE_2__/* .Scalar */ .X5.QUOTE_SINGLE && !/[\n\r\t\\]/.test(value) && !/[\u0000-\u001f\u007f-\u009f]/.test(value))
        return `'${value.replace(/'/g, "''")}'`;
    if (like === yaml__WEBPACK_IMPORTED_MODULE_2__/* .Scalar */ .X5.PLAIN && plainSafe(value, flow, key))
        return value;
    return JSON.stringify(value);
}
/** Characters a plain scalar may hold anywhere, conservatively; what YAML would read as another type is excluded. */
const PLAIN = /^[A-Za-z0-9_/$(][A-Za-z0-9_./:@+~=?&%$()!*;,'-]*$/;
const FLOW_UNSAFE = /[,[\]{}]/;
const NOT_A_STRING = /^(?:true|false|null|yes|no|on|off|y|n|~|[-+]?(?:\.?\d.*|\.inf|\.nan|0x.*|0o.*))$/i;
function plainSafe(value, flow, key) {
    if (!PLAIN.test(value) || NOT_A_STRING.test(value))
        return false;
    if (value.endsWith(':') || value.includes(': ') || (flow && FLOW_UNSAFE.test(value)))
        return false;
    if (key && value.includes(':'))
        return false;
    return true;
}
function trimEnd(text, end) {
    let at = end;
    while (at > 0 && /\s/.test(text.charAt(at - 1)))
        at--;
    return at;
}
/** A `#` at a line's start or after a blank starts a comment (a `#` inside a URI does not). */
function hasComment(text) {
    return /(^|\s)#/.test(text);
}


/***/ })

};
