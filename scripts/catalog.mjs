// Writes everything that is generated from the rules' metadata (src/rules/*.ts `meta`, through src/rules/catalog.ts):
// the README rules table (between <!-- rules --> markers), policies/recommended.yml and policies/strict.yml, and the
// generated definitions of schemas/policy.schema.json. `node scripts/catalog.mjs` (npm run catalog) compiles the
// catalog with tsc into build/ and rewrites the files; with --check it exits 1 naming the stale ones.
// test/rules/catalog.test.ts runs the same comparison.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { stringify } from 'yaml';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

export const COMMAND = 'npm run catalog';

const POLICY_HEADERS = {
  recommended: [
    '# The built-in "recommended" policy: every rule at its default severity and options.',
    '# Extend it from your own policy (.github/lp-app-policy.yml) with `extends: recommended`.',
  ],
  strict: [
    '# The built-in "strict" policy: recommended, with the stricter settings rules declare for it (strictSeverity and',
    '# strictOptions in src/rules/<id>.ts).',
  ],
};

/**
 * The generated files' new text. `read(file)` gives a file's current text (the README and the schema keep what is
 * written by hand); `catalog` is { entries, policies, definitions } from src/rules/catalog.ts.
 */
export function renderCatalogFiles(read, catalog) {
  const files = { 'README.md': renderReadme(read('README.md'), catalog.entries) };
  for (const [name, data] of Object.entries(catalog.policies)) files[`policies/${name}.yml`] = renderPolicy(name, data);
  files['schemas/policy.schema.json'] = renderPolicySchema(read('schemas/policy.schema.json'), catalog);
  return files;
}

const cell = (text) =>
  String(text)
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
const code = (text) => `\`${text}\``;
const optionList = (options) =>
  Object.entries(options)
    .map(([name, value]) => `${code(name)}: ${code(JSON.stringify(value))}`)
    .join(', ');

export function renderRulesTable(entries) {
  return [
    '| rule | recommended | strict | options (default) | fixes | what it checks |',
    '|---|---|---|---|---|---|',
    ...entries.map((entry) => {
      const changed = Object.fromEntries(
        Object.entries(entry.strict.options).filter(
          ([name, value]) => JSON.stringify(value) !== JSON.stringify(entry.recommended.options[name]),
        ),
      );
      const strict = [entry.strict.severity, optionList(changed)].filter((part) => part !== '').join(', ');
      const fixes = [entry.fixable ? 'fix' : '', entry.hasSuggestions ? 'suggestions' : '']
        .filter((part) => part !== '')
        .join(', ');
      return `| [${code(entry.id)}](docs/rules/${entry.id}.md) | ${entry.recommended.severity} | ${cell(strict)} | ${cell(optionList(entry.recommended.options))} | ${fixes} | ${cell(entry.description)} |`;
    }),
  ].join('\n');
}

function renderReadme(readme, entries) {
  const pattern = /(<!-- rules -->\n)[\s\S]*?(<!-- \/rules -->)/;
  if (!pattern.test(readme)) throw new Error('README.md has no <!-- rules --> … <!-- /rules --> block');
  return readme.replace(pattern, (_, open, close) => `${open}${renderRulesTable(entries)}\n${close}`);
}

/** One line per rule: `id: severity` or `id: { severity: …, option: … }`, as a person would write it. */
function renderPolicy(name, data) {
  const flow = (value) => {
    const text = stringify(value, { collectionStyle: 'flow', flowCollectionPadding: false, lineWidth: 0 }).trimEnd();
    return typeof value === 'object' ? `{ ${text.slice(1, -1)} }` : text;
  };
  return [
    '# yaml-language-server: $schema=../schemas/policy.schema.json',
    ...(POLICY_HEADERS[name] ?? [`# The built-in "${name}" policy.`]),
    `# Generated from the rules' metadata by \`${COMMAND}\`; do not edit.`,
    ...(data.extends ? [`extends: ${data.extends}`] : []),
    'rules:',
    ...Object.entries(data.rules).map(([id, entry]) => `  ${id}: ${flow(entry)}`),
    '',
  ].join('\n');
}

function renderPolicySchema(text, catalog) {
  const { $schema, $id, $comment: _, ...rest } = JSON.parse(text);
  const $comment = `definitions ${Object.keys(catalog.definitions).join(', ')} are generated from the rules' metadata by ${COMMAND}; the rest is written by hand.`;
  const schema = { $schema, $id, $comment, ...rest, definitions: { ...rest.definitions, ...catalog.definitions } };
  return JSON.stringify(schema, null, 2) + '\n';
}

/** Compiles src/rules/catalog.ts and what it imports into build/catalog with the project's compiler options. */
async function loadCatalog() {
  const { default: ts } = await import('typescript');
  const configFile = path.join(root, 'tsconfig.json');
  const config = ts.parseJsonConfigFileContent(ts.readConfigFile(configFile, ts.sys.readFile).config, ts.sys, root);
  const outDir = path.join(root, 'build', 'catalog');
  mkdirSync(outDir, { recursive: true });
  const program = ts.createProgram([path.join(root, 'src/rules/catalog.ts')], {
    ...config.options,
    outDir,
    rootDir: root,
    noEmit: false,
  });
  const emitted = program.emit();
  const errors = [...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics].filter(
    (d) => d.category === ts.DiagnosticCategory.Error,
  );
  if (errors.length > 0) {
    const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' };
    throw new Error(`the rules do not compile:\n${ts.formatDiagnostics(errors, host)}`);
  }
  const module = await import(pathToFileURL(path.join(outDir, 'src/rules/catalog.js')).href);
  return {
    entries: module.ruleCatalog(),
    policies: module.builtinPolicies(),
    definitions: module.policySchemaDefinitions(),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const read = (file) => readFileSync(path.join(root, file), 'utf8');
  let rendered;
  try {
    rendered = renderCatalogFiles(read, await loadCatalog());
  } catch (error) {
    console.error(`${COMMAND}: ${error.message}`);
    process.exit(1);
  }
  const stale = Object.entries(rendered).filter(([file, text]) => text !== read(file));
  if (process.argv.includes('--check')) {
    if (stale.length > 0) {
      console.error(`${stale.map(([file]) => file).join(', ')}: not what the rules' metadata says; run: ${COMMAND}`);
      process.exit(1);
    }
    console.log('The generated catalog files match the rules.');
  } else {
    for (const [file, text] of stale) writeFileSync(path.join(root, file), text);
    console.log(stale.length > 0 ? `Rewrote ${stale.map(([file]) => file).join(', ')}.` : 'Nothing to rewrite.');
  }
}
