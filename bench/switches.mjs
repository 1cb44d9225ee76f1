// Imported by bench/run.mjs (--only switches) and by test/docs/optimizations.test.ts.
/**
 * Every optimization that adds code (src/core/optimizations.ts; a test keeps this list equal to it), each measured with
 * and without LP_APP_MANIFEST_CHECK_WITHOUT=<name>, in paired runs, on the 10,000-manifest run or, for one that
 * engages only on a large file, on the adversarial file it is for, or, for one whose gain is at the start of a run,
 * on a repository of one manifest, as a pre-commit hook runs (`on`): what gains less than 3% there goes.
 */
export const SWITCHES = {
  'yaml-fast-path': 'YAML values from js-yaml where it must agree with yaml (src/parse/yamlFast.ts)',
  'yaml-fast-positions':
    'positions of fast-path YAML from js-yaml, not from composing with yaml (src/parse/yamlFastPositions.ts)',
  'yaml-fast-render':
    'fixes of fast-path YAML rendered from js-yaml positions, not from composing with yaml (src/parse/renderPatch.ts)',
  'yaml-one-pass': {
    what: 'a fast-path YAML text of 64 KiB or more read once by js-yaml for its value and its positions (src/parse/yaml.ts)',
    on: 'adversarial.yaml',
  },
  'json-key-count':
    'the duplicate-key visit of JSON skipped when the text has as many keys as the value (src/parse/json.ts)',
  'precompiled-schema': {
    what: 'the manifest schema compiled ahead of time, not by ajv at run time (scripts/manifest-validator.mjs)',
    on: 'one manifest',
  },
  'keys-listed-once': {
    what: 'the keys of an object of 1,024 keys or more listed once for the run, not by each stage (src/core/keysOf.ts)',
    on: 'adversarial.yaml',
  },
};
