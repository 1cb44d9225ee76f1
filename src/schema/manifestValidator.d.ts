import type { ValidateFunction } from 'ajv';

/**
 * schemas/manifest.schema.json compiled ahead of time by ajv (scripts/manifest-validator.mjs writes the module): the
 * validator, listing an object's properties with `keysOf` (src/core/keysOf.ts).
 */
declare function manifestValidator(keysOf: (object: object) => readonly string[]): ValidateFunction;
export default manifestValidator;
