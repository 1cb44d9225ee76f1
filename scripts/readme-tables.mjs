// Renders the README's inputs and outputs tables from action.yml, between the <!-- action-inputs --> and
// <!-- action-outputs --> markers, so they never drift. `node scripts/readme-tables.mjs` rewrites README.md;
// with --check it exits 1 when README.md differs (test/docs/readme.test.ts runs the same comparison).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

const cell = (text) =>
  String(text)
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
const code = (text) => (text === '' ? '' : `\`${text}\``);

export function renderTables(actionYaml) {
  const action = parse(actionYaml);
  const inputs = [
    '| input | default | description |',
    '|---|---|---|',
    ...Object.entries(action.inputs ?? {}).map(
      ([name, input]) => `| \`${name}\` | ${cell(code(input.default ?? ''))} | ${cell(input.description ?? '')} |`,
    ),
  ].join('\n');
  const outputs = [
    '| output | description |',
    '|---|---|',
    ...Object.entries(action.outputs ?? {}).map(
      ([name, output]) => `| \`${name}\` | ${cell(output.description ?? '')} |`,
    ),
  ].join('\n');
  return { 'action-inputs': inputs, 'action-outputs': outputs };
}

export function renderReadme(readme, actionYaml) {
  let text = readme;
  for (const [marker, table] of Object.entries(renderTables(actionYaml))) {
    const pattern = new RegExp(`(<!-- ${marker} -->\\n)[\\s\\S]*?(<!-- /${marker} -->)`);
    if (!pattern.test(text)) throw new Error(`README.md has no <!-- ${marker} --> … <!-- /${marker} --> block`);
    text = text.replace(pattern, (_, open, close) => `${open}${table}\n${close}`);
  }
  return text;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const readmePath = path.join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const rendered = renderReadme(readme, readFileSync(path.join(root, 'action.yml'), 'utf8'));
  if (process.argv.includes('--check')) {
    if (rendered !== readme) {
      console.error('README.md inputs/outputs tables differ from action.yml; run: npm run readme');
      process.exit(1);
    }
    console.log('README.md tables match action.yml.');
  } else if (rendered !== readme) {
    writeFileSync(readmePath, rendered);
    console.log('README.md tables rewritten from action.yml.');
  }
}
