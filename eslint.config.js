import js from '@eslint/js';
import i18next from 'eslint-plugin-i18next';
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

// Every string the page shows comes from the catalogues in src/i18n. Flags text written straight into JSX and
// into the attributes a person reads or hears; not words: numbers, punctuation and symbols (×, →, ‖g‖), a lone
// letter (a variable such as z), acronyms in capitals (AUC, PCA).
const userFacingAttributes = [
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'alt',
  'placeholder',
  'label',
];
const noLiteralText = {
  mode: 'jsx-only',
  'should-validate-template': true,
  'jsx-attributes': { include: userFacingAttributes },
  words: { exclude: [/^[^\p{L}]*$/u, /^[^\p{L}]*\p{L}[^\p{L}]*$/u, /^[\p{Lu}\d_-]+$/u] },
  callees: {
    // The translator's own functions take catalogue keys; the others are the plugin's defaults.
    exclude: ['t', 'text', 'i18n(ext)?', 'require', 'addEventListener', 'removeEventListener', 'postMessage'],
  },
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
    files: ['src/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': ['error', noLiteralText],
      // The plugin lets every attribute of an SVG element through; these are read out all the same.
      'no-restricted-syntax': [
        'error',
        {
          selector: `JSXAttribute[name.name=/^(${userFacingAttributes.join('|')})$/] > Literal[value=/\\p{Ll}{2}/u]`,
          message: 'Text a person reads or hears comes from the catalogue (src/i18n): use t().',
        },
        {
          selector: `JSXAttribute[name.name=/^(${userFacingAttributes.join('|')})$/] TemplateElement[value.raw=/\\p{Ll}{2}/u]`,
          message: 'Text a person reads or hears comes from the catalogue (src/i18n): use t().',
        },
      ],
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
