import { describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

const documents = [
  'README.md',
  'SECURITY.md',
  'CHANGELOG.md',
  'RELEASING.md',
  ...readdirSync(path.join(root, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .map((file) => path.posix.join('docs', file.split(path.sep).join('/'))),
];

/** Paths the documents name that are a user's repository's, not this one's. */
const USERS_FILES = new Set(['.github/lp-app-policy.yml']);

/** `src/…`, `test/…` and the like in backquotes: a path of this repository a document names (placeholders left out). */
function namedPaths(text: string): string[] {
  const named = text.matchAll(/`((?:src|test|schemas|policies|docs|bench|scripts|examples|\.github)\/[^`\s<>*]*)`/g);
  const paths = [...named].map((match) => match[1].replace(/\/$/, ''));
  return [...new Set(paths)].filter((file) => !USERS_FILES.has(file));
}

/** Relative markdown links, `[text](target)` without a scheme or a bare anchor. */
function linkedPaths(text: string): string[] {
  const linked = text.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g);
  return [...new Set([...linked].map((match) => match[1]).filter((target) => !/^[a-z]+:/i.test(target)))];
}

describe('every file a document names exists, so a test or source it cites is not a promise held by nothing', () => {
  test.each(documents)('%s', (document) => {
    const text = read(document);
    const missing = namedPaths(text).filter((file) => !existsSync(path.join(root, file)));
    const base = path.dirname(document);
    const broken = linkedPaths(text).filter((target) => !existsSync(path.join(root, base, target)));
    expect({ missing, broken }).toEqual({ missing: [], broken: [] });
  });

  test('the pattern finds the test files SECURITY.md cites, and a renamed one would be missing', () => {
    const named = namedPaths(read('SECURITY.md'));
    expect(named).toEqual(expect.arrayContaining(['test/engine/redaction.test.ts', 'test/action/action.test.ts']));
    expect(namedPaths('`test/engine/redacted.test.ts`').filter((f) => !existsSync(path.join(root, f)))).toHaveLength(1);
  });
});

test('each test SECURITY.md names by title (file › "title") is a test or describe block of that file', () => {
  const cited = [...read('SECURITY.md').matchAll(/`(test\/[^`]+)` › "([^"]+)"/g)].map(([, file, title]) => ({
    file: file,
    title: title,
  }));
  expect(cited.length).toBeGreaterThanOrEqual(2);
  for (const { file, title } of cited) {
    const source = read(file);
    const declared = [
      ...source.matchAll(/\b(?:describe|test|it)(?:\.each\([\s\S]*?\))?\(\s*(['"`])((?:(?!\1)[^\\]|\\.)*)\1/g),
    ];
    expect({ file, title, found: declared.some((match) => match[2] === title) }).toEqual({ file, title, found: true });
  }
});
