import tseslint from 'typescript-eslint';

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
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
