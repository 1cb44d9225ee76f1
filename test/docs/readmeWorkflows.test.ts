import { expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

type Permissions = Record<string, string>;
type Job = { uses?: string; permissions?: Permissions };

const reusable = parse(read('.github/workflows/lp-app-manifest-check.yml')) as {
  jobs: Record<string, { permissions: Permissions }>;
};
const asked = Object.values(reusable.jobs).map((job) => job.permissions);

/** The jobs of the README's YAML examples that call the reusable workflow. */
function callers(readme: string): Job[] {
  const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]);
  return blocks.flatMap((block) => {
    const jobs = (parse(block) as { jobs?: Record<string, Job> } | null)?.jobs ?? {};
    return Object.values(jobs).filter((job) => job.uses?.includes('/.github/workflows/lp-app-manifest-check.yml@'));
  });
}

const LEVEL: Record<string, number> = { none: 0, read: 1, write: 2 };

/** What the called job asks for and the caller does not grant: GitHub refuses to start such a run. */
function notGranted(granted: Permissions): string[] {
  return asked.flatMap((permissions) =>
    Object.entries(permissions)
      .filter(([scope, level]) => (LEVEL[granted[scope] ?? 'none'] ?? 0) < (LEVEL[level] ?? 0))
      .map(([scope, level]) => `${scope}: ${level}`),
  );
}

test("every README example that calls the reusable workflow grants every permission the workflow's job asks for", () => {
  const examples = callers(read('README.md'));
  expect(examples.length).toBeGreaterThanOrEqual(2);
  for (const job of examples)
    expect({ uses: job.uses, missing: notGranted(job.permissions ?? {}) }).toEqual({
      uses: job.uses,
      missing: [],
    });
});

test('an example without checks: write would be caught', () => {
  expect(notGranted({ contents: 'read', 'pull-requests': 'write', 'security-events': 'write' })).toEqual([
    'checks: write',
  ]);
});
