export const id = 167;
export const ids = [167];
export const modules = {

/***/ 2167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadPolicyFile: () => (/* binding */ loadPolicyFile)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/schema/trustedAjv.ts
var trustedAjv = __webpack_require__(9165);
;// CONCATENATED MODULE: ./schemas/policy.schema.json
const policy_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/lp-app-manifest-check/lp-app-manifest-check/v1/schemas/policy.schema.json","$comment":"definitions rules, severityOnly, customRuleId, extendsEntry are generated from the rules\' metadata by npm run catalog; the rest is written by hand.","title":"lp-app-manifest-check policy","description":"Which rules apply to LivePerson Conversational Cloud application manifests, how severe they are, and with which options.","type":"object","properties":{"$schema":{"type":"string"},"extends":{"description":"Built-in policy names (recommended, strict) or paths relative to this file; later entries override earlier ones and this file overrides them all.","oneOf":[{"$ref":"#/definitions/extendsEntry"},{"type":"array","items":{"$ref":"#/definitions/extendsEntry"}}]},"rules":{"$ref":"#/definitions/rules"},"custom":{"type":"array","description":"Declarative rules: a JSON Schema asserted at a JSON pointer.","items":{"$ref":"#/definitions/customRule"}},"overrides":{"type":"array","description":"Rule settings for some files only; later entries win.","items":{"type":"object","required":["files","rules"],"additionalProperties":false,"properties":{"files":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Globs relative to the repository root."},"rules":{"$ref":"#/definitions/rules"}}}},"ignore":{"type":"array","description":"Globs (relative to the repository root) of files never checked.","items":{"type":"string","minLength":1}},"baseline":{"type":"string","minLength":1,"description":"Baseline file (relative to this policy file): findings recorded in it are reported as suppressed."}},"additionalProperties":false,"definitions":{"extendsEntry":{"type":"string","description":"A built-in policy (recommended, strict), a path to a .yml or .yaml file relative to this one (or starting with ./ or /), or github:OWNER/REPO/PATH@REF.","anyOf":[{"enum":["recommended","strict"]},{"pattern":"^(\\\\.|/|github:)"},{"pattern":"\\\\.[Yy][Aa]?[Mm][Ll]$"}]},"severity":{"type":"string","enum":["error","warning","notice","off"]},"rules":{"type":"object","description":"Rule id to a severity, or to an object with an optional severity and the rule\'s options. Custom rules (namespaced ids such as acme/display-name-prefix) take a severity only.","properties":{"parse-error":{"description":"The file could not be read as a manifest: not valid JSON or YAML, empty, not UTF-8, too large or too deep. (recommended: error)","oneOf":[{"$ref":"#/definitions/severity"},{"$ref":"#/definitions/severityOnly"}]},"duplicate-key":{"description":"A key appears twice in one object; parsers silently keep only the last value. (recommended: error)","oneOf":[{"$ref":"#/definitions/severity"},{"$ref":"#/definitions/severityOnly"}]},"schema":{"description":"The manifest violates the Conversational Cloud application manifest schema. (recommended: error)","oneOf":[{"$ref":"#/definitions/severity"},{"$ref":"#/definitions/severityOnly"}]},"consumer-identity-auth":{"description":"capabilities.engagement.consumer_identity must be [\\"auth\\"]. (recommended: error)","oneOf":[{"$ref":"#/definitions/severity"},{"$ref":"#/definitions/severityOnly"}]},"redirect-uri-https":{"description":"Each redirect URI must use https. (recommended: error)","oneOf":[{"$ref":"#/definitions/severity"},{"type":"object","properties":{"severity":{"$ref":"#/definitions/severity"},"allowLoopback":{"type":"boolean","description":"Admit http://127.0.0.1, http://[::1] and http://localhost (RFC 8252 §7.3)."}},"additionalProperties":false}]},"redirect-uri-fragment":{"description":"A redirect URI must not contain a fragment (#). (recommended: error)","oneOf":[{"$ref":"#/definitions/severity"},{"$ref":"#/definitions/severityOnly"}]},"redirect-uri-wildcard":{"description":"A redirect URI must not contain a wildcard (*). (recommended: error)","oneOf":[{"$ref":"#/definitions/severity"},{"$ref":"#/definitions/severityOnly"}]},"uri-https":{"description":"logo_uri and entry_uri must use https. (recommended: error)","oneOf":[{"$ref":"#/definitions/severity"},{"$ref":"#/definitions/severityOnly"}]},"uri-credentials":{"description":"No URI holds a user name or password (https://user:pass@host/). (recommended: error)","oneOf":[{"$ref":"#/definitions/severity"},{"$ref":"#/definitions/severityOnly"}]},"uri-public-host":{"description":"https redirect, entry, logo and webhook URIs name a public host: not localhost, *.local or a private, loopback or link-local address. (recommended: warning, strict: error)","oneOf":[{"$ref":"#/definitions/severity"},{"type":"object","properties":{"severity":{"$ref":"#/definitions/severity"},"allowLoopback":{"type":"boolean","description":"Admit redirect URIs on 127.0.0.1, [::1] and localhost, as redirect-uri-https\'s allowLoopback does (RFC 8252 §7.3)."}},"additionalProperties":false}]},"unresolved-placeholder":{"description":"A value still holds a template placeholder such as {YOUR_APPLICATION_DOMAIN}. (recommended: error)","oneOf":[{"$ref":"#/definitions/severity"},{"$ref":"#/definitions/severityOnly"}]},"placeholder-host":{"description":"A URI still names a placeholder host of the documentation (https://your/webhooks/endpoint) or its sample logo. (recommended: error)","oneOf":[{"$ref":"#/definitions/severity"},{"$ref":"#/definitions/severityOnly"}]},"no-implicit-grant":{"description":"response_types should not include token or \\"id_token token\\" (the implicit grant). (recommended: warning, strict: error)","oneOf":[{"$ref":"#/definitions/severity"},{"$ref":"#/definitions/severityOnly"}]},"grant-consistency":{"description":"grant_types agree with redirect_uris and response_types. (recommended: error)","oneOf":[{"$ref":"#/definitions/severity"},{"$ref":"#/definitions/severityOnly"}]},"quick-launch-entry-uri":{"description":"quick_launch_enabled: true needs an entry_uri. (recommended: error)","oneOf":[{"$ref":"#/definitions/severity"},{"$ref":"#/definitions/severityOnly"}]},"webhook-event-name":{"description":"Each key under capabilities.webhooks is a known event name. (recommended: error)","oneOf":[{"$ref":"#/definitions/severity"},{"$ref":"#/definitions/severityOnly"}]},"webhook-header-secret":{"description":"A webhook header value looks like a credential committed to the repository. (recommended: warning, strict: error)","oneOf":[{"$ref":"#/definitions/severity"},{"$ref":"#/definitions/severityOnly"}]},"scope-supported":{"description":"Each space-separated scope token is in the allowed list. (recommended: error)","oneOf":[{"$ref":"#/definitions/severity"},{"type":"object","properties":{"severity":{"$ref":"#/definitions/severity"},"allowed":{"type":"array","items":{"type":"string","pattern":"^[\\\\x21\\\\x23-\\\\x5B\\\\x5D-\\\\x7E]+$"},"uniqueItems":true,"description":"Scope tokens the policy allows (RFC 6749 §3.3 scope-token syntax)."}},"additionalProperties":false}]},"client-secret-committed":{"description":"A client_secret is committed in the manifest. (recommended: error)","oneOf":[{"$ref":"#/definitions/severity"},{"$ref":"#/definitions/severityOnly"}]},"client-name-format":{"description":"client_name is in reverse-DNS form (com.example.app). (recommended: warning, strict: error)","oneOf":[{"$ref":"#/definitions/severity"},{"$ref":"#/definitions/severityOnly"}]},"client-name-unique":{"description":"No two manifests of the repository share a client_name. (recommended: error)","oneOf":[{"$ref":"#/definitions/severity"},{"$ref":"#/definitions/severityOnly"}]},"client-name-missing":{"description":"A file that looks like a manifest has no client_name key (misspelt or left out). (recommended: error)","oneOf":[{"$ref":"#/definitions/severity"},{"$ref":"#/definitions/severityOnly"}]},"server-assigned-field":{"description":"The manifest holds a field LivePerson assigns at installation (id, client_id, …). (recommended: notice)","oneOf":[{"$ref":"#/definitions/severity"},{"$ref":"#/definitions/severityOnly"}]},"logo-dimensions":{"description":"The image at logo_uri is exactly 70×70 pixels. (recommended: error)","oneOf":[{"$ref":"#/definitions/severity"},{"type":"object","properties":{"severity":{"$ref":"#/definitions/severity"},"width":{"type":"integer","minimum":1,"description":"Required width in pixels."},"height":{"type":"integer","minimum":1,"description":"Required height in pixels."}},"additionalProperties":false}]},"logo-fetch":{"description":"The logo at logo_uri can be fetched and decoded as an image. (recommended: warning, strict: error)","oneOf":[{"$ref":"#/definitions/severity"},{"$ref":"#/definitions/severityOnly"}]},"invalid-suppression":{"description":"An inline suppression comment is malformed, names an unknown rule, or gives no reason. (recommended: error)","oneOf":[{"$ref":"#/definitions/severity"},{"$ref":"#/definitions/severityOnly"}]}},"patternProperties":{"^[a-z0-9][a-z0-9._-]*\\\\/[a-z0-9][a-z0-9._/-]*$":{"oneOf":[{"$ref":"#/definitions/severity"},{"$ref":"#/definitions/severityOnly"}]}},"additionalProperties":false},"customRule":{"type":"object","required":["id","message","given","schema"],"additionalProperties":false,"properties":{"id":{"$ref":"#/definitions/customRuleId"},"severity":{"$ref":"#/definitions/severity"},"message":{"type":"string","minLength":1},"description":{"type":"string"},"given":{"type":"string","pattern":"^(/.*)?$","description":"RFC 6901 JSON pointer; a * segment matches every key or index."},"schema":{"type":["object","boolean"],"description":"JSON Schema (draft-07) the value at `given` must satisfy."}}},"severityOnly":{"type":"object","properties":{"severity":{"$ref":"#/definitions/severity"}},"additionalProperties":false},"customRuleId":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]*\\\\/[a-z0-9][a-z0-9._/-]*$","description":"Namespaced id, e.g. acme/display-name-prefix."}}}');
// EXTERNAL MODULE: ./src/core/nearestName.ts
var nearestName = __webpack_require__(9042);
// EXTERNAL MODULE: ./src/policy/policyError.ts
var policyError = __webpack_require__(1290);
// EXTERNAL MODULE: ./src/core/rootPath.ts
var rootPath = __webpack_require__(8528);
// EXTERNAL MODULE: ./src/files/fileRoot.ts
var fileRoot = __webpack_require__(2433);
// EXTERNAL MODULE: ./src/files/readInside.ts
var readInside = __webpack_require__(8955);
// EXTERNAL MODULE: ./src/files/limits.ts
var limits = __webpack_require__(9507);
// EXTERNAL MODULE: ./src/policy/builtinPolicies.ts
var builtinPolicies = __webpack_require__(7247);
// EXTERNAL MODULE: ./src/core/pointer.ts
var pointer = __webpack_require__(3950);
// EXTERNAL MODULE: ./src/core/messageOf.ts
var messageOf = __webpack_require__(2017);
;// CONCATENATED MODULE: ./src/policy/customRule.ts



/** Custom schemas are compiled once each, by one Ajv instance shared by every custom rule of the run. */
let ajv;
/** Compiles a schema, or returns ajv's reason it is not a valid schema. */
async function compileCustomSchema(schema) {
    ajv ??= new (await (0,trustedAjv/* loadAjv */.O)())({ allErrors: false, strict: true, allowUnionTypes: true });
    try {
        return ajv.compile(schema);
    }
    catch (error) {
        return (0,messageOf/* messageOf */.b)(error);
    }
}
/** Every value a `given` pointer reaches; a `*` segment matches every key of an object or index of an array. */
function* valuesAt(value, given) {
    const segments = (0,pointer/* parsePointer */.vp)(given);
    const stack = [{ pointer: '', value, depth: 0 }];
    while (stack.length > 0) {
        const current = stack.pop();
        if (current.depth === segments.length) {
            yield current;
            continue;
        }
        const segment = segments[current.depth];
        const node = current.value;
        if (node === null || typeof node !== 'object')
            continue;
        const children = Array.isArray(node)
            ? node.map((item, index) => [String(index), item])
            : Object.entries(node);
        const matched = segment === '*' ? children : children.filter(([key]) => key === segment);
        for (const [key, value] of matched.toReversed()) {
            stack.push({ pointer: (0,pointer/* childPointer */.Y2)(current.pointer, key), value, depth: current.depth + 1 });
        }
    }
}
function toCustomRule(definition, validate) {
    return {
        kind: 'manifest',
        meta: {
            id: definition.id,
            description: definition.description ?? definition.message,
            defaultSeverity: definition.severity === 'off' || definition.severity === undefined ? 'error' : definition.severity,
        },
        check(manifest) {
            const problems = [];
            for (const { pointer, value } of valuesAt(manifest.value, definition.given)) {
                if (!validate(value))
                    problems.push({ pointer, message: definition.message });
            }
            return problems;
        },
    };
}

// EXTERNAL MODULE: ./src/policy/remotePolicy.ts
var remotePolicy = __webpack_require__(6720);
;// CONCATENATED MODULE: ./src/policy/policyFile.ts
// A policy file and its extends chain: read, validated against schemas/policy.schema.json, composed over the rule
// catalog. Loaded by loadPolicy only when there is a file (or a named built-in) to read.













const SEVERITIES = ['error', 'warning', 'notice', 'off'];
let policyValidator;
/** Each rule's options schema, compiled once per process. */
const optionValidators = new WeakMap();
const RULE_ENTRY = /^\/(overrides\/\d+\/)?rules\/[^/]+/;
const RULE_MAP = /^\/(overrides\/\d+\/)?rules$/;
const EXTENDS_ENTRY = /^\/extends(\/\d+)?$/;
/** A policy file (or built-in, or `github:` reference) and everything it extends, validated and composed. */
async function loadPolicyFile(options, root, entry) {
    const remoteText = new Map();
    // Files a policy names (extends, baseline) stay inside the repository, or beside a policy file named explicitly
    // from outside it: a policy in a pull request must not read the runner's files.
    const confinement = policyConfinement(root, entry);
    const allowed = (file) => confinement.rootFor(file) !== undefined;
    const readText = options.readText ?? ((file) => Promise.resolve().then(() => readPolicyText(confinement, entry, file)));
    const display = (file) => (0,builtinPolicies/* isBuiltinPolicy */._p)(file) ? `built-in ${file}` : (0,remotePolicy/* isRemoteReference */.gt)(file) ? file : relativeName(root, file);
    const layers = [];
    const visit = async (reference, chain, from) => {
        const key = (0,builtinPolicies/* isBuiltinPolicy */._p)(reference) ? `builtin:${reference}` : reference;
        if (chain.includes(key)) {
            const names = [...chain.slice(chain.indexOf(key)), key].map((k) => display(k.replace(/^builtin:/, '')));
            throw new policyError/* PolicyError */.p(`${from ?? display(reference)}: extends cycle: ${names.join(' → ')}`);
        }
        let text;
        let remote;
        if ((0,builtinPolicies/* isBuiltinPolicy */._p)(reference)) {
            text = (0,builtinPolicies/* builtinPolicyText */.bd)(reference);
        }
        else if ((0,remotePolicy/* isRemoteReference */.gt)(reference)) {
            const parsed = (0,remotePolicy/* parseRemoteReference */.Bd)(reference);
            if (typeof parsed === 'string')
                throw new policyError/* PolicyError */.p(`${from ?? 'policy'}: ${parsed}`);
            remote = parsed;
            if (!options.readRemote) {
                throw new policyError/* PolicyError */.p(`${from ? `${from}: ` : ''}${reference} cannot be read without a GitHub token (set GITHUB_TOKEN, or the Action's token input)`);
            }
            const readRemote = options.readRemote;
            // Cached for the run: a policy extended twice (a diamond) is fetched once.
            let pending = remoteText.get(reference);
            if (!pending)
                remoteText.set(reference, (pending = readRemote(parsed)));
            try {
                text = await pending;
            }
            catch (error) {
                const reason = (0,messageOf/* messageOf */.b)(error);
                throw new policyError/* PolicyError */.p(`${from ? `${from}: ` : ''}${reference} could not be read: ${reason}`);
            }
        }
        else {
            try {
                text = await readText(reference);
            }
            catch (error) {
                const reason = error instanceof FileRefused ? `: ${error.message}` : ' not found or not readable';
                throw new policyError/* PolicyError */.p(`${from ? `${from}: ` : ''}policy file ${display(reference)}${reason}`);
            }
        }
        // yaml is loaded only when a policy file is read (a run under the implicit recommended policy never does).
        const { readPolicyDocument } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(399)]).then(__webpack_require__.bind(__webpack_require__, 5399));
        const document = readPolicyDocument(display(reference), text);
        const data = validateShape(document);
        const directory = (0,builtinPolicies/* isBuiltinPolicy */._p)(reference) || remote ? undefined : external_node_path_default().dirname(reference);
        if (remote && data.baseline !== undefined) {
            throw new policyError/* PolicyError */.p(`${document.where(['baseline'])}: a github: policy cannot name a baseline; a baseline belongs to the repository it records`);
        }
        const parents = data.extends === undefined ? [] : Array.isArray(data.extends) ? data.extends : [data.extends];
        for (const [index, parent] of parents.entries()) {
            const where = document.where(Array.isArray(data.extends) ? ['extends', index] : ['extends']);
            const resolved = resolveExtends(parent, { directory, remote }, where);
            if (!(0,builtinPolicies/* isBuiltinPolicy */._p)(resolved) && !(0,remotePolicy/* isRemoteReference */.gt)(resolved) && !allowed(resolved)) {
                throw new policyError/* PolicyError */.p(`${where}: "${parent}" is outside the repository; a policy may extend only files inside it, built-ins or github: references`);
            }
            await visit(resolved, [...chain, key], where);
        }
        layers.push({ document, data, directory, remote });
    };
    // Loaded with the policy file (the implicit recommended policy returned above needs neither).
    const [, { default: picomatch }] = await Promise.all([(0,trustedAjv/* loadAjv */.O)(), __webpack_require__.e(/* import() */ 6).then(__webpack_require__.t.bind(__webpack_require__, 4006, 23))]);
    await visit(entry, [], undefined);
    const customValidators = new Map();
    for (const layer of layers) {
        for (const definition of layer.data.custom ?? [])
            customValidators.set(definition, await compileCustomSchema(definition.schema));
    }
    const composed = compose(layers, options.rules, root, customValidators, picomatch);
    if (composed.baselinePath !== undefined) {
        const baselineRoot = confinement.rootFor(composed.baselinePath);
        if (baselineRoot === undefined)
            throw new policyError/* PolicyError */.p(`baseline ${relativeName(root, composed.baselinePath)} is outside the repository`);
        composed.baselineRoot = baselineRoot.path;
    }
    return composed;
}
/** A file src/files refused to read; its message is the refusal's reason. */
class FileRefused extends Error {
}
/** The repository root, and the directory of a policy file named explicitly from outside it (its extends may be beside it). */
function policyConfinement(root, entry) {
    const repository = (0,fileRoot/* fileRoot */.p)(root);
    const roots = [repository];
    const entryOutside = !(0,builtinPolicies/* isBuiltinPolicy */._p)(entry) && !(0,remotePolicy/* isRemoteReference */.gt)(entry) && !(0,rootPath/* isInside */.FK)(root, entry);
    if (entryOutside)
        roots.push((0,fileRoot/* fileRoot */.p)(external_node_path_default().dirname(entry)));
    return { repository, rootFor: (file) => roots.find((r) => (0,rootPath/* isInside */.FK)(r.path, file)), entryOutside };
}
/** A policy file through src/files: real path inside its root, a regular file, at most FILE_LIMITS.policy bytes. */
function readPolicyText(confinement, entry, file) {
    const read = file === entry && confinement.entryOutside
        ? (0,readInside/* readChosenFile */.PL)(file, limits/* FILE_LIMITS */.S.policy)
        : (0,readInside/* readInside */.xO)(confinement.rootFor(file) ?? confinement.repository, file, limits/* FILE_LIMITS */.S.policy);
    if (!read.ok)
        throw new FileRefused(read.reason);
    return (0,readInside/* asText */.e1)(read.bytes);
}
function relativeName(root, file) {
    const relative = external_node_path_default().relative(root, file);
    return ((0,rootPath/* leavesRoot */.hs)(relative) ? file : relative).split((external_node_path_default()).sep).join('/');
}
function resolveExtends(reference, from, where) {
    if ((0,builtinPolicies/* isBuiltinPolicy */._p)(reference))
        return reference;
    if ((0,remotePolicy/* isRemoteReference */.gt)(reference)) {
        const parsed = (0,remotePolicy/* parseRemoteReference */.Bd)(reference);
        if (typeof parsed === 'string')
            throw new policyError/* PolicyError */.p(`${where}: ${parsed}`);
        return reference;
    }
    if (!reference.startsWith('.') && !reference.startsWith('/') && !/\.ya?ml$/i.test(reference)) {
        const suggestion = (0,nearestName/* nearestName */.q)(reference, builtinPolicies/* BUILTIN_POLICIES */.Zp);
        throw new policyError/* PolicyError */.p(`${where}: unknown built-in policy "${reference}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; built-ins are ${builtinPolicies/* BUILTIN_POLICIES */.Zp.join(', ')}, files are named by a relative path such as ./base.yml`);
    }
    if (from.remote) {
        const resolved = (0,remotePolicy/* resolveRemoteRelative */.ho)(from.remote, reference);
        if (!resolved)
            throw new policyError/* PolicyError */.p(`${where}: "${reference}" leaves the repository of ${(0,remotePolicy/* formatRemoteReference */.tQ)(from.remote)}`);
        return (0,remotePolicy/* formatRemoteReference */.tQ)(resolved);
    }
    if (!from.directory)
        throw new policyError/* PolicyError */.p(`${where}: a built-in policy cannot extend a file`);
    return external_node_path_default().resolve(from.directory, reference);
}
/** The file against schemas/policy.schema.json, reported as the first fault with its line. */
function validateShape(document) {
    const data = document.data;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        throw new policyError/* PolicyError */.p(`${document.where([])}: a policy is a mapping with keys extends, rules, custom, overrides, ignore, baseline`);
    }
    policyValidator ??= (0,trustedAjv/* trustedAjv */.l)().compile(policy_schema_namespaceObject);
    if (policyValidator(data))
        return data;
    const names = data.extends;
    const namesOnly = typeof names === 'string' || (Array.isArray(names) && names.every((n) => typeof n === 'string'));
    const errors = (policyValidator.errors ?? []).filter((e) => !leftToLoader(e, namesOnly));
    if (errors.length === 0)
        return data;
    const error = mostSpecific(errors);
    throw new policyError/* PolicyError */.p(describeShapeError(document, error));
}
/**
 * Rule entries are checked against the rule catalog in compose(), and extends names in resolveExtends(), which say
 * more than the schema can (the nearest id or name). The schema's rule and extends parts are generated from the same
 * catalog (npm run catalog); test/policy/policySchema.test.ts holds the editor and the loader to one verdict.
 */
function leftToLoader(error, extendsNamesOnly) {
    if (RULE_ENTRY.test(error.instancePath))
        return true;
    if (RULE_MAP.test(error.instancePath))
        return error.keyword === 'additionalProperties';
    if (EXTENDS_ENTRY.test(error.instancePath))
        return extendsNamesOnly;
    return false;
}
function mostSpecific(errors) {
    const ranked = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'if');
    const pool = ranked.length > 0 ? ranked : errors;
    return pool.reduce((best, e) => (e.instancePath.split('/').length > best.instancePath.split('/').length ? e : best));
}
function describeShapeError(document, error) {
    const segments = error.instancePath
        .split('/')
        .slice(1)
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    const path = segments.map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    const place = segments.length > 0 ? segments.join('.') : 'the policy';
    const params = error.params;
    switch (error.keyword) {
        case 'additionalProperties': {
            const name = String(params.additionalProperty);
            const known = Object.keys(error.parentSchema?.properties ?? {}).filter((k) => k !== '$schema');
            const suggestion = (0,nearestName/* nearestName */.q)(name, known);
            return `${document.where([...path, name], true)}: unknown key "${name}" in ${place}${suggestion ? ` (did you mean "${suggestion}"?)` : `; allowed: ${known.join(', ')}`}`;
        }
        case 'required':
            return `${document.where(path)}: ${place} is missing "${String(params.missingProperty)}"`;
        case 'enum':
            return `${document.where(path)}: ${place}: "${String(error.data)}" is not one of ${params.allowedValues.join(', ')}`;
        case 'pattern':
            if (segments[segments.length - 1] === 'id') {
                return `${document.where(path)}: ${place}: custom rule id "${String(error.data)}" must be namespaced like "acme/display-name-prefix"`;
            }
            return `${document.where(path)}: ${place}: "${String(error.data)}" does not match ${String(params.pattern)}`;
        default:
            return `${document.where(path)}: ${place} ${error.message ?? 'is invalid'}`;
    }
}
/** Catalog defaults, then each layer in order (extended files first), then the per-file overrides. */
function compose(layers, catalog, root, customValidators, picomatch) {
    const custom = new Map();
    const base = new Map();
    for (const rule of catalog) {
        base.set(rule.meta.id, { severity: rule.meta.defaultSeverity, options: { ...(rule.meta.defaultOptions ?? {}) } });
    }
    for (const layer of layers) {
        for (const [index, definition] of (layer.data.custom ?? []).entries()) {
            const where = layer.document.where(['custom', index, 'schema']);
            if (catalog.some((r) => r.meta.id === definition.id)) {
                throw new policyError/* PolicyError */.p(`${layer.document.where(['custom', index, 'id'])}: custom rule id "${definition.id}" is the id of a built-in rule`);
            }
            const validate = customValidators.get(definition);
            if (typeof validate === 'string')
                throw new policyError/* PolicyError */.p(`${where}: custom rule "${definition.id}": invalid schema: ${validate}`);
            const rule = toCustomRule(definition, validate);
            custom.set(definition.id, rule);
            base.set(definition.id, { severity: definition.severity ?? 'error', options: {} });
        }
    }
    const known = new Map([
        ...catalog.map((r) => [r.meta.id, r]),
        ...[...custom].map(([id, r]) => [id, r]),
    ]);
    const apply = (target, rules, layer, at) => {
        for (const [id, entry] of Object.entries(rules)) {
            const where = layer.document.where([...at, id], true);
            const rule = known.get(id);
            if (!rule) {
                const suggestion = (0,nearestName/* nearestName */.q)(id, known.keys());
                throw new policyError/* PolicyError */.p(`${where}: unknown rule "${id}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`);
            }
            const current = target.get(id);
            const badSeverity = (value) => new policyError/* PolicyError */.p(`${where}: rule "${id}": severity ${JSON.stringify(value)} is not one of ${SEVERITIES.join(', ')}`);
            if (typeof entry === 'string') {
                if (!SEVERITIES.includes(entry))
                    throw badSeverity(entry);
                target.set(id, { ...current, severity: entry });
                continue;
            }
            if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
                throw new policyError/* PolicyError */.p(`${where}: rule "${id}": expected a severity (${SEVERITIES.join(', ')}) or an object of severity and options`);
            }
            const { severity, ...given } = entry;
            if (severity !== undefined && !SEVERITIES.includes(severity))
                throw badSeverity(severity);
            const options = { ...current.options, ...given };
            if (Object.keys(given).length > 0) {
                const schema = rule.meta.optionsSchema;
                if (!schema)
                    throw new policyError/* PolicyError */.p(`${where}: rule "${id}" takes no options, but ${Object.keys(given)
                        .map((k) => `"${k}"`)
                        .join(', ')} given`);
                let validate = optionValidators.get(schema);
                if (!validate) {
                    validate = (0,trustedAjv/* trustedAjv */.l)().compile(schema);
                    optionValidators.set(schema, validate);
                }
                if (!validate(options)) {
                    const error = validate.errors?.[0];
                    if (!error)
                        throw new policyError/* PolicyError */.p(`${where}: rule "${id}": the options are not valid`);
                    const params = error.params;
                    const detail = error.keyword === 'additionalProperties'
                        ? `unknown option "${String(params.additionalProperty)}"; options are ${Object.keys(schema.properties ?? {}).join(', ')}`
                        : `option "${error.instancePath.slice(1) || 'options'}" ${error.message}`;
                    throw new policyError/* PolicyError */.p(`${where}: rule "${id}": ${detail}`);
                }
            }
            target.set(id, { severity: severity ?? current.severity, options });
        }
    };
    const overrides = [];
    const ignore = [];
    let baselinePath;
    for (const layer of layers) {
        apply(base, layer.data.rules ?? {}, layer, ['rules']);
        for (const [index, override] of (layer.data.overrides ?? []).entries()) {
            overrides.push({
                matches: picomatch(override.files.map(stripDotSlash), { dot: true }),
                settings: new Map(),
                layer,
                rules: override.rules,
                at: ['overrides', index, 'rules'],
            });
        }
        ignore.push(...(layer.data.ignore ?? []).map(stripDotSlash));
        if (layer.data.baseline !== undefined)
            baselinePath = external_node_path_default().resolve(layer.directory ?? root, layer.data.baseline);
    }
    // Validate every override's rules now, so a bad one is an error even if no file matches it.
    for (const override of overrides)
        apply(new Map(base), override.rules, override.layer, override.at);
    const ignored = ignore.length > 0 ? picomatch(ignore, { dot: true }) : () => false;
    const entryLayer = layers.at(-1);
    if (!entryLayer)
        throw new Error('internal: a policy has at least the layer of its entry file');
    return {
        source: entryLayer.document.name,
        custom: [...custom.values()],
        baselinePath,
        isIgnored: (file) => ignored(file),
        rulesFor(file) {
            const matching = overrides.filter((o) => o.matches(file));
            if (matching.length === 0)
                return base;
            const settings = new Map(base);
            for (const override of matching)
                apply(settings, override.rules, override.layer, override.at);
            return settings;
        },
    };
}
function stripDotSlash(glob) {
    return glob.replace(/^\.\//, '');
}


/***/ }),

/***/ 9165:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ loadAjv),
/* harmony export */   l: () => (/* binding */ trustedAjv)
/* harmony export */ });
let AjvConstructor;
let instance;
/**
 * Loads ajv. It is imported on demand, not at start-up: a run with nothing to validate does not pay for it
 * (ajv's module evaluation was ~20% of the start-up of dist/index.js with nothing to check, measured with
 * --cpu-prof). Callers that validate await this first; it is cheap once loaded.
 */
async function loadAjv() {
    if (!AjvConstructor) {
        // Node gives ajv's CommonJS exports as named exports; the bundler's interop gives only `default` (the Ajv class,
        // which also carries .Ajv). Either way it is the same class.
        const module = (await __webpack_require__.e(/* import() */ 463).then(__webpack_require__.t.bind(__webpack_require__, 2463, 23)));
        AjvConstructor = module.Ajv ?? module.default.Ajv ?? module.default;
    }
    return AjvConstructor;
}
/**
 * One Ajv for the schemas that ship with the tool (manifest, policy, rule options). They are checked against the
 * meta-schema in strict mode by the tests, so at run time `validateSchema: false` skips compiling the meta-schema,
 * a large share of start-up (bench/RESULTS.md). Schemas a user writes (custom rules) go through their own instance,
 * which does validate them.
 */
function trustedAjv() {
    if (!AjvConstructor)
        throw new Error('internal: loadAjv() must be awaited before trustedAjv()');
    instance ??= new AjvConstructor({
        allErrors: true,
        verbose: true,
        strict: true,
        allowUnionTypes: true,
        validateSchema: false,
    });
    return instance;
}


/***/ })

};
