/** Types of scripts/manifest-validator.mjs, for the test that keeps its output and the committed module equal. */
export const target: string;
export const options: {
  allErrors: boolean;
  verbose: boolean;
  strict: boolean;
  allowUnionTypes: boolean;
  validateSchema: boolean;
};
export function manifestValidatorSource(): string;
