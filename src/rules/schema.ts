import type { StageRule } from '../core/types.js';

export const schema: StageRule = {
  kind: 'stage',
  meta: {
    id: 'schema',
    description: 'The manifest violates the Conversational Cloud application manifest schema.',
    defaultSeverity: 'error',
    fixable: true,
    help: "Every property, type, length limit and allowed value of LivePerson's manifest schema (schemas/manifest.schema.json). The finding names the JSON Schema keyword that failed; unknown properties come with the nearest known name.",
  },
};
