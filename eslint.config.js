import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const tfjsOnlyInWorker = {
  group: ['@tensorflow/*'],
  message:
    'Only src/core and the worker import tfjs; the page talks to the worker through src/worker/protocol.ts.',
};
const pageMustNotReachWorkerInternals = {
  group: ['**/core/*', '**/datasets/*', '**/worker/session', '**/worker/*.worker'],
  message: 'The page reaches the engine only through src/worker/training-client.ts and protocol.ts.',
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'public/data',
      'test-results*',
      'playwright-report',
      'bench/results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.app.json', './tsconfig.worker.json', './tsconfig.node.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      // `const { type: _type, ...payload } = message` drops a field on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: [tfjsOnlyInWorker] }],
    },
  },
  {
    files: ['src/app/**', 'src/components/**', 'src/charts/**', 'src/state/**', 'src/main.tsx'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [tfjsOnlyInWorker, pageMustNotReachWorkerInternals] }],
    },
  },
  {
    files: ['src/settings/**', 'src/datasets/**', 'src/worker/protocol.ts', 'src/worker/training-client.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [tfjsOnlyInWorker, pageMustNotReachWorkerInternals] }],
    },
  },
  {
    files: [
      'src/core/**',
      'src/worker/session.ts',
      'src/worker/data-store.ts',
      'src/worker/thumbnails.ts',
      'src/worker/uploads.ts',
      'src/worker/*.worker.ts',
      'src/**/*.test.ts',
      // The bench's bare loop is worker code too: it measures tfjs without the app around it.
      'bench/bare/**',
    ],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['scripts/**', 'e2e/**', 'bench/**', '*.config.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
);
