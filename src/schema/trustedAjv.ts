import type { Ajv } from 'ajv';

type AjvClass = typeof import('ajv').Ajv;
let AjvConstructor: AjvClass | undefined;
let instance: Ajv | undefined;

/**
 * Loads ajv. It is imported on demand, not at start-up: a run with nothing to validate does not pay for it
 * (ajv's module evaluation was ~20% of the start-up of dist/index.js with nothing to check, measured with
 * --cpu-prof). Callers that validate await this first; it is cheap once loaded.
 */
export async function loadAjv(): Promise<AjvClass> {
  if (!AjvConstructor) {
    // Node gives ajv's CommonJS exports as named exports; the bundler's interop gives only `default` (the Ajv class,
    // which also carries .Ajv). Either way it is the same class.
    const module = (await import('ajv')) as unknown as { Ajv?: AjvClass; default: AjvClass & { Ajv?: AjvClass } };
    AjvConstructor = module.Ajv ?? module.default.Ajv ?? module.default;
  }
  return AjvConstructor;
}

/**
 * One Ajv for the schemas that ship with the tool (manifest, policy, rule options). They are checked against the
 * meta-schema in strict mode by the tests, so at run time `validateSchema: false` skips compiling the meta-schema,
 * a large share of start-up (bench/RESULTS.md). Schemas a user writes (custom rules) go through their own instance,
 * which does validate them.
 */
export function trustedAjv(): Ajv {
  if (!AjvConstructor) throw new Error('internal: loadAjv() must be awaited before trustedAjv()');
  instance ??= new AjvConstructor({
    allErrors: true,
    verbose: true,
    strict: true,
    allowUnionTypes: true,
    validateSchema: false,
  });
  return instance;
}
