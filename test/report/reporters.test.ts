import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import Ajv04 from 'ajv-draft-04';
import type { CheckResult } from '../../src/core/types.js';
import { builtinRules } from '../../src/rules/index.js';
import { context, customRule, result } from '../support/reportResult.js';
import { toText } from '../../src/report/text.js';
import { toJson } from '../../src/report/json.js';
import { toSarif } from '../../src/report/sarif.js';
import { inertMarkdown, toMarkdown } from '../../src/report/markdown.js';
import { toGithub } from '../../src/report/github.js';
import { toJunit } from '../../src/report/junit.js';
import { toCheckstyle } from '../../src/report/checkstyle.js';
import { toGitlab } from '../../src/report/gitlab.js';
import { toCompact } from '../../src/report/compact.js';
import { FORMATS } from '../../src/report/index.js';
import { toolVersion } from '../../src/core/tool.js';
import reportSchema from '../../schemas/report.schema.json' with { type: 'json' };
import { URI, URI_REFERENCE } from '../support/rfc3986.js';

const require = createRequire(import.meta.url);

// The OASIS SARIF 2.1.0 schema, its URI formats checked against RFC 3986's grammar (date-time is not written).
const validateSarif = new Ajv04.default({
  allErrors: true,
  strict: false,
  unicodeRegExp: false,
  formats: { uri: URI, 'uri-reference': URI_REFERENCE, 'date-time': true },
}).compile(require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'));
const validateReport = new Ajv({ allErrors: true, strict: true }).compile(reportSchema);

describe('text', () => {
  test('grouped by file, aligned, with a summary and the skipped rules', () => {
    expect(toText(result, context)).toBe(
      [
        'apps/a.json',
        '   7:9  error  must be an integer, not a string ("3")  schema',
        '  12:5  error  redirect URI uses http:, not https:  redirect-uri-https',
        '',
        'apps/b|c.yaml',
        '  1:14  warning     client_name "x|y⏎z::error::forged%0A<script>alert(1)</script> @octocat [link](https://evil.example)" is not in reverse-DNS form  client-name-format',
        '   2:1  notice      "id" is assigned by LivePerson at installation; the value here is ignored  server-assigned-field',
        '   3:8  suppressed  scope "openid" is not allowed by the policy (legacy app, ticket APP-12)  scope-supported',
        '  4:15  error       display_name must start with "Acme"  acme/display-name-prefix',
        '',
        '✖ 5 problems (3 errors, 1 warning, 1 notice) in 2 of 3 manifests',
        '  1 suppressed',
        'Skipped logo-dimensions, logo-fetch (offline)',
        'Skipped apps/link.json: symlink points outside the root; not read',
        'Rule documentation:',
        '  schema                 https://github.com/lp-app-manifest-check/lp-app-manifest-check/blob/v1/docs/rules/schema.md',
        '  redirect-uri-https     https://github.com/lp-app-manifest-check/lp-app-manifest-check/blob/v1/docs/rules/redirect-uri-https.md',
        '  client-name-format     https://github.com/lp-app-manifest-check/lp-app-manifest-check/blob/v1/docs/rules/client-name-format.md',
        '  server-assigned-field  https://github.com/lp-app-manifest-check/lp-app-manifest-check/blob/v1/docs/rules/server-assigned-field.md',
        '  scope-supported        https://github.com/lp-app-manifest-check/lp-app-manifest-check/blob/v1/docs/rules/scope-supported.md',
        '',
      ].join('\n'),
    );
  });

  test('colour only when asked, and control characters from manifests are shown, not obeyed', () => {
    expect(toText(result, context)).not.toMatch(/\u001b/);
    expect(toText(result, { ...context, color: true })).toMatch(/\u001b\[31merror/);
    const hostile: CheckResult = { ...result, findings: [{ ...result.findings[0], message: 'evil \u001b[2J\r text' }] };
    const out = toText(hostile, context);
    expect(out).toContain('evil \\u001b[2J\\u000d text');
    expect(out).not.toMatch(/\u001b|\r/);
  });

  test('on a terminal each built-in rule id is an OSC 8 link to its page; a custom rule, which has none, is plain', () => {
    const out = toText(result, { ...context, color: true });
    const link = (id: string) => `\u001b]8;;${context.docsUrl(id)}\u001b\\${id}\u001b]8;;\u001b\\`;
    for (const f of result.findings.filter((f) => f.ruleId !== customRule.meta.id)) {
      expect(out).toContain(`  \u001b[2m${link(f.ruleId)}\u001b[0m\n`);
    }
    expect(out).toContain(`  \u001b[2m${customRule.meta.id}\u001b[0m\n`);
    expect(out).not.toContain(`8;;${context.docsUrl(customRule.meta.id)}`);
    // Without colour (a pipe, NO_COLOR) not one escape: the URLs are written out instead.
    expect(toText(result, context)).not.toMatch(/\u001b/);
  });

  test('a clean run says so', () => {
    expect(toText({ manifests: result.manifests, findings: [], skipped: [] }, context)).toBe(
      '✔ 3 manifests checked, no problems\n',
    );
  });
});

describe('json (report v2)', () => {
  test('exactly the shape of SPEC §5, valid against schemas/report.schema.json', () => {
    const report = JSON.parse(toJson(result, context));
    expect(validateReport(report)).toBe(true);
    expect(report.version).toBe(2);
    expect(report.tool).toEqual({ name: 'lp-app-manifest-check', version: toolVersion });
    expect(report.summary).toEqual({ manifests: 3, errors: 3, warnings: 1, notices: 1, suppressed: 1 });
    expect(report.findings[0]).toEqual({
      ruleId: 'schema',
      severity: 'error',
      message: 'must be an integer, not a string ("3")',
      file: 'apps/a.json',
      line: 7,
      column: 9,
      endLine: 7,
      endColumn: 12,
      pointer: '/capabilities/webhooks/x/max_retries',
      keyword: 'type',
      fix: { edits: [{ start: 131, end: 134, line: 7, column: 9, endLine: 7, endColumn: 12, text: '3' }] },
    });
    expect(report.findings[1]).not.toHaveProperty('keyword');
    expect(report.findings[1]).not.toHaveProperty('fix');
    expect(report.findings[1].suggestions).toEqual([
      {
        description: 'Use https',
        edits: [
          {
            start: 200,
            end: 225,
            line: 12,
            column: 5,
            endLine: 12,
            endColumn: 30,
            text: '"https://a.example/callback"',
          },
        ],
      },
    ]);
    expect(report.findings[2]).not.toHaveProperty('suggestions');
    expect(report.findings[4].suppressed).toEqual({ kind: 'inline', reason: 'legacy app, ticket APP-12' });
    expect(report.skipped).toEqual(result.skipped.map((s) => (s.file ? s : { ruleId: s.ruleId, reason: s.reason })));
  });

  test('version 2 only adds fields: a version 1 report (no version, fix or suggestions of 2) is still valid', () => {
    const report = JSON.parse(toJson(result, context));
    report.version = 1;
    for (const finding of report.findings) {
      delete finding.fix;
      delete finding.suggestions;
    }
    expect(validateReport(report)).toBe(true);
  });

  test('the schema rejects a report that breaks the shape', () => {
    const report = JSON.parse(toJson(result, context));
    delete report.findings[0].pointer;
    expect(validateReport(report)).toBe(false);
  });
});

describe('sarif', () => {
  test('valid SARIF 2.1.0 with every known rule, help links and levels', () => {
    const log = JSON.parse(toSarif(result, context));
    expect(validateSarif(log)).toBe(true);
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([
      ...builtinRules.map((r) => r.meta.id),
      'acme/display-name-prefix',
    ]);
    const https = run.tool.driver.rules.find((r: { id: string }) => r.id === 'redirect-uri-https');
    expect(https.helpUri).toMatch(/docs\/rules\/redirect-uri-https\.md$/);
    expect(https.help.text).toContain('RFC');
    expect(run.results.map((r: { level: string }) => r.level)).toEqual([
      'error',
      'error',
      'warning',
      'note',
      'error',
      'error',
    ]);
    expect(run.results[1].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'apps/a.json', uriBaseId: '%SRCROOT%' },
      region: { startLine: 12, startColumn: 5, endLine: 12, endColumn: 30 },
    });
    expect(run.results[0].fixes).toEqual([
      {
        description: { text: 'Fix (applied by --fix)' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'apps/a.json', uriBaseId: '%SRCROOT%' },
            replacements: [
              {
                deletedRegion: { startLine: 7, startColumn: 9, endLine: 7, endColumn: 12 },
                insertedContent: { text: '3' },
              },
            ],
          },
        ],
      },
    ]);
    expect(run.results[1].fixes.map((f: { description: { text: string } }) => f.description.text)).toEqual([
      'Use https',
    ]);
    expect(run.results[2]).not.toHaveProperty('fixes');
    expect(run.results[4].suppressions).toEqual([{ kind: 'inSource', justification: 'legacy app, ticket APP-12' }]);
    expect(run.results[1].ruleIndex).toBe(
      run.tool.driver.rules.findIndex((r: { id: string }) => r.id === 'redirect-uri-https'),
    );
  });

  test('security rules are tagged security with their security-severity, as their metadata declares', () => {
    const rules: Array<{ id: string; properties: { tags: string[]; 'security-severity'?: string } }> = JSON.parse(
      toSarif(result, context),
    ).runs[0].tool.driver.rules;
    const security = rules.filter((r) => r.properties.tags.includes('security'));
    expect(security.map((r) => r.id)).toEqual(builtinRules.filter((r) => r.meta.security).map((r) => r.meta.id));
    for (const rule of rules) {
      const meta = builtinRules.find((r) => r.meta.id === rule.id)?.meta;
      expect(rule.properties['security-severity']).toBe(meta?.security?.severity.toFixed(1));
    }
    expect(rules.find((r) => r.id === 'client-secret-committed')!.properties).toEqual({
      tags: ['lp-app-manifest', 'security'],
      'security-severity': '9.1',
    });
  });

  test('the validator catches a broken log, and a URI that is not an RFC 3986 reference', () => {
    const log = JSON.parse(toSarif(result, context));
    log.runs[0].results[0].level = 'fatal';
    expect(validateSarif(log)).toBe(false);
    const badUri = JSON.parse(toSarif(result, context));
    badUri.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = 'a#b#c.json';
    expect(validateSarif(badUri)).toBe(false);
  });

  test.each(['a#b.json', 'x?.yaml', '100%.json', 'my app/[id].json', 'c:/@x.json', 'ünï/🚀.yml', '.../..a.json'])(
    'the artifact URI of %j is valid SARIF and resolves back to the file',
    (file) => {
      const hostile: CheckResult = { ...result, findings: [{ ...result.findings[0], file }] };
      const log = JSON.parse(toSarif(hostile, context));
      expect(validateSarif(log) ? [] : validateSarif.errors).toEqual([]);
      const { uri, uriBaseId } = log.runs[0].results[0].locations[0].physicalLocation.artifactLocation;
      expect(uriBaseId).toBe('%SRCROOT%');
      const resolved = new URL(uri, 'file:///repo/');
      expect([resolved.search, resolved.hash]).toEqual(['', '']);
      expect(decodeURIComponent(resolved.pathname)).toBe(`/repo/${file}`);
    },
  );

  test('fingerprints survive lines moving and differ between findings', () => {
    const moved: CheckResult = {
      ...result,
      findings: result.findings.map((f) => ({ ...f, line: f.line + 10, endLine: f.endLine + 10 })),
    };
    const prints = (r: CheckResult) =>
      JSON.parse(toSarif(r, context)).runs[0].results.map(
        (x: { partialFingerprints: object }) => x.partialFingerprints,
      );
    expect(prints(moved)).toEqual(prints(result));
    expect(new Set(prints(result).map((p: object) => JSON.stringify(p))).size).toBe(result.findings.length);
  });
});

describe('markdown', () => {
  const markdown = toMarkdown(result, context);

  test('counts and one table per file with links to the rule docs', () => {
    expect(markdown).toContain('**3 errors, 1 warning, 1 notice** in 3 manifests.');
    expect(markdown).toContain(
      '| 12:5 | ❌ error | [redirect-uri-https](https://github.com/lp-app-manifest-check/lp-app-manifest-check/blob/v1/docs/rules/redirect-uri-https.md) |',
    );
    expect(markdown).toContain('`acme/display-name-prefix`');
  });

  test('manifest text cannot inject markup, mentions, links or table cells', () => {
    const row = markdown.split('\n').find((l) => l.includes('client-name-format'))!;
    expect(row.split('|').length).toBe(6);
    expect(row).not.toMatch(/<script>|\[link\]\(|@octocat|https:\/\/evil/);
    expect(markdown).toContain('@\u200bocto');
    expect(markdown).not.toContain('### apps/b|c.yaml');
  });
});

describe('github annotations', () => {
  const lines = toGithub(result, context)
    .split('\n')
    .filter((l) => l !== '');

  test('one workflow command per unsuppressed finding, title = rule id, exact positions', () => {
    expect(lines).toHaveLength(5);
    expect(lines[1]).toBe(
      '::error file=apps/a.json,line=12,col=5,endLine=12,endColumn=30,title=redirect-uri-https::redirect URI uses http:, not https:',
    );
    expect(lines[3]).toMatch(/^::notice file=apps\/b\|c\.yaml,line=2,/);
  });

  test('manifest text is escaped so it cannot end the command or start another', () => {
    const forged = lines[2];
    expect(
      forged.startsWith('::warning file=apps/b|c.yaml,line=1,col=14,endLine=1,endColumn=20,title=client-name-format::'),
    ).toBe(true);
    expect(forged).toContain('x|y%0Az::error::forged%250A<script>');
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) [^:]*::/);
  });
});

test('manifest text in markdown cannot become a link: www. and scheme autolinks are broken', async () => {
  const { inertMarkdown } = await import('../../src/report/markdown.js');
  for (const text of [
    'go to www.evil.example/login now',
    'WWW.evil.example',
    'see https://evil.example/x',
    '[x](https://evil.example)',
    '![i](https://evil.example/i.png)',
  ]) {
    const inert = inertMarkdown(text);
    expect(inert).not.toMatch(/www\.|https?:\/\/|\]\(/i);
  }
});

test('markdown stays within its limit in bytes, with many skipped files and non-ASCII messages', async () => {
  const { toMarkdown } = await import('../../src/report/markdown.js');
  const { reportContext } = await import('../../src/engine/reportContext.js');
  const findings = Array.from({ length: 2000 }, (_, i) => ({
    ruleId: 'schema',
    severity: 'error' as const,
    message: `ünïcödé ✓✓✓ ${'ß'.repeat(40)} ${i}`,
    file: `apps/a${i % 20}.json`,
    line: i + 1,
    column: 1,
    endLine: i + 1,
    endColumn: 2,
    pointer: '',
  }));
  const skipped = Array.from({ length: 5000 }, (_, i) => ({
    ruleId: '',
    file: `vendor/${'x'.repeat(30)}/${i}.json`,
    reason: 'not a regular file (a FIFO); not read',
  }));
  const text = toMarkdown({ manifests: [], findings, skipped }, { ...reportContext([]), maxLength: 65_536 });
  expect(Buffer.byteLength(text)).toBeLessThanOrEqual(65_536);
  expect(text).toMatch(/… and \d+ more \(the JSON report lists them all\)/);
  expect(text).toMatch(/… and \d+ more findings not shown here/);
});

test('every format takes 300,000 findings in one file: nothing spreads a file’s findings into the arguments of a call', () => {
  const many: CheckResult = {
    manifests: [{ file: 'big.json', format: 'json' }],
    findings: Array.from({ length: 300_000 }, (_, i) => ({
      ruleId: 'schema',
      severity: 'error' as const,
      message: 'must be a string, not a number (0)',
      file: 'big.json',
      line: 1,
      column: 50 + 2 * i,
      endLine: 1,
      endColumn: 51 + 2 * i,
      pointer: `/redirect_uris/${i}`,
      keyword: 'type',
    })),
    skipped: [],
  };
  const last = `1:${50 + 2 * 299_999}`;
  // A format added to FORMATS is added below too.
  expect([...FORMATS].sort()).toEqual(
    ['text', 'json', 'sarif', 'github', 'markdown', 'junit', 'checkstyle', 'gitlab', 'compact'].sort(),
  );
  expect(toText(many, context)).toContain(`  ${last}  error  must be a string`);
  expect(JSON.parse(toJson(many, context)).findings).toHaveLength(300_000);
  expect(JSON.parse(toSarif(many, context)).runs[0].results).toHaveLength(300_000);
  expect(toGithub(many, context).split('\n')).toHaveLength(300_001);
  expect(toMarkdown(many, { ...context, maxLength: 65_536 })).toMatch(/… and [\d,]+ more findings not shown here/);
  expect(toJunit(many, context)).toContain(`big.json:${last}: error must be a string`);
  expect(toCheckstyle(many, context).split('<error ')).toHaveLength(300_001);
  expect(JSON.parse(toGitlab(many, context))).toHaveLength(300_000);
  expect(toCompact(many, context)).toContain(`big.json:${last}: error must be a string`);
});

test('inertMarkdown answers text without markup at once, and that text is what the replacements would give', () => {
  const replaced = (text: string) =>
    text
      .replace(/\r\n|\r|\n/g, ' ')
      .replace(/[\\`*_{}[\]()#+\-!|<>&~]/g, (c) => `&#${c.charCodeAt(0)};`)
      .replace(/@/g, '@\u200b')
      .replace(/:\/\//g, ':&#47;&#47;')
      .replace(/(www)\./gi, '$1&#46;');
  const unit = fc.constantFrom(...'aWw.:/ @_-#\r\n"x;?é'.split(''));
  fc.assert(
    fc.property(fc.string({ unit }), (text) => expect(inertMarkdown(text)).toBe(replaced(text))),
    { numRuns: 2000 },
  );
});
