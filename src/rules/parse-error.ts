import type { StageRule } from '../core/types.js';

export const parseError: StageRule = {
  kind: 'stage',
  meta: {
    id: 'parse-error',
    description:
      'The file could not be read as a manifest: not valid JSON or YAML, empty, not UTF-8, too large or too deep.',
    defaultSeverity: 'error',
    help: 'A manifest that does not parse cannot be installed. The finding points at the first fault. Limits: 1 MiB, 64 levels of nesting, 100 YAML alias expansions; a manifest is one UTF-8 JSON or YAML document of plain data.',
  },
};
