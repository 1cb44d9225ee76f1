import { promises as fs, constants } from 'node:fs';
import path from 'node:path';
import { DEFAULT_POLICY_FILE } from '../policy/loadPolicy.js';

export const STARTER_POLICY = `# yaml-language-server: $schema=https://raw.githubusercontent.com/lp-app-manifest-check/lp-app-manifest-check/v1/schemas/policy.schema.json
# Policy for lp-app-manifest-check: https://github.com/lp-app-manifest-check/lp-app-manifest-check#policy-files
# On pull requests this file is read from the base branch, so a pull request cannot loosen it.
extends: recommended
rules:
  # severity: error | warning | notice | off
  client-name-format: warning
  redirect-uri-https: { severity: error, allowLoopback: false }
overrides: []
ignore: []
`;

export const STARTER_WORKFLOW_FILE = '.github/workflows/lp-app-manifest-check.yml';

export const STARTER_WORKFLOW = `name: app manifests
on:
  pull_request:
  push:
    branches: [main]
permissions:
  contents: read
  pull-requests: write # the sticky comment; read-only tokens (forks) only lose the comment
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          persist-credentials: false
      - uses: lp-app-manifest-check/lp-app-manifest-check@v1
`;

export interface InitOutcome {
  written: string[];
  kept: string[];
}

/**
 * Writes the starter policy and workflow under `root`. An existing file is never overwritten (the file is opened
 * with O_EXCL, so a file that appears meanwhile is kept too); it is listed as kept.
 */
export async function init(root: string): Promise<InitOutcome> {
  const outcome: InitOutcome = { written: [], kept: [] };
  for (const [file, text] of [
    [DEFAULT_POLICY_FILE, STARTER_POLICY],
    [STARTER_WORKFLOW_FILE, STARTER_WORKFLOW],
  ] as const) {
    const target = path.join(root, file);
    await fs.mkdir(path.dirname(target), { recursive: true });
    try {
      const handle = await fs.open(
        target,
        constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
        0o644,
      );
      try {
        await handle.writeFile(text);
      } finally {
        await handle.close();
      }
      outcome.written.push(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      outcome.kept.push(file);
    }
  }
  return outcome;
}
