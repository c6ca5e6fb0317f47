// Lint is part of npm test. Type-aware rules are left to `tsc --noEmit`, which runs beside it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Schema modules build zod objects when they load: the client imports their types only. */
const SCHEMA_IMPORTS = {
  group: ['zod', '@contract/*-model', '@contract/volunteer-model', '@contract/member-model', '@contract/text', '@contract/registry', '@contract/define', '@contract/zod', '@contract/actions/*', '**/contract/*-model', '**/contract/volunteer-model', '**/contract/member-model', '**/contract/text', '**/contract/registry', '**/contract/actions/*'],
  allowTypeImports: true,
  message: 'A schema module brings zod into the main package: import the words from @contract/*-words (or import types only).',
};

/** client/api (callApi, the transport, uploads, the load / paged / run hooks) is for features, not pages. */
const API_IMPORTS = {
  group: ['**/api', '**/api/*', '@/api', '@/api/*'],
  message: 'Pages call the cloud through a feature hook (client/features/<room>/use-*.ts), not client/api: add the hook to the feature.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.data/**', 'coverage/**', 'test/e2e/screenshots/**', '.swc/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      // WeChat forbids dynamic code in the mini-program bundle; the functions have no use for it either.
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
      'no-control-regex': 'off', // the text policy matches control characters on purpose
    },
  },
  {
    // The client takes words and codes from the contract, not schemas: a schema module builds zod objects
    // when it loads, and zod is about 200 KB a retiree's phone would download with the main package.
    // Types are free (erased). The profile form checks with the contract's own schema; it lives in the
    // packageMember subpackage, so zod goes there only.
    files: ['client/**/*.{ts,tsx}'],
    ignores: ['client/features/profile/draft.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [SCHEMA_IMPORTS] }] },
  },
  {
    // Pages talk to the cloud through feature hooks (client/features/*), which are built on client/api's
    // hooks: the requestId rule and the BUSY retry live there once, not in each page. A page that needs a
    // call the features do not offer yet adds a hook to its feature. (The rule's options replace the block
    // above for these files, so the schema patterns are repeated.)
    files: ['client/pages/**/*.{ts,tsx}', 'client/package*/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [SCHEMA_IMPORTS, API_IMPORTS] }] },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly', __dirname: 'readonly', process: 'readonly' } },
  },
);
