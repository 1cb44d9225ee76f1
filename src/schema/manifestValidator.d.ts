import type { ValidateFunction } from 'ajv';

/** schemas/manifest.schema.json compiled ahead of time by ajv (scripts/manifest-validator.mjs writes the module). */
declare const validate: ValidateFunction;
export default validate;
