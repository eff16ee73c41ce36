// Lint rules: typescript-eslint's recommended set, plus the project's one hard rule on
// layering (imports point downward only: domain <- extract/link <- app <- cli/http/web).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const layer = (from, forbidden) => ({
  files: [`src/${from}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: forbidden.map((f) => ({ group: [`**/${f}/**`, `**/${f}`], message: `src/${from} must not import src/${f} (imports point downward only)` })) },
    ],
  },
});

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'web/dist/**', 'coverage/**', 'models/**', '**/*.min.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', performance: 'readonly', TextDecoder: 'readonly', TextEncoder: 'readonly', AbortController: 'readonly', fetch: 'readonly', setInterval: 'readonly', clearInterval: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  layer('domain', ['ingest', 'archive', 'extract', 'link', 'store', 'app', 'cli', 'http']),
  layer('ingest', ['extract', 'link', 'store', 'app', 'cli', 'http']),
  layer('archive', ['extract', 'link', 'store', 'app', 'cli', 'http']),
  layer('extract', ['link', 'store', 'app', 'cli', 'http', 'ingest', 'archive']),
  layer('link', ['store', 'app', 'cli', 'http', 'ingest', 'archive']),
  layer('store', ['extract', 'link', 'app', 'cli', 'http', 'ingest', 'archive']),
  layer('app', ['cli', 'http']),
  {
    files: ['web/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../../src/**', '../../../src/**', 'node:*'], message: 'the browser UI talks to the API only: no imports from src/ or node:' }] },
      ],
    },
  },
);
