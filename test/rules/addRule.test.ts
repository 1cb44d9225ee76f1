// Adding a rule is four files: the rule, one entry in src/rules/index.ts, its table test and its docs page; `npm run
// catalog` writes the rest. Proved on a copy of the repository with a throwaway rule: its id has a digit, it takes an
// option and strict raises it, so every generated part has something to say about it.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256 } from '../../src/core/sha256.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const COPIED = [
  'src',
  'test',
  'schemas',
  'policies',
  'docs',
  'scripts',
  'examples',
  'README.md',
  'package.json',
  'tsconfig.json',
  'tsconfig.test.json',
  'jest.config.js',
  'eslint.config.js',
  '.prettierrc.json',
  '.prettierignore',
];
const ID = 'throwaway-rule2';

const RULE = `import type { ManifestRule } from '../core/types.js';

interface Options {
  word: string;
}

export const throwawayRule2: ManifestRule<Options> = {
  kind: 'manifest',
  meta: {
    id: '${ID}',
    description: 'display_name does not hold a placeholder word.',
    defaultSeverity: 'warning',
    strictSeverity: 'error',
    optionsSchema: {
      type: 'object',
      properties: { word: { type: 'string', minLength: 1, description: 'The placeholder word.' } },
      additionalProperties: false,
    },
    defaultOptions: { word: 'TODO' },
    help: 'A display name that still holds a placeholder word was committed before it was finished.',
  },
  check(manifest, options) {
    const name = manifest.value.display_name;
    return typeof name === 'string' && name.includes(options.word)
      ? [{ pointer: '/display_name', message: \`display_name holds "\${options.word}"\` }]
      : [];
  },
};
`;

const TABLE_TEST = `import { throwawayRule2 } from '../../src/rules/${ID}.js';
import { ruleTable } from './ruleTable.js';

ruleTable(throwawayRule2, {
  valid: [{ name: 'a finished name', text: \`{"client_name": "x", "display_name": "Acme"}\` }],
  invalid: [
    {
      name: 'a placeholder',
      text: \`{"client_name": "x", "display_name": "TODO"}\`,
      expected: [{ pointer: '/display_name', line: 1, column: 38, endLine: 1, endColumn: 44 }],
    },
    {
      name: 'another word, by option',
      text: 'client_name: x\\ndisplay_name: FIXME later\\n',
      options: { word: 'FIXME' },
      expected: [{ pointer: '/display_name', line: 2, column: 15, endLine: 2, endColumn: 26 }],
    },
  ],
});
`;

const DOCS = `# ${ID}

Default severity in the built-in \`recommended\` policy: **warning**.

## Why

A display name that still holds a placeholder word was committed before it was finished.

## Failing

\`\`\`yaml
display_name: TODO
\`\`\`

## Passing

\`\`\`yaml
display_name: Acme Support
\`\`\`

## Options

\`word\` (string, default \`TODO\`): the placeholder word.
`;

let copy: string;

function environment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.JEST_WORKER_ID;
  return env;
}

function run(args: string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, args, { cwd: copy, env: environment(), encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** The checks are independent: run side by side, each reported with its command and output. */
function runAsync(args: string[]): Promise<{ check: string; status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: copy, env: environment() });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (status) => resolve({ check: args.join(' '), status, output }));
  });
}

/** Every file of the copy but node_modules and build/, by content. */
function snapshot(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(copy, relative), { withFileTypes: true })) {
      const name = relative ? `${relative}/${entry.name}` : entry.name;
      if (name === 'node_modules' || name === 'build') continue;
      if (entry.isDirectory()) walk(name);
      else files.set(name, sha256(readFileSync(path.join(copy, name), 'utf8')));
    }
  };
  walk('');
  return files;
}

beforeAll(() => {
  copy = mkdtempSync(path.join(os.tmpdir(), 'lp-add-rule-'));
  for (const entry of COPIED) cpSync(path.join(repo, entry), path.join(copy, entry), { recursive: true });
  symlinkSync(path.join(repo, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
});

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

test('a new rule needs its file, one entry in the index, its table test and its docs page; generation does the rest', async () => {
  const before = snapshot();
  writeFileSync(path.join(copy, `src/rules/${ID}.ts`), RULE);
  const indexFile = path.join(copy, 'src/rules/index.ts');
  const index = readFileSync(indexFile, 'utf8').split('\n');
  index.splice(
    index.findLastIndex((line) => line.startsWith('import ')) + 1,
    0,
    `import { throwawayRule2 } from './${ID}.js';`,
  );
  index.splice(index.indexOf('];'), 0, '  throwawayRule2,');
  writeFileSync(indexFile, index.join('\n'));
  writeFileSync(path.join(copy, `test/rules/${ID}.test.ts`), TABLE_TEST);
  writeFileSync(path.join(copy, `docs/rules/${ID}.md`), DOCS);

  const stale = run(['scripts/catalog.mjs', '--check']);
  expect(stale.status).toBe(1);
  expect(stale.output).toContain('run: npm run catalog');
  const generate = run(['scripts/catalog.mjs']);
  expect(generate).toMatchObject({ status: 0 });

  const after = snapshot();
  const changed = [...after.keys()].filter((file) => after.get(file) !== before.get(file)).sort();
  expect(changed).toEqual(
    [
      `src/rules/${ID}.ts`,
      'src/rules/index.ts',
      `test/rules/${ID}.test.ts`,
      `docs/rules/${ID}.md`,
      'README.md',
      'policies/recommended.yml',
      'policies/strict.yml',
      'schemas/policy.schema.json',
    ].sort(),
  );
  const read = (file: string) => readFileSync(path.join(copy, file), 'utf8');
  expect(read('README.md')).toContain(`| [\`${ID}\`](docs/rules/${ID}.md) | warning | error | \`word\`: \`"TODO"\` |`);
  expect(read('policies/recommended.yml')).toContain(`\n  ${ID}: { severity: warning, word: TODO }\n`);
  expect(read('policies/strict.yml')).toContain(`\n  ${ID}: error\n`);
  expect(JSON.parse(read('schemas/policy.schema.json')).definitions.rules.properties).toHaveProperty(ID);

  const ours = [`src/rules/${ID}.ts`, 'src/rules/index.ts', `test/rules/${ID}.test.ts`];
  const checks = [
    ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--noEmit'],
    ['node_modules/eslint/bin/eslint.js', ...ours],
    ['scripts/import-cycles.mjs'],
    ['node_modules/prettier/bin/prettier.cjs', '--check', ...ours],
    [
      '--experimental-vm-modules',
      'node_modules/jest/bin/jest.js',
      '--ci',
      `test/rules/${ID}.test.ts`,
      'test/rules/catalog.test.ts',
      'test/rules/docs.test.ts',
      'test/rules/builtinRules.test.ts',
      'test/docs/schemas.test.ts',
      'test/policy/policySchema.test.ts',
    ],
  ];
  for (const result of await Promise.all(checks.map(runAsync)))
    expect(result).toMatchObject({ check: result.check, status: 0 });
}, 600_000);
