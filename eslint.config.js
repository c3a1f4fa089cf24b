// Layering is checked, not hoped for: each folder may import only what its layer allows.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const platformModules = ['electron', 'electron/*', 'node:*', 'fs', 'path', 'os', 'child_process', 'crypto'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: platformModules, message: 'shared/ is pure: no Electron or Node modules.' },
            { group: ['react', 'react-dom', 'react-dom/*', 'antd', 'antd/*', 'dexie', 'dexie-*', 'exceljs'], message: 'shared/ is pure: no UI or storage libraries.' },
            { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ must not import from renderer/ or electron/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: platformModules, message: 'The renderer reaches the OS only through the bridge (window.pyt).' },
            { group: ['**/electron/**'], message: 'renderer/ must not import from electron/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'antd', 'dexie', 'exceljs'], message: 'electron/ is thin: it moves bytes and asks the OS.' },
            { group: ['**/renderer/**'], message: 'electron/ must not import from renderer/.' },
          ],
        },
      ],
    },
  },
);
