/**
 * Property tests of the whole engine (discover → read → parse → rules → reports) on real files: for arbitrary JSON
 * values, manifests with arbitrary fields, arbitrary text and arbitrary bytes, written as a .json and as a .yaml
 * file, check() never throws (nor warns), every finding's position lies inside its file, and the JSON report and the
 * SARIF log are valid against their schemas.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { promises as fs } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import Ajv04 from 'ajv-draft-04';
import { stringify as toYaml } from 'yaml';
import { check } from '../../src/engine/check.js';
import type { Finding, ImageProbe, NetworkServices } from '../../src/core/types.js';
import { builtinRules } from '../../src/rules/index.js';
import { defaultPolicy } from '../../src/policy/loadPolicy.js';
import { reportContext } from '../../src/engine/reportContext.js';
import { FORMATS, formatter, type FormatName } from '../../src/report/index.js';
import type { Formatter } from '../../src/report/types.js';
import reportSchema from '../../schemas/report.schema.json' with { type: 'json' };
import manifestSchema from '../../schemas/manifest.schema.json' with { type: 'json' };

// One at a time: jest's ESM loader fails concurrent imports of modules that share a dependency ("not in cache").
const formatters = {} as Record<FormatName, Formatter>;
for (const name of FORMATS) formatters[name] = await formatter(name);

const require = createRequire(import.meta.url);
const validateReport = new Ajv({ strict: false, allowUnionTypes: true }).compile(reportSchema);
const validateSarif = new Ajv04.default({ strict: false, validateFormats: false, unicodeRegExp: false }).compile(
  require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'),
);

const policy = defaultPolicy(builtinRules);
const context = reportContext([...builtinRules, ...policy.custom], { color: false, failOn: 'error' });
/** ≈100 runs per property keeps the file to about ten seconds; PROPERTY_RUNS=5000 for a deeper search. */
const NUM_RUNS = Number(process.env.PROPERTY_RUNS ?? 100);
const TIMEOUT = Math.max(30_000, NUM_RUNS * 200);

/** The report's errors against schemas/report.schema.json. */
function reportSchemaErrors(report: unknown) {
  validateReport(report);
  return validateReport.errors ?? [];
}

let root: string;
/**
 * Warnings a library sends through process.emitWarning (straight to the real stderr, around the CLI's io): `yaml`
 * does when a key is not a string, which the parser must have refused before.
 */
let warnings: string[] = [];
const emitWarning = process.emitWarning;
beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'lp-properties-'));
  process.emitWarning = (warning: string | Error) => void warnings.push(String(warning));
});
afterAll(async () => {
  process.emitWarning = emitWarning;
  await fs.rm(root, { recursive: true, force: true });
});

/** A network that answers every logo probe at once, so the logo rules run (and report) too. */
function fakeNetwork(answer: { width: number; height: number } | undefined): NetworkServices {
  return {
    probeImage: async (url): Promise<ImageProbe> =>
      answer
        ? { ok: true, width: answer.width, height: answer.height, type: 'png', url }
        : { ok: false, reason: 'connection refused', url },
  };
}
/** Mostly naming the files (no listing); a search of the root (a `git` process each time) one run in three. */
const explicitArb = fc.oneof({ weight: 2, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) });
const networkArb = fc.option(fc.option(fc.record({ width: fc.nat(2000), height: fc.nat(2000) }), { nil: undefined }), {
  nil: null,
});

/** The text as a reader sees it: BOM dropped, invalid bytes replaced (a parse-error's text is a prefix of this). */
const decode = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);

/**
 * The SARIF log against the SARIF 2.1.0 schema. The driver's `rules` (every rule's metadata and help, most of the log
 * and of the time) depend only on which rule ids the run has, so they are validated in full once per distinct set and
 * the rest of every log is validated every time.
 */
const sarifRulesSeen = new Set<string>();
function sarifSchemaErrors(sarif: { runs: Array<{ tool: { driver: { rules: Array<{ id: string }> } } }> }) {
  const [run] = sarif.runs;
  const ids = run.tool.driver.rules.map((r) => r.id).join('\n');
  const log = sarifRulesSeen.has(ids)
    ? { ...sarif, runs: [{ ...run, tool: { ...run.tool, driver: { ...run.tool.driver, rules: [] } } }] }
    : sarif;
  if (validateSarif(log)) {
    sarifRulesSeen.add(ids);
    return [];
  }
  return validateSarif.errors ?? [];
}

/** Where a finding lies outside its file, or nothing. */
function outside(finding: Finding, bytes: Uint8Array): string | undefined {
  const lines = decode(bytes).split('\n');
  const length = (line: number) => lines[line - 1].length;
  const { line, column, endLine, endColumn } = finding;
  const fits =
    [line, column, endLine, endColumn].every(Number.isInteger) &&
    line >= 1 &&
    line <= lines.length &&
    column >= 1 &&
    column <= length(line) + 1 &&
    endLine >= line &&
    endLine <= lines.length &&
    endColumn >= 1 &&
    endColumn <= length(endLine) + 1 &&
    (endLine > line || endColumn >= column);
  return fits
    ? undefined
    : `${finding.file}:${line}:${column}-${endLine}:${endColumn} ${finding.ruleId} ${finding.message}`;
}

/** Findings whose position was checked, and how many of them lie past line 1: a property must not hold vacuously. */
const tally = { findings: 0, pastLineOne: 0 };
/** At least this many per run, on average (observed: several times more). */
const atLeast = (findings: number, pastLineOne: number) => ({
  findings: Math.floor(findings * NUM_RUNS),
  pastLineOne: Math.floor(pastLineOne * NUM_RUNS),
});
async function assertProperty<Ts extends [unknown, ...unknown[]]>(
  property: fc.IAsyncProperty<Ts>,
  atLeast: { findings: number; pastLineOne: number },
): Promise<void> {
  const before = { ...tally };
  await fc.assert(property, { numRuns: NUM_RUNS });
  expect(tally.findings - before.findings).toBeGreaterThanOrEqual(atLeast.findings);
  expect(tally.pastLineOne - before.pastLineOne).toBeGreaterThanOrEqual(atLeast.pastLineOne);
}

/** One root for every run of the file: each run overwrites the same two files, so a search finds exactly them. */
async function checkFiles(
  files: Record<string, Uint8Array>,
  options: { explicit: boolean; network: NetworkServices | undefined },
): Promise<void> {
  for (const [file, bytes] of Object.entries(files)) await fs.writeFile(path.join(root, file), bytes);
  const run = await check({
    root,
    paths: options.explicit ? Object.keys(files) : [],
    rules: builtinRules,
    policy,
    network: options.network,
  });
  const warned = warnings;
  warnings = [];
  expect(warned).toEqual([]);
  expect(run.missing).toEqual([]);
  const { result } = run;
  const names = Object.keys(files);
  expect(result.findings.filter((f) => !names.includes(f.file))).toEqual([]);
  expect(result.findings.map((f) => outside(f, files[f.file])).filter((v) => v !== undefined)).toEqual([]);
  tally.findings += result.findings.length;
  tally.pastLineOne += result.findings.filter((f) => f.line > 1).length;
  expect(result.manifests.filter((m) => !names.includes(m.file))).toEqual([]);
  // Regular files of the root are never skipped; named ones are always checked.
  expect(result.skipped.filter((s) => s.file !== undefined)).toEqual([]);
  if (options.explicit) expect(result.manifests.map((m) => m.file).sort()).toEqual([...names].sort());

  const report = JSON.parse(formatters.json(result, context));
  expect(reportSchemaErrors(report)).toEqual([]);
  const sarif = JSON.parse(formatters.sarif(result, context));
  expect(sarifSchemaErrors(sarif)).toEqual([]);
  expect(sarif.runs[0].results).toHaveLength(result.findings.length);
  for (const format of ['text', 'markdown', 'github'] as const)
    expect(typeof formatters[format](result, context)).toBe('string');
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const asBoth = (bytes: Uint8Array) => ({ 'x.json': bytes, 'x.yaml': bytes });

/** Pieces of JSON and YAML syntax, so random text reaches deep into both parsers rather than failing at byte 0. */
const token = fc.constantFrom(
  'client_name',
  '"client_name"',
  'client_name#ja-JP',
  'redirect_uris',
  'logo_uri',
  'scope',
  ':',
  ': ',
  ',',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '-',
  '- ',
  '? ',
  '[',
  ']',
  '{',
  '}',
  '"',
  "'",
  '\\',
  '\\u',
  '#',
  '# lp-app-manifest-check-disable-next-line redirect-uri-https -- reason\n',
  '# lp-app-manifest-check-disable-next-line no-such-rule\n',
  '&a ',
  '*a',
  '<<: *a',
  '!!binary ',
  '!!str ',
  '!tag ',
  '|',
  '>-',
  '---',
  '...',
  '%YAML 1.2',
  'null',
  'true',
  '1e999',
  '.inf',
  '-0',
  '0x1F',
  'http://a.example/',
  'https://{{host}}/',
  '\ufeff',
  '\u0000',
  '\u2028',
  '😀',
  'é',
);
const soup = fc
  .array(fc.oneof({ weight: 4, arbitrary: token }, { weight: 1, arbitrary: fc.string({ maxLength: 4 }) }), {
    maxLength: 60,
  })
  .map((parts) => parts.join(''));

// ---- values --------------------------------------------------------------------------------------------------

/** JSON text as people write it: compact or indented, LF or CRLF, with or without a BOM. */
const jsonStyle = fc.record({
  indent: fc.constantFrom<undefined | number | string>(undefined, 2, '\t'),
  crlf: fc.boolean(),
  bom: fc.boolean(),
});
const yamlStyle = fc.record({ flow: fc.boolean(), crlf: fc.boolean(), bom: fc.boolean() });
type JsonStyle = { indent: undefined | number | string; crlf: boolean; bom: boolean };
type YamlStyle = { flow: boolean; crlf: boolean; bom: boolean };

function serialize(value: unknown, json: JsonStyle, yaml: YamlStyle): Record<string, Uint8Array> {
  const finish = (text: string, crlf: boolean, bom: boolean) =>
    utf8((bom ? '\ufeff' : '') + (crlf ? text.replace(/\n/g, '\r\n') : text));
  return {
    'x.json': finish(JSON.stringify(value, null, json.indent) ?? 'null', json.crlf, json.bom),
    'x.yaml': finish(toYaml(value, { collectionStyle: yaml.flow ? 'flow' : 'any' }), yaml.crlf, yaml.bom),
  };
}

const uriLike = fc.oneof(
  fc.webUrl({ withFragments: true, withQueryParameters: true }),
  fc.constantFrom(
    'http://acme.example/cb',
    'https://acme.example/cb#frag',
    'https://*.acme.example/cb',
    'http://127.0.0.1:8080/cb',
    'http://localhost/cb',
    'https://{{HOST}}/cb',
    'https://${HOST}/cb',
    'javascript:alert(1)',
    '',
    ' ',
  ),
  fc.string({ maxLength: 20 }),
);
const knownValue = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 2, arbitrary: uriLike },
  { weight: 2, arbitrary: fc.array(uriLike, { maxLength: 3 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom<unknown>(
      ['authorization_code'],
      ['implicit'],
      ['client_credentials'],
      ['authorization_code', 'refresh_token'],
      ['code'],
      ['token'],
      'msg.consumer',
      'openid msg.consumer',
      true,
      false,
      'secret-0123456789abcdef',
    ),
  },
);
const webhooks = fc.dictionary(
  fc.oneof(
    fc.constantFrom('ms.MessagingEventNotification.ContentEvent', 'cqm.ExConversationChangeNotification', 'ms.Unknown'),
    fc.string({ maxLength: 12 }),
  ),
  fc.oneof(
    fc.record(
      {
        endpoint: uriLike,
        max_retries: fc.oneof(fc.integer(), fc.string({ maxLength: 3 })),
        headers: fc.array(
          fc.record({
            header_name: fc.constantFrom('Authorization', 'X-Api-Key', 'X-Tenant'),
            header_value: fc.string({ maxLength: 12 }),
          }),
          { maxLength: 2 },
        ),
      },
      { requiredKeys: [] },
    ),
    fc.jsonValue({ maxDepth: 2 }),
  ),
  { maxKeys: 3 },
);
const capabilities = fc.record(
  {
    webhooks,
    engagement: fc.oneof(
      fc.record(
        {
          consumer_identity: fc.array(fc.constantFrom('auth', 'unauth', 'x'), { maxLength: 2 }),
          entry_point: fc.array(fc.string({ maxLength: 8 }), { maxLength: 2 }),
          design_window: fc.boolean(),
        },
        { requiredKeys: [] },
      ),
      fc.jsonValue({ maxDepth: 2 }),
    ),
  },
  { requiredKeys: [] },
);
const manifestKeys = Object.keys(manifestSchema.properties).filter((k) => k !== 'client_name' && k !== 'capabilities');

/** An object that is a manifest (it has a client_name), with known fields of any value and unknown extra ones. */
const manifestValue = fc
  .tuple(
    fc.oneof(
      fc.constantFrom('com.acme.app', 'NotReverseDns', 'x|y\nz', ''),
      fc.string({ maxLength: 20 }),
      fc.jsonValue({ maxDepth: 1 }),
    ),
    fc.dictionary(fc.constantFrom(...manifestKeys), knownValue, { maxKeys: 8 }),
    fc.option(capabilities, { nil: undefined }),
    fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
    fc.boolean(),
  )
  .map(([clientName, known, caps, extra, localized]) => ({
    ...extra,
    ...known,
    ...(caps !== undefined ? { capabilities: caps } : {}),
    ...(localized ? { 'client_name#ja-JP': clientName } : {}),
    client_name: clientName,
  }));

/** An edit of a file: at a point (a fraction of its length), cut up to 20 characters and splice in some syntax. */
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), cut: fc.nat(20), insert: soup });
function applyEdit(bytes: Uint8Array, { at, cut, insert }: { at: number; cut: number; insert: string }): Uint8Array {
  const text = new TextDecoder().decode(bytes);
  const point = Math.floor(at * text.length);
  return utf8(text.slice(0, point) + insert + text.slice(point + cut));
}

describe('arbitrary JSON values as .json and .yaml files', () => {
  test(
    'any JSON value: never throws, positions inside the file, valid JSON report and SARIF',
    async () => {
      await assertProperty(
        fc.asyncProperty(
          fc.jsonValue({ maxDepth: 5 }),
          jsonStyle,
          yamlStyle,
          explicitArb,
          async (value, json, yaml, explicit) => {
            await checkFiles(serialize(value, json, yaml), { explicit, network: undefined });
          },
        ),
        atLeast(1, 0.3),
      );
    },
    TIMEOUT,
  );

  test(
    'objects forced to have a client_name, with manifest fields of any value: the same, with every rule running',
    async () => {
      await assertProperty(
        fc.asyncProperty(
          manifestValue,
          jsonStyle,
          yamlStyle,
          explicitArb,
          networkArb,
          async (value, json, yaml, explicit, answer) => {
            const network = answer === null ? undefined : fakeNetwork(answer);
            await checkFiles(serialize(value, json, yaml), { explicit, network });
          },
        ),
        atLeast(10, 5),
      );
    },
    TIMEOUT,
  );

  test(
    'manifests with random edits (syntax spliced in, text cut out): parse errors anywhere in the file',
    async () => {
      await assertProperty(
        fc.asyncProperty(
          manifestValue,
          jsonStyle,
          yamlStyle,
          edit,
          edit,
          explicitArb,
          async (value, json, yaml, jsonEdit, yamlEdit, explicit) => {
            const files = serialize(value, json, yaml);
            await checkFiles(
              { 'x.json': applyEdit(files['x.json'], jsonEdit), 'x.yaml': applyEdit(files['x.yaml'], yamlEdit) },
              { explicit, network: undefined },
            );
          },
        ),
        atLeast(2, 1),
      );
    },
    TIMEOUT,
  );
});

// ---- text ----------------------------------------------------------------------------------------------------

const mentioning = (text: fc.Arbitrary<string>) => fc.tuple(text, text).map(([a, b]) => `${a}client_name${b}`);

describe('arbitrary text as .json and .yaml files', () => {
  test.each([
    ['fc.string()', fc.string({ maxLength: 200 })],
    ['full Unicode strings', fc.string({ unit: 'binary', maxLength: 200 })],
    ['full Unicode strings mentioning client_name', mentioning(fc.string({ unit: 'binary', maxLength: 100 }))],
    ['JSON and YAML token soup', soup],
    ['token soup mentioning client_name', mentioning(soup)],
  ] as Array<[string, fc.Arbitrary<string>]>)(
    '%s: never throws, positions inside the file, valid reports',
    async (_name, text) => {
      await assertProperty(
        fc.asyncProperty(text, explicitArb, async (body, explicit) => {
          await checkFiles(asBoth(utf8(body)), { explicit, network: undefined });
        }),
        atLeast(0.5, 0),
      );
    },
    TIMEOUT,
  );

  test(
    'arbitrary bytes mentioning client_name (invalid UTF-8, BOMs, NULs): the same',
    async () => {
      const bom = fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xfe, 0xff], [0xff, 0xfe], [0xff, 0xfe, 0x00, 0x00]);
      await assertProperty(
        fc.asyncProperty(
          bom,
          fc.uint8Array({ maxLength: 100 }),
          soup,
          fc.uint8Array({ maxLength: 100 }),
          explicitArb,
          async (prefix, before, middle, after, explicit) => {
            const bytes = new Uint8Array([...prefix, ...before, ...utf8(`client_name${middle}`), ...after]);
            await checkFiles(asBoth(bytes), { explicit, network: undefined });
          },
        ),
        atLeast(1, 0),
      );
    },
    TIMEOUT,
  );
});

describe('schemas/report.schema.json', () => {
  test('accepts a report whose finding points at a key with a line break (a pointer may hold any character)', async () => {
    const bugRoot = await fs.mkdtemp(path.join(os.tmpdir(), 'lp-properties-bug-'));
    await fs.writeFile(path.join(bugRoot, 'x.json'), JSON.stringify({ client_name: 'com.acme.app', 'a\nb': 1 }));
    const { result } = await check({ root: bugRoot, paths: ['x.json'], rules: builtinRules, policy }).finally(() =>
      fs.rm(bugRoot, { recursive: true, force: true }),
    );
    const report = JSON.parse(formatters.json(result, context));
    // The report is right: an unknown property "a\nb" at the RFC 6901 pointer /a\nb.
    expect(report.findings.map((f: Finding) => [f.ruleId, f.pointer])).toContainEqual(['schema', '/a\nb']);
    validateReport(report);
    expect(validateReport.errors ?? []).toEqual([]);
  });
});
