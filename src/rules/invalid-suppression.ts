import type { StageRule } from '../core/types.js';

export const invalidSuppression: StageRule = {
  kind: 'stage',
  meta: {
    id: 'invalid-suppression',
    description: 'An inline suppression comment is malformed, names an unknown rule, or gives no reason.',
    defaultSeverity: 'error',
    help: 'A finding can be suppressed in a YAML manifest with a whole-line comment `# lp-app-manifest-check-disable-next-line <rule-id> -- <reason>` just above it. The reason is required so that a reviewer can judge it; a suppression without one suppresses nothing and is reported here.',
  },
};
