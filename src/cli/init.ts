import { promises as fs, constants } from 'node:fs';
import path from 'node:path';
import { schemaBaseUrl, toolInformationUri, toolMajorTag, toolRepository } from '../core/tool.js';
import { DEFAULT_POLICY_FILE } from '../policy/loadPolicy.js';

/**
 * Third-party actions in the starter workflow, pinned by commit (a tag can be moved to other code); the comment names
 * the release. A test holds every workflow and README example to the same pin of each action.
 */
export const CHECKOUT_ACTION = 'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1';

export const STARTER_POLICY = `# yaml-language-server: $schema=${schemaBaseUrl}policy.schema.json
# Policy for lp-app-manifest-check: ${toolInformationUri}#policy-files
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
    timeout-minutes: 10
    steps:
      - uses: ${CHECKOUT_ACTION}
        with:
          persist-credentials: false
      # ${toolMajorTag} follows every ${toolMajorTag}.x.y release; to review each update, pin a release's commit SHA instead
      - uses: ${toolRepository}@${toolMajorTag}
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
