// Lint: zero warnings in CI. Layer rules keep src/shared pure (no electron/react/dexie/node built-ins/DOM
// frameworks) and src/renderer free of electron and node built-ins; raw ipcMain/ipcRenderer only in the
// typed IPC wrappers.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'crypto',
  'os',
  'child_process',
  'worker_threads',
  'zlib',
  'stream',
  'url',
  'util',
  'buffer',
];

const IPC_ONLY_IN_WRAPPERS = {
  selector: 'ImportSpecifier[imported.name=/^(ipcMain|ipcRenderer)$/]',
  message: 'Use the typed IPC wrappers in src/main/ipc or src/preload.',
};

// Times and numbers for people go through src/shared/format/display-format.ts, so every screen shows
// the same local time and the same grouping.
const ONE_DISPLAY_FORMAT = {
  selector: 'CallExpression[callee.property.name=/^toLocale(String|DateString|TimeString)$/]',
  message: 'Format times and numbers with src/shared/format/display-format.ts.',
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-electron/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench/out/**',
      '.tmp/**',
      'test/fixtures/insecure/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      ecmaVersion: 2023,
      sourceType: 'module',
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', ...nodeBuiltins],
              message: 'The renderer reaches the system only through the IPC contract (window.api).',
            },
          ],
        },
      ],
    },
  },
  {
    // One door to storage: features reach IndexedDB only through src/renderer/data (the repository and
    // the records it re-exports), never src/renderer/db. Tests and test kits build a real database and
    // writer, so they may. Checked by test/unit/storage-door-lint.test.ts, which lints a feature
    // file importing db/ and expects this rule to fail it.
    files: ['src/renderer/features/**/*.{ts,tsx}', 'src/renderer/ui/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', '**/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', ...nodeBuiltins],
              message: 'The renderer reaches the system only through the IPC contract (window.api).',
            },
            {
              group: ['**/db', '**/db/*'],
              message: 'Features reach storage only through src/renderer/data (the repository), not db/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    ignores: ['src/shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'electron',
                'react',
                'react-dom',
                'react/*',
                'dexie',
                'antd',
                ...nodeBuiltins,
                '**/renderer/**',
                '**/main/**',
              ],
              message: 'src/shared is pure TypeScript: no platform modules.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/main/ipc/**', 'src/preload/**'],
    rules: {
      'no-restricted-syntax': ['error', IPC_ONLY_IN_WRAPPERS, ONE_DISPLAY_FORMAT],
    },
  },
  {
    // The one formatter itself.
    files: ['src/shared/format/display-format.ts'],
    rules: { 'no-restricted-syntax': ['error', IPC_ONLY_IN_WRAPPERS] },
  },
);
