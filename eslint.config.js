import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/**
 * The layers of src/, bottom up: each folder may import only the folders below it (README, "Development").
 * core ← files ← parse, schema, rules, network, report ← policy (schema, files), discover (parse, files) ← engine ←
 * github ← cli, action. files is the one way a file of the repository is opened (SECURITY.md).
 */
const LAYERS = {
  core: [],
  files: ['core'],
  parse: ['core'],
  schema: ['core'],
  rules: ['core'],
  network: ['core'],
  report: ['core'],
  policy: ['core', 'schema', 'files'],
  discover: ['core', 'parse', 'files'],
  engine: ['core', 'files', 'parse', 'schema', 'rules', 'network', 'report', 'policy', 'discover'],
  github: ['core', 'policy', 'report'],
  cli: ['core', 'files', 'parse', 'schema', 'rules', 'network', 'report', 'policy', 'discover', 'engine', 'github'],
  action: ['core', 'files', 'parse', 'schema', 'rules', 'network', 'report', 'policy', 'discover', 'engine', 'github'],
};
const FOLDERS = Object.keys(LAYERS);
const zones = FOLDERS.map((folder) => ({
  target: `./src/${folder}`,
  from: './src',
  except: [`./${folder}`, ...LAYERS[folder].map((below) => `./${below}`)],
  message: `src/${folder} may import only ${[folder, ...LAYERS[folder]].join(', ')} (eslint.config.js, LAYERS)`,
}));

/** The preset's settings (extensions, the TypeScript parser for imported files) with the resolver given below instead. */
function withoutLegacyResolver(settings) {
  const { 'import-x/resolver': _legacy, ...rest } = settings;
  return rest;
}

export default tseslint.config(
  {
    ignores: [
      'src/schema/manifestValidator.js',
      'dist/**',
      'build/**',
      'node_modules/**',
      'bench/corpus/**',
      'coverage/**',
    ],
  },
  ...tseslint.configs.recommended,
  // Type-aware rules on everything TypeScript. src/ is linted with its own tsconfig.json (noUncheckedIndexedAccess on,
  // so an assertion that an index is in range is not taken for an unnecessary one); test/ with tsconfig.test.json.
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: ['**/*.ts'] })),
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { project: ['./tsconfig.json', './tsconfig.test.json'], tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='message'] > TSAsExpression.object",
          message: 'a caught value may be anything: use messageOf(error) (src/core/messageOf.ts)',
        },
      ],
    },
  },
  {
    // Tests read reports back with JSON.parse: their values are `any` by design, and asserting on them is the point.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Tests save and restore methods (process.stdout.write), and Jest takes async tests with or without an await.
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/require-await': 'off',
      // Test servers take async handlers; a handler that throws fails the test run loudly, which is what a fake should do.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
    },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      ...withoutLegacyResolver(importX.flatConfigs.typescript.settings),
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones }],
    },
  },
);
