// Prints the CHANGELOG.md section of one version (Keep a Changelog: `## [1.2.3] - 2026-12-02`), without its heading:
// the notes of that version's GitHub release (.github/workflows/release.yml). Exit 1, naming the version, when the
// section is missing or empty, so a release cannot go out without notes.
//   node scripts/changelog-section.mjs 1.2.3
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HEADING = /^## \[([^\]]+)\](?: - (\d{4}-\d{2}-\d{2}))?[ \t]*$/gm;

/** Every `## [x]` heading in order: the version, its date (undefined for [Unreleased]) and where its body starts. */
export function changelogHeadings(text) {
  return [...text.matchAll(HEADING)].map((m) => ({
    version: m[1],
    date: m[2],
    start: m.index,
    bodyStart: m.index + m[0].length,
  }));
}

/** The body of `version`'s section, trimmed; throws when there is none or it is empty. */
export function changelogSection(text, version) {
  const headings = changelogHeadings(text);
  const index = headings.findIndex((h) => h.version === version);
  if (index === -1) throw new Error(`CHANGELOG.md has no "## [${version}] - YYYY-MM-DD" section`);
  const heading = headings[index];
  if (!heading.date) throw new Error(`CHANGELOG.md: the section of ${version} has no release date`);
  const next = headings[index + 1]?.start ?? text.length;
  // Link references ([1.0.0]: https://…) close the file and belong to no section.
  const body = text
    .slice(heading.bodyStart, next)
    .replace(/^\[[^\]]+\]: \S+[ \t]*$/gm, '')
    .trim();
  if (!body) throw new Error(`CHANGELOG.md: the section of ${version} is empty`);
  return body;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const version = process.argv[2];
  if (!version) {
    process.stderr.write('usage: node scripts/changelog-section.mjs VERSION\n');
    process.exit(2);
  }
  const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
  try {
    process.stdout.write(changelogSection(readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8'), version) + '\n');
  } catch (error) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
