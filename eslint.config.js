// Lint enforces the import boundaries of ../shared/DESIGN.md ("What may import what").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Build a no-restricted-imports rule from gitignore-style patterns and a reason. */
const restrict = (message, group, allowTypeImports = false) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ group, message, allowTypeImports }] }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['electron/common/**'],
    rules: restrict('electron/common is the IPC contract: it imports nothing.', ['*', '!./*']),
  },
  {
    files: ['electron/main/**', 'electron/preload/**'],
    rules: restrict('The desktop shell never imports the renderer.', ['**/renderer/**']),
  },
  {
    files: ['renderer/src/core/**'],
    rules: restrict('core is pure TypeScript: no framework, DOM host, engine or app module.', [
      'react', 'react-dom', 'react-*', 'electron', '@duckdb/*', 'monaco-editor', 'monaco-editor/*',
      '../engine/*', '../features/*', '../platform/*', '../components/*',
      '../../engine/*', '../../features/*', '../../platform/*', '../../components/*', '**/electron/**',
    ]),
  },
  {
    files: ['renderer/src/engine/**'],
    rules: restrict('engine imports core only.', [
      'react', 'react-dom', 'electron', '../features/*', '../platform/*', '../components/*', '**/electron/**',
    ]),
  },
  {
    files: ['renderer/src/platform/**'],
    rules: restrict('platform may import only types from electron/common.', ['**/electron/main/**', '**/electron/preload/**', '**/electron/common/**', 'electron'], true),
  },
  {
    files: ['renderer/src/components/**'],
    rules: restrict('components are presentational: no engine, platform or features.', ['../engine/*', '../platform/*', '../features/*', '../../engine/*', '../../platform/*', '../../features/*']),
  },
  {
    files: ['e2e/**'],
    rules: restrict('e2e specs drive the app as a user: they import no app source.', ['**/renderer/**', '**/electron/**']),
  },
);
