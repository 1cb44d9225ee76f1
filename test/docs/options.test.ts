import { expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { USAGE } from '../../src/cli/main.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

/** The CHANGELOG's released sections describe their own release, whose options may have changed since. */
const unreleased = (changelog: string) => changelog.slice(0, changelog.indexOf('\n## [1.0.0]'));

const documents: Record<string, string> = {
  'README.md': read('README.md'),
  'SECURITY.md': read('SECURITY.md'),
  'CHANGELOG.md [Unreleased]': unreleased(read('CHANGELOG.md')),
  ...Object.fromEntries(
    readdirSync(path.join(root, 'docs'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.md'))
      .map((file) => [`docs/${file}`, read(path.join('docs', file))]),
  ),
};

/** `--name` at the start of a code span: an option a document tells the reader to pass. */
const optionsNamed = (text: string) => [...text.matchAll(/`(--[a-z][a-z-]*)/g)].map((match) => match[1]);
const known = new Set(optionsNamed(USAGE.replace(/(^|\s)(--[a-z][a-z-]*)/g, '$1`$2')));

test.each(Object.keys(documents))('every CLI option %s names is one --help lists', (name) => {
  expect(optionsNamed(documents[name]).filter((option) => !known.has(option))).toEqual([]);
});

test('the options --help lists are found, and a misspelt one is not among them', () => {
  expect([...known]).toEqual(expect.arrayContaining(['--fix-dry-run', '--stdin-filename', '--no-color', '--quiet']));
  expect(known.has('--quite')).toBe(false);
  expect(new Set(optionsNamed(documents['README.md'])).size).toBeGreaterThan(10);
});
