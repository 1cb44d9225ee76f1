#!/usr/bin/env node
/**
 * Vendors the cases of the official YAML test suite (github.com/yaml/yaml-test-suite, MIT) into
 * test/fixtures/yaml-test-suite/cases.json, for the differential test of the two YAML readers.
 *
 *   node scripts/vendor-yaml-test-suite.mjs <clone or git directory of yaml-test-suite> [commit]
 *
 * Each src/<ID>.yaml of the suite is a list of one or more tests; a later test inherits the name, tags, yaml, tree
 * and json of the one before it (bin/YAMLTestSuite.pm, `run`), and tests marked `skip` are left out, as the suite's
 * own tools do. The `yaml` text is written with visual markers, turned into the real text as the suite's `unescape`
 * does: `␣` a space, `—…»` or `»` a tab, `←` a carriage return, `⇔` a byte order mark, `↵` nothing (it only shows
 * where a line ends), and a final `∎` line means the text has no final line break. Reading the commit with
 * `git show`, not the work tree, makes the output depend only on the commit named.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const [suite, commitArg] = process.argv.slice(2);
if (!suite) {
  console.error('usage: node scripts/vendor-yaml-test-suite.mjs <yaml-test-suite clone or git dir> [commit]');
  process.exit(2);
}
const git = (...args) => execFileSync('git', ['-C', suite, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
const commit = git('rev-parse', `${commitArg ?? 'HEAD'}^{commit}`).trim();

/** The suite's visual markers to the real text (YAMLTestSuite.pm, `unescape`). */
export function unescape(text) {
  return text
    .replace(/␣/g, ' ')
    .replace(/—*»/g, '\t')
    .replace(/←/g, '\r')
    .replace(/⇔/g, '\uFEFF')
    .replace(/↵/g, '')
    .replace(/∎\n$/, '');
}

const files = git('ls-tree', '--name-only', commit, 'src/')
  .split('\n')
  .filter((name) => /^src\/[A-Z0-9]{4}\.yaml$/.test(name))
  .sort();

const cases = [];
for (const file of files) {
  const id = path.basename(file, '.yaml');
  const tests = parse(git('show', `${commit}:${file}`));
  if (tests[0]?.skip) continue;
  const multi = tests.length > 1;
  // The suite's numbering of the tests of one file: 00, 01, … (three digits past a hundred).
  const width = multi ? Math.floor(Math.log10(tests.length - 1)) + 2 : 2;
  let previous = {};
  tests.forEach((test, index) => {
    const merged = { ...test };
    for (const key of ['name', 'tags', 'yaml', 'tree', 'json']) {
      if (merged[key] === undefined && previous[key] !== undefined) merged[key] = previous[key];
    }
    previous = merged;
    const entry = {
      id: multi ? `${id}-${String(index).padStart(width, '0')}` : id,
      name: merged.name,
      tags: merged.tags ?? '',
      error: 'fail' in test,
      yaml: unescape(merged.yaml),
    };
    // The expected JSON, where the suite gives one: one value per document, as text.
    if (!entry.error && typeof merged.json === 'string') entry.json = unescape(merged.json);
    cases.push(entry);
  });
}

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../test/fixtures/yaml-test-suite');
mkdirSync(out, { recursive: true });
writeFileSync(
  path.join(out, 'cases.json'),
  JSON.stringify({ source: 'yaml/yaml-test-suite', commit, cases }, null, 1) + '\n',
);
writeFileSync(path.join(out, 'LICENSE'), git('show', `${commit}:License`));
console.log(
  `${cases.length} cases (${cases.filter((c) => c.error).length} error cases) from ${files.length} files at ${commit}`,
);
