import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFile, execFileSync } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { STARTER_WORKFLOW, STARTER_WORKFLOW_FILE } from '../../src/cli/init.js';
import { runCli } from '../../src/cli/main.js';
import { toolRepository } from '../../src/core/tool.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

const ACTION = 'action.yml';
const REUSABLE = '.github/workflows/lp-app-manifest-check.yml';
const RELEASE = '.github/workflows/release.yml';

let temp: string;
beforeAll(async () => {
  temp = await fs.mkdtemp(path.join(os.tmpdir(), 'lp-workflows-'));
});
afterAll(async () => {
  await fs.rm(temp, { recursive: true, force: true });
});

/** scripts/lint-workflows.mjs in a plain Node process: GitHub's parser's messages for each file. */
async function lint(files: string[]): Promise<Record<string, string[]>> {
  const stdout = await new Promise<string>((resolve, reject) =>
    execFile(
      process.execPath,
      [path.join(root, 'scripts/lint-workflows.mjs'), '--json', ...files],
      { cwd: root },
      (error, out, err) => (out ? resolve(out) : reject(error ?? new Error(err))),
    ),
  );
  return JSON.parse(stdout);
}

describe("GitHub's workflow parser (@actions/workflow-parser)", () => {
  test('finds nothing wrong in action.yml, the reusable workflow, the release workflow and init’s workflow', async () => {
    const starter = path.join(temp, 'starter', STARTER_WORKFLOW_FILE);
    await fs.mkdir(path.dirname(starter), { recursive: true });
    await fs.writeFile(starter, STARTER_WORKFLOW);
    expect(await lint([ACTION, REUSABLE, RELEASE, starter])).toEqual({
      [ACTION]: [],
      [REUSABLE]: [],
      [RELEASE]: [],
      [starter]: [],
    });
  });

  // Each row breaks one thing the parser must catch, so the check above cannot pass by parsing nothing.
  const broken: Array<[string, string, string]> = [
    [
      'workflow.yml',
      'jobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: a/b@c\n        run: echo\n',
      "Unexpected value 'run'",
    ],
    ['workflow.yml', 'jobs:\n  a:\n    run-on: x\n    steps:\n      - run: echo\n', "Unexpected value 'run-on'"],
    [
      'workflow.yml',
      'jobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo ${{ input.x }}\n',
      "Unrecognized named-value: 'input'",
    ],
    [
      'workflow.yml',
      'jobs:\n  a:\n    runs-on: x\n    steps:\n      - if: secrets.x\n        run: echo\n',
      "Unrecognized named-value: 'secrets'",
    ],
    [
      'workflow.yml',
      'jobs:\n  z:\n    runs-on: x\n    steps: [{ run: echo }]\n  a:\n    needs: b\n    runs-on: x\n    steps: [{ run: echo }]\n',
      "Job 'a' depends on unknown job 'b'",
    ],
    ['action.yml', 'name: x\ndescription: y\nruns:\n  using: node99\n  main: x.js\n', "Unexpected value 'node99'"],
    ['action.yml', 'name: x\ndescription: y\nruns:\n  using: node24\n', 'not enough info'],
  ];

  test('reports every broken file of a table, with its line', async () => {
    const files: string[] = [];
    for (const [index, [name, text]] of broken.entries()) {
      const file = path.join(temp, `broken-${index}`, name);
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, name === 'workflow.yml' ? `on: push\n${text}` : text);
      files.push(file);
    }
    const results = await lint(files);
    expect(
      files.map((file, index) => results[file].some((e) => e.includes(broken[index][2]) && /Line: \d+/.test(e))),
    ).toEqual(broken.map(() => true));
  });
});

/** Every `uses:` of a workflow text, with the comment after it. */
function usesOf(text: string): Array<{ uses: string; comment?: string }> {
  return [...text.matchAll(/^[ \t]*(?:- )?uses:[ \t]*([^\s#]+)(?:[ \t]+#[ \t]*(.*?))?[ \t]*$/gm)].map((m) => ({
    uses: m[1],
    comment: m[2],
  }));
}

describe('actions used', () => {
  const sources: Record<string, string> = {
    [REUSABLE]: read(REUSABLE),
    [RELEASE]: read(RELEASE),
    "init's workflow": STARTER_WORKFLOW,
    'README.md': read('README.md'),
  };
  const all = Object.entries(sources).flatMap(([source, text]) => usesOf(text).map((u) => ({ source, ...u })));
  const thirdParty = all.filter((u) => !u.uses.startsWith('./') && !new RegExp(`^${toolRepository}[/@]`).test(u.uses));

  test('are found in every source (the scan is not empty)', () => {
    for (const source of Object.keys(sources)) expect(all.some((u) => u.source === source)).toBe(true);
    expect(thirdParty.length).toBeGreaterThanOrEqual(8);
  });

  test('third-party actions are pinned by full commit SHA, with the release in a comment', () => {
    const unpinned = thirdParty.filter(
      (u) => !/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40}$/.test(u.uses) || !/^v\d+\.\d+\.\d+$/.test(u.comment ?? ''),
    );
    expect(unpinned).toEqual([]);
  });

  test('each action has one pin everywhere (one release to review, one to update)', () => {
    const pins = new Map<string, Set<string>>();
    for (const u of thirdParty) {
      const repository = u.uses.split('@')[0].split('/').slice(0, 2).join('/');
      pins.set(repository, (pins.get(repository) ?? new Set()).add(`${u.uses.split('@')[1]} # ${u.comment}`));
    }
    expect([...pins].filter(([, set]) => set.size > 1)).toEqual([]);
  });

  test('the pin check would catch a tag, a short SHA and a missing comment', () => {
    const bad = usesOf(
      [
        '      - uses: actions/checkout@v7',
        '      - uses: actions/checkout@3d3c42e # v7.0.1',
        '      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1',
      ].join('\n'),
    );
    expect(bad).toHaveLength(3);
    for (const u of bad) expect(/@[0-9a-f]{40}$/.test(u.uses) && /^v\d+\.\d+\.\d+$/.test(u.comment ?? '')).toBe(false);
  });
});

describe('the reusable workflow', () => {
  const workflow = parse(read(REUSABLE)) as {
    jobs: {
      check: {
        steps: Array<{ id?: string; uses?: string; env?: Record<string, string>; with?: Record<string, string> }>;
      };
    };
  };
  const steps = workflow.jobs.check.steps;

  test('runs the Action from the commit it was called at, checked out under .git/', () => {
    const self = steps.find((s) => s.id === 'self')!;
    expect(self.env).toEqual({
      REPOSITORY: '${{ job.workflow_repository }}',
      SHA: '${{ job.workflow_sha || github.job_workflow_sha }}',
    });
    const local = steps.find((s) => s.uses?.startsWith('./'))!;
    const checkout = steps.find((s) => s.with?.ref === '${{ steps.self.outputs.sha }}')!;
    expect(checkout.uses).toMatch(/^actions\/checkout@/);
    expect(checkout.with).toMatchObject({ repository: '${{ steps.self.outputs.repository }}' });
    expect(local.uses).toBe(`./${checkout.with!.path}`);
    expect(checkout.with!.path).toMatch(/^\.git\//);
    // The caller's repository is checked out first, so the Action's checkout is not wiped by it.
    expect(steps.indexOf(checkout)).toBeGreaterThan(steps.findIndex((s) => s.uses?.startsWith('actions/checkout@')));
    expect(steps.indexOf(local)).toBeGreaterThan(steps.indexOf(checkout));
  });

  test.each([
    ['', 'owner/fork', 2, {}],
    ['v1', 'owner/fork', 2, {}],
    ['a'.repeat(40), '', 0, { repository: toolRepository, sha: 'a'.repeat(40) }],
    ['b'.repeat(40), 'owner/fork', 0, { repository: 'owner/fork', sha: 'b'.repeat(40) }],
  ])('the commit %j of %j: exit %i, outputs %j', async (sha, repository, code, outputs) => {
    const self = steps.find((s) => s.id === 'self') as { run: string };
    const dir = await fs.mkdtemp(path.join(temp, 'self-'));
    const output = path.join(dir, 'output.txt');
    await fs.writeFile(output, '');
    const result = await new Promise<{ code: number; stdout: string }>((resolve) =>
      execFile(
        'bash',
        ['--noprofile', '--norc', '-eo', 'pipefail', '-c', self.run],
        { env: { PATH: process.env.PATH, SHA: sha, REPOSITORY: repository, GITHUB_OUTPUT: output } },
        (error, stdout) => resolve({ code: error ? Number((error as { code?: number }).code) : 0, stdout }),
      ),
    );
    expect(result.code).toBe(code);
    if (code !== 0) expect(result.stdout).toMatch(/^::error::the commit of this reusable workflow is unknown/);
    const written = (await fs.readFile(output, 'utf8')).trim();
    expect(Object.fromEntries(written ? written.split('\n').map((l) => l.split('=')) : [])).toEqual(outputs);
  });

  test.each([
    ['a git work tree', true],
    ['a plain folder', false],
  ])(
    'in %s, the Action’s own checkout is never checked: only the repository’s manifests are found',
    async (_, withGit) => {
      const repo = await fs.mkdtemp(path.join(temp, 'caller-'));
      if (withGit) await new Promise((resolve) => execFile('git', ['init', '-q', repo], resolve));
      await fs.mkdir(path.join(repo, 'apps'));
      await fs.cp(path.join(root, 'examples/good/acme-order-bot.json'), path.join(repo, 'apps/bot.json'));
      const checkout = steps.find((s) => s.with?.ref === '${{ steps.self.outputs.sha }}')!.with!.path;
      // What the checkout brings: this repository, broken examples included.
      await fs.cp(path.join(root, 'examples'), path.join(repo, checkout, 'examples'), { recursive: true });
      if (withGit) await fs.mkdir(path.join(repo, checkout, '.git'), { recursive: true });
      let stdout = '';
      const code = await runCli(['--offline', '--format', 'json'], {
        stdout: (t) => void (stdout += t),
        stderr: () => undefined,
        cwd: repo,
        env: {},
        isTTY: false,
      });
      expect(JSON.parse(stdout).manifests).toEqual([{ file: 'apps/bot.json', format: 'json' }]);
      expect(code).toBe(0);
    },
  );
});

describe('the release workflow', () => {
  const release = parse(read(RELEASE)) as {
    on: { push: { tags: string[]; branches?: unknown } };
    permissions: Record<string, string>;
    jobs: Record<
      string,
      {
        needs?: string;
        permissions: Record<string, string>;
        steps: Array<{ id?: string; run?: string; uses?: string }>;
      }
    >;
  };

  test('runs on a pushed vX.Y.Z tag only, with no permission by default', () => {
    expect(release.on).toEqual({ push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] } });
    expect(release.permissions).toEqual({});
  });

  test('publishes only after .ci/run passed, and only the publishing job may write', () => {
    const { verify, publish } = release.jobs;
    expect(verify.permissions).toEqual({ contents: 'read' });
    expect(verify.steps.some((s) => s.run?.trim() === 'bash .ci/run')).toBe(true);
    expect(verify.steps.some((s) => s.run?.includes('scripts/changelog-section.mjs'))).toBe(true);
    expect(publish.needs).toBe('verify');
    expect(publish.permissions).toEqual({ contents: 'write', 'id-token': 'write' });
    const script = publish.steps.map((s) => s.run ?? '').join('\n');
    expect(script).toContain('npm publish --provenance');
    expect(script).toContain('gh release create');
    expect(script).toContain('git/refs/tags/$MAJOR');
  });

  test.each([
    // [tags that exist, the tag released, npm dist-tag, moves the major tag]
    [[], 'v1.0.0', 'latest', true],
    [['v1.9.0'], 'v1.10.0', 'latest', true],
    [['v1.0.0', 'v1.2.0', 'v2.0.0'], 'v1.4.0', 'release-v1', true],
    [['v1.0.0', 'v1.2.0'], 'v1.0.5', 'release-v1.0', false],
    [['v1.0.0', 'v2.0.0-rc.1', 'v1'], 'v1.1.0', 'latest', true],
  ])('with tags %j, releasing %s publishes as %s (moves the major tag: %s)', async (tags, tag, npmTag, moves) => {
    const publish = release.jobs.publish.steps.find((s) => s.id === 'release')!;
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lp-release-'));
    try {
      const git = (...args: string[]) =>
        execFileSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...args], { cwd: dir });
      git('init', '-q');
      await fs.mkdir(path.join(dir, 'scripts'));
      await fs.copyFile(
        path.join(root, 'scripts/changelog-section.mjs'),
        path.join(dir, 'scripts/changelog-section.mjs'),
      );
      await fs.writeFile(path.join(dir, 'CHANGELOG.md'), `## [${tag.slice(1)}] - 2027-01-01\n- notes\n`);
      git('add', '.');
      for (const existing of [...tags, tag]) {
        git('commit', '-q', '--allow-empty', '-m', existing);
        git('tag', existing);
      }
      const output = path.join(dir, 'output.txt');
      execFileSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', publish.run!], {
        cwd: dir,
        env: { PATH: process.env.PATH, TAG: tag, GITHUB_OUTPUT: output, RUNNER_TEMP: dir },
      });
      const outputs = Object.fromEntries(
        readFileSync(output, 'utf8')
          .trim()
          .split('\n')
          .map((line) => line.split(/=(.*)/s).slice(0, 2)),
      );
      expect(outputs).toEqual({
        version: tag.slice(1),
        major: tag.split('.')[0],
        commit: git('rev-parse', 'HEAD').toString().trim(),
        'move-major': String(moves),
        'npm-tag': npmTag,
      });
      expect(readFileSync(path.join(dir, 'notes.md'), 'utf8')).toBe('- notes\n');
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
