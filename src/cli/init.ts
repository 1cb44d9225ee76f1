import { schemaBaseUrl, toolInformationUri, toolMajorTag, toolRepository } from '../core/tool.js';
import { DEFAULT_POLICY_FILE } from '../policy/loadPolicy.js';
import { fileRoot } from '../files/fileRoot.js';
import { writeInside } from '../files/writeInside.js';

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
  pull-requests: write # the sticky comment and suggested changes; read-only tokens (forks) lose only those
  checks: write # every finding as an annotation of a check run; read-only tokens (forks) fall back to workflow commands
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
  /** Files not written for another reason (a symlink out on the way, a FIFO), with the reason. */
  refused: Array<{ file: string; reason: string }>;
}

/**
 * Writes the starter policy and workflow under `root` through src/files (no symlink out on the way). An existing file
 * is never overwritten (the file is created exclusively, so a file that appears meanwhile is kept too, and a symlink
 * in its place is not followed); it is listed as kept.
 */
export function init(root: string): InitOutcome {
  const outcome: InitOutcome = { written: [], kept: [], refused: [] };
  const confined = fileRoot(root);
  for (const [file, text] of [
    [DEFAULT_POLICY_FILE, STARTER_POLICY],
    [STARTER_WORKFLOW_FILE, STARTER_WORKFLOW],
  ] as const) {
    const written = writeInside(confined, file, text, { exclusive: true });
    if (written.ok) outcome.written.push(file);
    else if (written.code === 'exists') outcome.kept.push(file);
    else outcome.refused.push({ file, reason: written.reason });
  }
  return outcome;
}
