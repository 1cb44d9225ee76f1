import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCheck, type ReportScope } from '../../src/engine/run.js';

// A run that reports only some files or lines (only-changed, a subdirectory) still reports every cross-file finding
// one of those files or lines takes part in: a duplicate client_name made by a changed manifest is never hidden
// because the rule put its finding on the other, unchanged, manifest.

let root: string;
beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'lp-cross-file-'));
});
afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

const FILES = ['apps/a.yaml', 'apps/b.yaml', 'apps/c/c.yaml', 'apps/d.yaml'];
const NAMES = ['com.acme.one', 'com.acme.two', 'com.acme.three'];

async function checkWith(dir: string, names: readonly number[], scope: ReportScope | undefined) {
  await fs.rm(dir, { recursive: true, force: true });
  for (const [i, file] of FILES.entries()) {
    await fs.mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    // client_name on line 2, under a comment line, so that a changed line 1 is not the name's.
    await fs.writeFile(path.join(dir, file), `# app ${i}\nclient_name: ${NAMES[names[i]]}\n`);
  }
  const outcome = await runCheck({
    cwd: dir,
    root: dir,
    paths: [],
    policy: 'recommended',
    reportFiles: scope && (async () => scope),
    warn: () => undefined,
  });
  return outcome.result.findings.filter((f) => f.ruleId === 'client-name-unique');
}

/** The names some manifest in `taking` shares with another manifest: a run reporting `taking` must tell of each. */
function sharedNames(names: readonly number[], taking: (file: string) => boolean): Set<string> {
  const shared = new Set<string>();
  FILES.forEach((file, i) => {
    if (taking(file) && names.some((n, j) => j !== i && n === names[i])) shared.add(NAMES[names[i]]);
  });
  return shared;
}

const nameOf = (message: string) => /client_name "([^"]+)"/.exec(message)?.[1];

describe('cross-file findings under a report scope', () => {
  test('the pull request renames the manifest that sorts first onto another one’s name', async () => {
    // a.yaml (changed) takes d.yaml's name: the rule's finding is on d.yaml, "already used by apps/a.yaml".
    const names = [1, 0, 2, 1];
    const dir = path.join(root, 'first');
    const files = await checkWith(dir, names, { file: (f) => f === 'apps/a.yaml' });
    expect(files.map((f) => `${f.file}:${f.line} ${f.message}`)).toEqual([
      'apps/d.yaml:2 client_name "com.acme.two" is already used by apps/a.yaml',
    ]);
    // Lines: a.yaml's client_name line changed: the same; only its comment line changed: nothing to tell.
    const onLine = (line: number): ReportScope => ({
      file: (f) => f === 'apps/a.yaml',
      finding: (f) => f.file === 'apps/a.yaml' && f.line <= line && line <= f.endLine,
    });
    expect((await checkWith(dir, names, onLine(2))).map((f) => f.file)).toEqual(['apps/d.yaml']);
    expect(await checkWith(dir, names, onLine(1))).toEqual([]);
  });

  test('property: every duplicate a reported file (or line) takes part in is reported, and no other', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat(NAMES.length - 1), { minLength: FILES.length, maxLength: FILES.length }),
        fc.array(fc.boolean(), { minLength: FILES.length, maxLength: FILES.length }),
        fc.boolean(),
        async (names, inScope, byLines) => {
          const dir = path.join(root, `p${run++}`);
          const taking = (file: string) => inScope[FILES.indexOf(file)];
          // By lines: each file in scope has its client_name line (2) changed, the others only their comment line.
          const scope: ReportScope = byLines
            ? { file: () => true, finding: (f) => f.line === (taking(f.file) ? 2 : 1) }
            : { file: taking };
          const found = await checkWith(dir, names, scope);
          const told = new Set(found.map((f) => nameOf(f.message)));
          expect([...told].sort()).toEqual([...sharedNames(names, taking)].sort());
          await fs.rm(dir, { recursive: true, force: true });
        },
      ),
      { numRuns: 40 },
    );
  });

  test('an inline suppression in the unreported file still applies to the finding on it', async () => {
    const dir = path.join(root, 'suppressed');
    await fs.mkdir(path.join(dir, 'apps'), { recursive: true });
    await fs.writeFile(path.join(dir, 'apps/a.yaml'), 'client_name: com.acme.two\n');
    await fs.writeFile(
      path.join(dir, 'apps/d.yaml'),
      '# lp-app-manifest-check-disable-next-line client-name-unique -- a staging copy\nclient_name: com.acme.two\n' +
        '# lp-app-manifest-check-disable-next-line no-such-rule -- not this run’s file to judge\n',
    );
    const outcome = await runCheck({
      cwd: dir,
      root: dir,
      paths: [],
      policy: 'recommended',
      reportFiles: async () => ({ file: (f) => f === 'apps/a.yaml' }),
      warn: () => undefined,
    });
    expect(outcome.result.findings.map((f) => [f.file, f.ruleId, f.suppressed?.kind])).toEqual([
      ['apps/d.yaml', 'client-name-unique', 'inline'],
    ]);
  });
});
