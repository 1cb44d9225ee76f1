import type { StageRule } from '../core/types.js';

export const duplicateKey: StageRule = {
  kind: 'stage',
  meta: {
    id: 'duplicate-key',
    description: 'A key appears twice in one object; parsers silently keep only the last value.',
    defaultSeverity: 'error',
    help: 'JSON.parse and most YAML loaders keep the last of two equal keys without a word (RFC 8259 §4: names SHOULD be unique), so the value a reviewer reads first may not be the one LivePerson installs.',
  },
};
