import { describe, expect, test } from '@jest/globals';
import type { Finding, ManifestFormat, Problem } from '../../src/core/types.js';
import type { SourceDocument } from '../../src/parse/types.js';
import { attachFixes } from '../../src/engine/attachFixes.js';
import { Redaction } from '../../src/engine/redact.js';
import { builtinRules } from '../../src/rules/index.js';
import { defaultPolicy } from '../../src/policy/loadPolicy.js';
import { evaluate, startEvaluation } from '../../src/engine/evaluate.js';
import { applyFixes } from '../../src/engine/fix.js';
import { createBaseline } from '../../src/policy/baseline.js';
import { parseSource } from '../../src/parse/parseSource.js';
import { getAtPointer } from '../../src/core/pointer.js';
import { nonOverlapping } from '../../src/core/textEdit.js';

const policy = defaultPolicy(builtinRules);

function parsed(file: string, text: string) {
  const format: ManifestFormat = file.endsWith('.json') ? 'json' : 'yaml';
  return { file, format, explicit: true, outcome: parseSource(file, new TextEncoder().encode(text), format) };
}

async function findingsOf(file: string, text: string): Promise<Finding[]> {
  return (await evaluate({ files: [parsed(file, text)], rules: builtinRules, policy })).findings;
}

describe('what a fix or suggestion may show', () => {
  test.each([
    [
      'a URI password in a fix (rename and wrap) drops the fix, not the finding',
      'm.yaml',
      'client_name: com.example.a\nredirect_uri: https://bot:pw-0123456789@a.example/cb\n',
      'schema',
    ],
    [
      'a URI password in a suggestion (http to https) drops the suggestion',
      'm.json',
      '{"client_name": "com.example.a", "logo_uri": "http://u:pw-abcdefghij@a.example/l.png"}',
      'uri-https',
    ],
    [
      'a header value that is also written elsewhere in the file drops the edit showing it',
      'm.yaml',
      [
        'client_name: com.example.a',
        'redirect_uri: https://a.example/Bearer-abcdef123456',
        'capabilities:',
        '  webhooks:',
        '    cqm.ExConversationChangeNotification:',
        '      endpoint: https://h.example/',
        '      headers: [{header_name: Authorization, header_value: Bearer-abcdef123456}]',
        '',
      ].join('\n'),
      'schema',
    ],
  ])('%s', async (_name, file, text, ruleId) => {
    const findings = (await findingsOf(file, text)).filter((f) => f.ruleId === ruleId);
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(finding.fix).toBeUndefined();
      expect(finding.suggestions).toBeUndefined();
    }
  });

  test('the same fault without a credential is fixed (the cases above fail for the credential alone)', async () => {
    const [finding] = await findingsOf('m.yaml', 'client_name: com.example.a\nredirect_uri: https://a.example/cb\n');
    expect(finding.fix?.edits.map((e) => e.text)).toEqual(['redirect_uris', '[https://a.example/cb]']);
  });
});

describe('suppressed findings carry no fix', () => {
  const text = [
    'client_name: com.example.a',
    '# lp-app-manifest-check-disable-next-line schema -- kept for the old client',
    'grant_types: client_credentials',
    'enabled: yes',
    '',
  ].join('\n');

  test('inline', async () => {
    const findings = await findingsOf('m.yaml', text);
    const byPointer = new Map(findings.map((f) => [f.pointer, f]));
    expect(byPointer.get('/grant_types')?.suppressed?.kind).toBe('inline');
    expect(byPointer.get('/grant_types')?.fix).toBeUndefined();
    expect(byPointer.get('/enabled')?.fix?.edits.map((e) => e.text)).toEqual(['true']);
  });

  test('baseline', async () => {
    const file = parsed('m.yaml', 'client_name: com.example.a\nenabled: yes\n');
    const first = await startEvaluation({ rules: builtinRules, policy }, true);
    first.add(file, 0);
    const evaluated = await first.finish();
    const baseline = createBaseline(evaluated.result.findings, evaluated.valueAt);
    const second = await evaluate({
      files: [file],
      rules: builtinRules,
      policy,
      baseline: { baseline, source: 'b.json' },
    });
    expect(second.findings.map((f) => [f.pointer, f.suppressed?.kind, f.fix])).toEqual([
      ['/enabled', 'baseline', undefined],
    ]);
    expect(getAtPointer(file.outcome.ok && file.outcome.document.value, '/enabled')).toBe('yes');
  });
});

describe('one pass applies fixes that do not overlap, in the order they start (ESLint)', () => {
  const edit = (start: number, end: number, text: string) => ({
    start,
    end,
    text,
    line: 1,
    column: start + 1,
    endLine: 1,
    endColumn: end + 1,
  });
  const finding = (...edits: ReturnType<typeof edit>[]): Finding => ({
    ruleId: 'r',
    severity: 'error',
    message: 'm',
    file: 'f',
    pointer: '',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    fix: { edits },
  });

  test.each<[string, Array<Array<[number, number]>>, number[]]>([
    ['disjoint', [[[0, 1]], [[2, 3]]], [0, 1]],
    ['overlapping: the first to start wins', [[[2, 5]], [[0, 3]]], [1]],
    ['touching at one point is overlapping', [[[0, 2]], [[2, 4]]], [0]],
    [
      'a group spans from its first edit to its last',
      [
        [
          [0, 1],
          [6, 7],
        ],
        [[3, 4]],
      ],
      [0],
    ],
    ['two insertions at one place: the first only', [[[1, 1]], [[1, 1]]], [0]],
  ])('%s', (_name, groups, taken) => {
    expect(nonOverlapping(groups.map((g) => g.map(([start, end]) => ({ start, end }))))).toEqual(taken);
  });

  test('the skipped fix is left for the next pass; suppressed findings are not applied', () => {
    const text = 'abcdef';
    const suppressed = { ...finding(edit(5, 6, 'F')), suppressed: { kind: 'inline' as const, reason: 'r' } };
    const first = applyFixes(text, [finding(edit(0, 3, 'X')), finding(edit(1, 2, 'Y')), suppressed]);
    expect(first).toEqual({ text: 'Xdef', applied: 1 });
    expect(applyFixes('abcdef', [finding(edit(1, 2, 'Y'))])).toEqual({ text: 'aYcdef', applied: 1 });
  });
});

describe('attachFixes reads a file again only to render what its findings offer', () => {
  const finding = (file: string): Finding => ({
    ruleId: 'schema',
    severity: 'error',
    message: 'm',
    file,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2,
    pointer: '/x',
  });
  // A document whose text must not be read: rendering a file composes it again, which costs a full reading.
  const untouchable = (file: string) =>
    ({
      file,
      format: 'yaml',
      value: {},
      get text(): string {
        throw new Error(`${file} was read again to render no fix`);
      },
      locateAll: () => [],
    }) as unknown as SourceDocument;
  const redaction = () => new Redaction([]);

  test.each<[string, Problem]>([
    ['no fix and no suggestions', { pointer: '/x', message: 'm' }],
    ['empty ones', { pointer: '/x', message: 'm', fix: [], suggestions: [] }],
  ])('%s: the file is not rendered', async (_, problem) => {
    const found = finding('a.yaml');
    await attachFixes([found], new Map([[found, problem]]), new Map([['a.yaml', untouchable('a.yaml')]]), redaction);
    expect(found.fix).toBeUndefined();
    expect(found.suggestions).toBeUndefined();
  });

  test('a problem with a fix is rendered (the document above would be read)', async () => {
    const found = finding('a.yaml');
    const problem: Problem = { pointer: '/x', message: 'm', fix: [{ op: 'replace', pointer: '/x', value: 1 }] };
    await expect(
      attachFixes([found], new Map([[found, problem]]), new Map([['a.yaml', untouchable('a.yaml')]]), redaction),
    ).rejects.toThrow('a.yaml was read again');
  });
});
