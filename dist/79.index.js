export const id = 79;
export const ids = [79];
export const modules = {

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
 * meta-schema in strict mode by the tests, so at run time `validateSchema: false` skips compiling the meta-schema:
 * measured at ~130 ms of a ~600 ms start-up. Schemas a user writes (custom rules) go through their own instance,
 * which does validate them.
 */
function trustedAjv() {
    if (!AjvConstructor)
        throw new Error('internal: loadAjv() must be awaited before trustedAjv()');
    instance ??= new AjvConstructor({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true, validateSchema: false });
    return instance;
}


/***/ }),

/***/ 7079:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  prepareManifestValidator: () => (/* binding */ prepareManifestValidator),
  validateManifest: () => (/* binding */ validateManifest)
});

// EXTERNAL MODULE: ./src/schema/trustedAjv.ts
var trustedAjv = __webpack_require__(9165);
;// CONCATENATED MODULE: ./schemas/manifest.schema.json
const manifest_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/lp-app-manifest-check/lp-app-manifest-check/v1/schemas/manifest.schema.json","title":"LivePerson Conversational Cloud application manifest","description":"The manifest LivePerson installs a Conversational Cloud application from: an OAuth 2.0 client (RFC 7591 style) with webhooks and engagement capabilities.","type":"object","required":["client_name"],"properties":{"$schema":{"type":"string","description":"The JSON Schema this file follows (for editors)."},"client_name":{"type":"string","minLength":1,"maxLength":128,"description":"The unique name of the application, e.g. com.liveperson.applicationName. Max length 128."},"display_name":{"type":"string","maxLength":128,"description":"The presentation name of the application all over Conversational Cloud. Max length 128."},"description":{"type":"string","maxLength":256,"description":"A short description of the application. Max length 256."},"grant_types":{"type":"array","uniqueItems":true,"items":{"type":"string","enum":["client_credentials","authorization_code","refresh_token"]},"description":"OAuth 2.0 authorization grants the client uses."},"redirect_uris":{"type":"array","items":{"type":"string","minLength":1,"maxLength":128},"description":"URIs the authorization code or access token is sent to after the redirect. Each at most 128 characters."},"response_types":{"type":"array","uniqueItems":true,"items":{"type":"string","enum":["code","token","id_token","id_token token"]},"description":"OAuth 2.0 response types the client can use at the authorization endpoint."},"scope":{"type":"string","maxLength":128,"description":"Space-separated scope values the client can use when requesting access tokens (supported: msg.consumer). Max length 128."},"logo_uri":{"type":"string","maxLength":1024,"description":"URL of the application\'s logo; the image must be exactly 70x70 pixels. Max length 1024."},"capabilities":{"$ref":"#/definitions/capabilities"},"quick_launch_enabled":{"type":"boolean","description":"Whether the application is shown in the quick-launch menu (default false)."},"entry_uri":{"type":"string","maxLength":1024,"description":"The application launch URI (starts the SSO flow). Max length 1024."},"enabled":{"type":"boolean","description":"Whether the installed application is enabled."},"enabled_for_profiles":{"type":"array","items":{"type":"integer"},"description":"Ids of the agent profiles the application is enabled for."},"id":{"description":"Assigned by LivePerson when the application is installed."},"client_id":{"description":"Assigned by LivePerson when the application is installed."},"client_id_issued_at":{"description":"Assigned by LivePerson when the application is installed."},"client_secret_expires_at":{"description":"Assigned by LivePerson when the application is installed."},"deleted":{"description":"Assigned by LivePerson."},"client_secret":{"description":"Issued by LivePerson; must never be committed (rule client-secret-committed)."}},"patternProperties":{"^client_name#[A-Za-z]{2,3}(-[A-Za-z]{3}){0,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(-[0-9A-WY-Za-wy-z](-[A-Za-z0-9]{2,8})+)*(-[Xx](-[A-Za-z0-9]{1,8})+)?$":{"type":"string","minLength":1,"maxLength":128,"description":"client_name in one language: client_name#<BCP 47 language tag>, e.g. client_name#ja-JP."}},"additionalProperties":false,"definitions":{"capabilities":{"type":"object","description":"Conversational Cloud capabilities the application uses.","properties":{"webhooks":{"$ref":"#/definitions/webhooks"},"engagement":{"$ref":"#/definitions/engagement"}},"additionalProperties":false},"webhooks":{"type":"object","description":"Endpoints where UMS (the Messaging Service) sends notifications, by event type.","properties":{"ms.MessagingEventNotification.ContentEvent":{"$ref":"#/definitions/webhook"},"ms.MessagingEventNotification.RichContentEvent":{"$ref":"#/definitions/webhook"},"ms.MessagingEventNotification.AcceptStatusEvent":{"$ref":"#/definitions/webhook"},"ms.MessagingEventNotification.ChatStateEvent":{"$ref":"#/definitions/webhook"},"cqm.ExConversationChangeNotification":{"$ref":"#/definitions/webhook"}},"additionalProperties":{"$ref":"#/definitions/webhook"}},"webhook":{"type":"object","description":"Where and how one kind of notification is sent.","required":["endpoint"],"properties":{"endpoint":{"type":"string","pattern":"^https://","description":"The URL the notification is sent to, including query parameters; starts with https://."},"max_retries":{"type":"integer","minimum":0,"maximum":5,"description":"How many times a failed notification is retried (0 to 5)."},"headers":{"type":"array","items":{"$ref":"#/definitions/header"},"description":"HTTP headers added to the notification request."},"retry":{"type":"object","description":"Retry settings.","properties":{"retention_time":{"type":"integer","description":"Seconds a failed notification is kept for retries: 0, or 3600 to 259200.","if":{"type":"integer","not":{"const":0}},"then":{"minimum":3600,"maximum":259200}}},"additionalProperties":false}},"additionalProperties":false},"header":{"type":"object","description":"One HTTP header.","required":["header_name","header_value"],"properties":{"header_name":{"type":"string","minLength":1,"description":"The header\'s name."},"header_value":{"type":"string","description":"The header\'s value."}},"additionalProperties":false},"engagement":{"type":"object","description":"How the application interfaces with Conversational Cloud engagements and their creation.","required":["design_engagement","design_window","entry_point","visitor_behavior","target_audience","goal","consumer_identity","language_selection"],"properties":{"design_engagement":{"type":"boolean","description":"Toggles the ability to design the engagement button and appearance."},"design_window":{"type":"boolean","description":"Toggles the ability to add an engagement window."},"entry_point":{"description":"Where to display the engagement that invites consumers to engage.","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["section","url"]}},"visitor_behavior":{"description":"The browsing behaviour of visitors of interest.","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["visited_location","time_on_location","flow","engaged_in_session","about_to_abandon","cart_value","cart_items","visitor_error","viewed_products","service_activity"]}},"target_audience":{"description":"The visitors to target: one value or a list.","type":["string","array"],"if":{"type":"string"},"then":{"enum":["external_referral","search_keywords","ip","platform","geo_location","returning_visitors","marketing_source","customer_type","age","balance","customer_id","gender","store_zip_code","store_number","company_size","registration_date"]},"else":{"minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["external_referral","search_keywords","ip","platform","geo_location","returning_visitors","marketing_source","customer_type","age","balance","customer_id","gender","store_zip_code","store_number","company_size","registration_date"]}}},"goal":{"description":"What the engagement should achieve: one value or a list.","type":["string","array"],"if":{"type":"string"},"then":{"enum":["url","purchase_total","num_of_pages","lead","service_activity"]},"else":{"minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["url","purchase_total","num_of_pages","lead","service_activity"]}}},"consumer_identity":{"description":"Whether the consumer has to be authenticated; must be [\\"auth\\"].","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["auth","unauth"]}},"language_selection":{"type":"boolean","description":"Whether language selection is possible."}},"additionalProperties":false}}}');
// EXTERNAL MODULE: ./src/engine/pointer.ts
var engine_pointer = __webpack_require__(8227);
// EXTERNAL MODULE: ./src/engine/suggest.ts
var suggest = __webpack_require__(3708);
;// CONCATENATED MODULE: ./src/schema/validateManifest.ts




let compiled;
/** Loads ajv and compiles the schema; validateManifest needs it done (the engine awaits it when there are files). */
async function prepareManifestValidator() {
    await (0,trustedAjv/* loadAjv */.O)();
    validator();
}
/** Compiled on first use, not at import, so a run with nothing to check starts fast. */
function validator() {
    compiled ??= (0,trustedAjv/* trustedAjv */.l)().compile(manifest_schema_namespaceObject);
    return compiled;
}
/** Schema violations of one manifest, one problem per fault, each with a message a person understands. */
function validateManifest(value) {
    const validate = validator();
    if (validate(value))
        return [];
    const problems = [];
    const seen = new Set();
    for (const error of validate.errors ?? []) {
        const problem = describe(error);
        if (!problem)
            continue;
        const key = `${problem.pointer}\u0000${problem.keyword}\u0000${problem.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        problems.push(problem);
    }
    return problems;
}
/** Values that may be credentials are never quoted back: webhook header values and client_secret. */
function isSecretPlace(pointer) {
    return /\/header_value$/.test(pointer) || pointer === '/client_secret';
}
const LANGUAGE_TAG = /^client_name#/;
function describe(error) {
    const pointer = error.instancePath;
    const keyword = error.keyword;
    const at = (message, extra = {}) => ({ pointer, keyword, message, ...extra });
    const params = error.params;
    switch (keyword) {
        case 'if':
            return undefined; // its then/else errors say what is wrong
        case 'required':
            return at(`missing required property "${String(params.missingProperty)}"`);
        case 'additionalProperties': {
            const name = String(params.additionalProperty);
            const property = (0,engine_pointer.childPointer)(pointer, name);
            if (pointer === '' && LANGUAGE_TAG.test(name)) {
                const tag = name.slice('client_name#'.length);
                return { pointer: property, keyword, target: 'key', message: `"${name}": malformed BCP 47 language tag "${tag}" (e.g. client_name#ja-JP)` };
            }
            const known = Object.keys(error.parentSchema?.properties ?? {}).filter((k) => k !== '$schema');
            const suggestion = (0,suggest/* nearestName */.q)(name, known);
            const hint = suggestion ? `; did you mean "${suggestion}"?` : known.length > 0 ? `; allowed here: ${known.map((k) => `"${k}"`).join(', ')}` : '';
            return { pointer: property, keyword, target: 'key', message: `unknown property "${name}"${hint}` };
        }
        case 'enum': {
            const allowed = params.allowedValues.map(String);
            const actual = error.data;
            const suggestion = typeof actual === 'string' ? (0,suggest/* nearestName */.q)(actual, allowed) : undefined;
            const shown = isSecretPlace(pointer) ? 'this value' : quote(actual);
            return at(`${shown} is not allowed; must be one of ${allowed.map((v) => `"${v}"`).join(', ')}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`);
        }
        case 'type': {
            const expected = String(params.type).split(',').map(article).join(' or ');
            const actual = typeOf(error.data);
            const shown = isSecretPlace(pointer) || actual === 'an object' || actual === 'an array' || actual === 'null' ? '' : ` (${quote(error.data)})`;
            return at(`must be ${expected}, not ${actual}${shown}`);
        }
        case 'maxLength':
            return at(`is ${lengthOf(error.data)} characters long; the maximum is ${String(params.limit)}`);
        case 'minLength':
            return at(Number(params.limit) === 1 ? 'must not be empty' : `must be at least ${String(params.limit)} characters long`);
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum':
            return at(`must be ${String(params.comparison)} ${String(params.limit)}, not ${String(error.data)}`);
        case 'minItems':
            return at(Number(params.limit) === 1 ? 'must not be empty' : `must have at least ${String(params.limit)} items`);
        case 'uniqueItems': {
            const [first, later] = [Number(params.j), Number(params.i)].sort((a, b) => a - b);
            return { pointer: (0,engine_pointer.childPointer)(pointer, later), keyword, message: `repeats item ${first} (${(0,engine_pointer.childPointer)(pointer, first)})` };
        }
        case 'pattern': {
            const pattern = String(params.pattern);
            if (pattern === '^https://')
                return at(`must start with "https://"${isSecretPlace(pointer) ? '' : `, not ${quote(error.data)}`}`);
            return at(`does not match the pattern ${pattern}`);
        }
        default:
            return at(error.message ?? `violates "${keyword}"`);
    }
}
function quote(value) {
    const text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
    return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
function lengthOf(value) {
    return typeof value === 'string' ? value.length : 0;
}
function article(type) {
    return { integer: 'an integer', object: 'an object', array: 'an array', null: 'null' }[type] ?? `a ${type}`;
}
function typeOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'number')
        return Number.isInteger(value) ? 'a number' : 'a fractional number';
    return article(typeof value);
}


/***/ })

};
