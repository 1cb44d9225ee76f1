import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { changelogHeadings, changelogSection } from '../../scripts/changelog-section.mjs';
import { STARTER_POLICY, STARTER_WORKFLOW } from '../../src/cli/init.js';
import {
  docsBaseUrl,
  schemaBaseUrl,
  toolInformationUri,
  toolMajorTag,
  toolRepository,
  toolVersion,
} from '../../src/core/tool.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const pkg = JSON.parse(read('package.json'));
const major = `v${pkg.version.split('.')[0]}`;

interface Ref {
  source: string;
  ref: string;
  text: string;
}

const repo = toolRepository.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Every way a text names a version of this repository: `uses: …@ref`, raw and blob URLs, a pre-commit `rev:`. */
const REFERENCES = [
  new RegExp(`${repo}(?:/[^\\s@'"\`]*)?@([^\\s'"\`#)]+)`, 'g'),
  new RegExp(`raw\\.githubusercontent\\.com/${repo}/([^/\\s]+)/`, 'g'),
  new RegExp(`github\\.com/${repo}/(?:blob|tree|raw)/([^/\\s]+)/`, 'g'),
  new RegExp(`repo: https://github\\.com/${repo}\\n\\s*rev: (\\S+)`, 'g'),
];

/** The packages ncc bundled into the CLI: each entry of dist/cli/licenses.txt starts with the package's name. */
function bundledPackages(): string[] {
  return read('dist/cli/licenses.txt')
    .split(/\n\n(?=@?[a-z0-9][\w.-]*(?:\/[\w.-]+)?\n)/)
    .map((entry) => entry.split('\n', 1)[0] ?? '')
    .filter((name) => name !== '');
}

function enginesOf(name: string): string | undefined {
  const manifest = JSON.parse(read(`node_modules/${name}/package.json`)) as { engines?: { node?: string } };
  return manifest.engines?.node;
}

/** The oldest Node.js major a package's `engines.node` admits (0 when it says nothing). */
function oldestMajor(range: string | undefined): number {
  if (range === undefined) return 0;
  return Math.min(
    ...range.split('||').map((alternative) => {
      const lower = /(?:>=|\^|~)\s*(\d+)/.exec(alternative);
      return lower ? Number(lower[1]) : 0;
    }),
  );
}

function referencesIn(source: string, text: string): Ref[] {
  return REFERENCES.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => ({ source, ref: m[1], text: m[0] })));
}

/** A moving reference names the major tag; a pre-commit `rev:` (a fixed tag) names this very version. */
function disagrees({ ref, text }: Ref): boolean {
  return text.includes('rev: ') ? ref !== `v${pkg.version}` : ref !== major;
}

describe('every version-bearing string agrees with package.json', () => {
  // Everything the repository ships or documents; CHANGELOG.md names past versions on purpose, dist/ is the source
  // bundled (checked equal by .ci/run), and tests state their own expectations.
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((f) => f && !/^(dist|test|node_modules|bench\/corpus)\//.test(f))
    .filter((f) => !['package-lock.json', 'CHANGELOG.md'].includes(f))
    .filter((f) => /\.(md|ya?ml|json|ts|js|mjs)$|^LICENSE$/.test(f));
  const generated: Record<string, string> = {
    "init's workflow": STARTER_WORKFLOW,
    "init's policy": STARTER_POLICY,
    'rule documentation URL': docsBaseUrl,
    'schema URL': schemaBaseUrl + 'x',
  };
  const refs = [
    ...files.flatMap((file) => referencesIn(file, read(file))),
    ...Object.entries(generated).flatMap(([source, text]) => referencesIn(source, text)),
  ];

  test('in README, init, the pre-commit snippet, the documentation URLs and the schema $ids', () => {
    expect(refs.filter(disagrees)).toEqual([]);
  });

  test('the scan finds them where they are (it cannot pass by finding nothing)', () => {
    const count = (source: string) => refs.filter((r) => r.source === source).length;
    expect(count('README.md')).toBeGreaterThanOrEqual(10);
    for (const schema of ['manifest', 'policy', 'report']) expect(count(`schemas/${schema}.schema.json`)).toBe(1);
    for (const source of Object.keys(generated)) expect(count(source)).toBeGreaterThanOrEqual(1);
    expect(refs.some((r) => r.text.includes('rev: '))).toBe(true);
  });

  test.each([
    [`uses: ${toolRepository}@v${Number(major.slice(1)) + 1}`, true],
    [`uses: ${toolRepository}/.github/workflows/x.yml@v0`, true],
    [`https://raw.githubusercontent.com/${toolRepository}/main/schemas/policy.schema.json`, true],
    [`https://github.com/${toolRepository}/blob/v0/docs/rules/schema.md`, true],
    [`  - repo: https://github.com/${toolRepository}\n    rev: v0.9.0`, true],
    [`uses: ${toolRepository}@${major}`, false],
    [`  - repo: https://github.com/${toolRepository}\n    rev: v${pkg.version}`, false],
  ])('%j disagrees: %s', (text, expected) => {
    const found = referencesIn('sample', text);
    expect(found).toHaveLength(1);
    expect(disagrees(found[0])).toBe(expected);
  });

  test('the tool reports the version of package.json and derives the major tag from it', () => {
    expect(toolVersion).toBe(pkg.version);
    expect(toolMajorTag).toBe(major);
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('the package', () => {
  test('has no runtime dependencies: dist/ bundles them', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.bundleDependencies ?? pkg.bundledDependencies).toBeUndefined();
  });

  test('names the repository it is published from (npm provenance checks it)', () => {
    expect(pkg.repository).toEqual({ type: 'git', url: `git+${toolInformationUri}.git` });
    expect(pkg.publishConfig).toEqual({ access: 'public', provenance: true });
  });

  test('is MIT licensed, with the licence text', () => {
    expect(pkg.license).toBe('MIT');
    expect(read('LICENSE')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} /);
  });

  test('claims the Node.js versions its bundled packages need (the newest of their oldest), and releases test that one', () => {
    const oldest = bundledPackages().map((name) => ({ name, major: oldestMajor(enginesOf(name)) }));
    const needed = Math.max(...oldest.map((p) => p.major));
    expect(oldest.length).toBeGreaterThan(10);
    expect(pkg.engines).toEqual({ node: `>=${needed}` });
    const release = read('.github/workflows/release.yml');
    expect(release).toMatch(new RegExp(`node: \\[${needed}, 24\\]`));
    expect(read('RELEASING.md')).toContain(`on Node ${needed} and 24`);
    expect(read('README.md')).toContain(`Node.js ${needed} or later`);
  });

  test.each([
    ['>= 20', 20],
    ['>=22', 22],
    ['>=0.6.11 <=0.7.0 || >=0.7.3', 0],
    ['^18.17.0 || >=20', 18],
    [undefined, 0],
  ])('reads the oldest Node.js major of engines %p as %p', (range, major) => {
    expect(oldestMajor(range)).toBe(major);
  });
});

describe('CHANGELOG.md', () => {
  const changelog = read('CHANGELOG.md');

  test('has a dated section for this version with its notes, under [Unreleased]', () => {
    const headings = changelogHeadings(changelog);
    expect(headings[0]).toMatchObject({ version: 'Unreleased', date: undefined });
    expect(headings[1]).toMatchObject({ version: pkg.version, date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(changelogSection(changelog, pkg.version)).toMatch(/^(The first release|### )/);
    expect(changelog).toContain(`[${pkg.version}]: ${toolInformationUri}/releases/tag/v${pkg.version}`);
  });

  const sample = [
    '# Changelog',
    '## [Unreleased]',
    '## [1.1.0] - 2027-01-02',
    '### Fixed',
    '- a fix',
    '## [1.0.1]',
    '- undated',
    '## [1.0.0] - 2026-12-02',
    '',
    '[1.1.0]: https://example.com/v1.1.0',
  ].join('\n');

  test.each([
    ['1.1.0', '### Fixed\n- a fix'],
    ['1.0.1', new Error('CHANGELOG.md: the section of 1.0.1 has no release date')],
    ['1.0.0', new Error('CHANGELOG.md: the section of 1.0.0 is empty')],
    ['2.0.0', new Error('CHANGELOG.md has no "## [2.0.0] - YYYY-MM-DD" section')],
  ])('the release notes of %s', (version, expected) => {
    if (expected instanceof Error) expect(() => changelogSection(sample, version)).toThrow(expected.message);
    else expect(changelogSection(sample, version)).toBe(expected);
  });

  test('scripts/changelog-section.mjs prints the notes, or exits 1 naming the version', () => {
    const script = path.join(root, 'scripts/changelog-section.mjs');
    const notes = execFileSync(process.execPath, [script, pkg.version], { encoding: 'utf8' });
    expect(notes).toBe(changelogSection(changelog, pkg.version) + '\n');
    expect(() => execFileSync(process.execPath, [script, '0.0.0'], { stdio: 'pipe' })).toThrow(
      /no "## \[0\.0\.0\] - YYYY-MM-DD" section/,
    );
  });
});
