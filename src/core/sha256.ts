import { createRequire } from 'node:module';

let require: NodeJS.Require | undefined;

/**
 * Hex SHA-256 of UTF-8 text. node:crypto is required on the first call, not imported: loading it is a visible part
 * of the CLI's start-up with nothing to check (bench/run.mjs, start-up), and only baselines, SARIF fingerprints and
 * matrix comment keys need it.
 */
export function sha256(text: string): string {
  require ??= createRequire(import.meta.url);
  const { createHash } = require('node:crypto') as typeof import('node:crypto');
  return createHash('sha256').update(text).digest('hex');
}
