import { expect, test } from '@jest/globals';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate, MAX_FINDINGS_PER_RULE, startEvaluation, type ParsedFile } from '../../src/engine/evaluate.js';
import type { ProjectRule, Rule } from '../../src/core/types.js';
import { formatOf, parseSource } from '../../src/parse/parseSource.js';
import type { SourceDocument } from '../../src/parse/types.js';
import { defaultPolicy } from '../../src/policy/loadPolicy.js';
import { builtinRules } from '../../src/rules/index.js';

const examples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples');

/** Reports the order in which the cross-file rules receive the manifests. */
const orderProbe: ProjectRule = {
  kind: 'project',
  meta: { id: 'order-probe', description: 'test', defaultSeverity: 'notice', help: 'test' },
  check: (manifests) => [{ file: manifests[0].file, pointer: '', message: manifests.map((m) => m.file).join(' ') }],
};
const rules: Rule[] = [...builtinRules, orderProbe];
const policy = defaultPolicy(rules);

/** The bundled examples, and files whose findings come from parsing, the schema and the cross-file rules. */
async function runFiles(): Promise<ParsedFile[]> {
  const sources: Array<[string, string, boolean]> = [];
  for (const dir of await fs.readdir(examples)) {
    for (const name of await fs.readdir(path.join(examples, dir)))
      sources.push([`${dir}/${name}`, await fs.readFile(path.join(examples, dir, name), 'utf8'), false]);
  }
  sources.push(
    ['extra/same-a.json', '{"client_name": "com.acme.same", "redirect_uris": ["http://example.com"]}', false],
    ['extra/same-b.yaml', 'client_name: com.acme.same\nclient_id: server-assigned\n', false],
    ['extra/broken.json', '{"client_name": "x",}', false],
    ['extra/not-a-manifest.json', '{"name": "x"}', false],
    ['extra/named.json', '{"name": "x"}', true],
  );
  return sources.map(([file, text, explicit]) => {
    const format = formatOf(file)!;
    return { file, format, explicit, outcome: parseSource(file, new TextEncoder().encode(text), format) };
  });
}

function shuffled(indexes: number[], seed: number): number[] {
  const out = [...indexes];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

test('an evaluation fed the files one at a time, in any order, gives what evaluating them together gives', async () => {
  const files = await runFiles();
  const together = await evaluate({ files, rules, policy });
  const ruleIds = new Set(together.findings.map((f) => f.ruleId));
  for (const id of [
    'parse-error',
    'schema',
    'client-name-unique',
    'server-assigned-field',
    'redirect-uri-https',
    'order-probe',
  ])
    expect(ruleIds).toContain(id);
  // The cross-file rules receive the manifests in the run's order, whatever order they were parsed in.
  const probe = together.findings.find((f) => f.ruleId === 'order-probe')!;
  expect(probe.message).toBe(
    files
      .filter((f) => f.outcome.ok && f.file !== 'extra/not-a-manifest.json' && f.file !== 'extra/named.json')
      .map((f) => f.file)
      .join(' '),
  );

  for (const seed of [1, 2, 3, 4]) {
    const order = shuffled(
      files.map((_, index) => index),
      seed,
    );
    const evaluation = await startEvaluation({ rules, policy }, true);
    for (const index of order) evaluation.add(files[index], index);
    expect((await evaluation.finish()).result).toEqual(together);
  }
});

test('each file’s findings are located by one call of locateAll, and files without findings are never located', async () => {
  const keys = Array.from({ length: 5_000 }, (_, i) => `"unknown_${i}": ${i}`).join(', ');
  const sources: Array<[string, string]> = [
    ['many.json', `{"client_name": "com.acme.many", ${keys}}`],
    ['many.yaml', `client_name: com.acme.yaml\n${keys.replace(/"/g, '').replace(/, /g, '\n')}\n`],
    ['clean.json', '{"client_name": "com.acme.clean"}'],
  ];
  const calls = new Map<string, number[]>();
  const files: ParsedFile[] = sources.map(([file, text]) => {
    const format = formatOf(file)!;
    const outcome = parseSource(file, new TextEncoder().encode(text), format);
    if (!outcome.ok) throw new Error(`${file} did not parse`);
    const real = outcome.document;
    const document: SourceDocument = {
      file: real.file,
      format: real.format,
      text: real.text,
      value: real.value,
      locateAll: (requests) => {
        calls.set(file, [...(calls.get(file) ?? []), requests.length]);
        return real.locateAll(requests);
      },
    };
    return { file, format, explicit: false, outcome: { ...outcome, document } };
  });
  const result = await evaluate({ files, rules, policy });
  // At most MAX_FINDINGS_PER_RULE of one rule in one file are listed; one more finding counts the rest.
  expect(result.findings.filter((f) => f.file === 'many.json' && f.keyword === 'additionalProperties')).toHaveLength(
    MAX_FINDINGS_PER_RULE,
  );
  for (const file of ['many.json', 'many.yaml'])
    expect(result.findings.filter((f) => f.file === file && f.message.startsWith('…'))).toEqual([
      expect.objectContaining({
        ruleId: 'schema',
        severity: 'error',
        pointer: '',
        message: expect.stringContaining(`… and ${5_000 - MAX_FINDINGS_PER_RULE} more schema findings in this file`),
      }),
    ]);
  expect(Object.fromEntries(calls)).toEqual({
    'many.json': [result.findings.filter((f) => f.file === 'many.json').length],
    'many.yaml': [result.findings.filter((f) => f.file === 'many.yaml').length],
  });
  const last = result.findings.find(
    (f) => f.pointer === `/unknown_${MAX_FINDINGS_PER_RULE - 1}` && f.file === 'many.yaml',
  );
  expect(last).toMatchObject({
    line: MAX_FINDINGS_PER_RULE + 1,
    column: 1,
    endLine: MAX_FINDINGS_PER_RULE + 1,
    endColumn: 12,
  });
});

test('a file without problems when it was added, whose document was let go, is parsed again for a cross-file finding: the same place, the same redaction', async () => {
  const { clientNameUnique } = await import('../../src/rules/client-name-unique.js');
  const only: Rule[] = [clientNameUnique];
  // b.yaml is schema-valid and has no finding of its own; its client_name is also its webhook header's value, a
  // credential place: the finding on it must not quote it.
  const sources: Array<[string, string]> = [
    ['a.json', '{"client_name": "tenant-secret-42"}'],
    [
      'b.yaml',
      [
        '# b',
        'client_name: tenant-secret-42',
        'capabilities:',
        '  webhooks:',
        '    ms.MessagingEventNotification.ContentEvent:',
        '      endpoint: https://b.example/hook',
        '      headers:',
        '        - header_name: X-Tenant',
        '          header_value: tenant-secret-42',
        '',
      ].join('\n'),
    ],
  ];
  const files: ParsedFile[] = sources.map(([file, text]) => {
    const format = formatOf(file)!;
    return { file, format, explicit: false, outcome: parseSource(file, new TextEncoder().encode(text), format) };
  });
  const evaluation = await startEvaluation({ rules: only, policy: defaultPolicy(only) }, true);
  files.forEach((file, index) => evaluation.add(file, index));
  const { result, relatedOf } = await evaluation.finish();
  expect(result.findings).toEqual([
    expect.objectContaining({
      ruleId: 'client-name-unique',
      file: 'b.yaml',
      line: 2,
      column: 14,
      endLine: 2,
      endColumn: 30,
      message: 'client_name [redacted] is already used by a.json',
    }),
  ]);
  expect(JSON.stringify(result)).not.toContain('tenant-secret-42');
  expect(relatedOf(result.findings[0])).toEqual([
    expect.objectContaining({ file: 'a.json', pointer: '/client_name', line: 1, column: 17, endColumn: 35 }),
  ]);
});
