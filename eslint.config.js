// Lint enforces the import boundaries of ../shared/DESIGN.md ("What may import what").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { fileURLToPath } from 'node:url';
import importAllowlist from './scripts/lint/importAllowlist.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * What each folder may import: an allowlist per layer (see importAllowlist.mjs). Do not widen a
 * layer to make an import pass; move the code to the layer it belongs to. Files of no layer
 * (config files at the top) are not checked.
 */
const layers = [
  { folder: 'electron/common', why: 'The IPC contract imports nothing.' },
  { folder: 'electron/main', why: 'The main process: Node, Electron and the contract, never the renderer.', may: ['electron/common'], packages: ['electron', 'node:*', 'zod'] },
  { folder: 'electron/preload', why: 'The preload bridge: Electron and the contract, never the renderer.', may: ['electron/common'], packages: ['electron'] },
  { folder: 'renderer/src/core', why: 'core is pure TypeScript: no framework, DOM host, engine or app module.', packages: ['zod', 'yaml', 'd3', 'd3-*', 'ml-pca', 'fflate'] },
  { folder: 'renderer/src/engine', why: 'The engine runs DuckDB and imports only core.', may: ['renderer/src/core'], packages: ['@duckdb/duckdb-wasm', 'apache-arrow'] },
  // The engine's Node build, used by tests and scripts.
  { folder: 'renderer/src/engine/nodeEngine', why: 'The Node engine: the engine, core and Node.', may: ['renderer/src/engine', 'renderer/src/core'], packages: ['@duckdb/duckdb-wasm', 'apache-arrow', 'node:*'] },
  {
    folder: 'renderer/src/platform', why: 'platform wraps the host (browser or Electron bridge); the contract only as types.',
    may: ['renderer/src/core'], typesOnly: ['electron/common'],
    // Tests hold the platform's copies to the contract's values and the menu's views to the studio's.
    testsMay: ['renderer/src/features/studio', 'electron/common'],
  },
  // virtual:monaco-core: Monaco's core, which the build ships as a classic script (scripts/vite).
  { folder: 'renderer/src/components', why: 'components are presentational: React, Monaco, d3 and core; no engine, platform or feature.', may: ['renderer/src/core'], packages: ['react', 'monaco-editor', 'virtual:monaco-core', 'd3', 'd3-*'] },
  {
    folder: 'renderer/src/features', modules: true,
    why: 'A feature uses core, engine, platform, components, and other features only through their index.',
    may: ['renderer/src/core', 'renderer/src/engine', 'renderer/src/platform', 'renderer/src/components'],
    // virtual:bundled-packs: the bundled packs as loadPack loaded them at build time (scripts/vite).
    packages: ['react', 'react-dom', 'monaco-editor', 'react-markdown', 'remark-gfm', 'sql-formatter', 'd3', 'd3-*', 'zod', 'virtual:bundled-packs'],
    // The workspace's save road is tested end to end: renderer sync against the main process's store.
    testsMay: ['electron/main', 'electron/common'],
  },
  {
    folder: 'renderer/src/testSupport', why: 'Test support drives the engine in Node and in the page: engine, core and the test runner’s matchers.',
    may: ['renderer/src/core', 'renderer/src/engine'], packages: ['vitest', '@vitest/expect', 'chai'],
  },
  { folder: 'renderer/src', why: 'The composition root wires the renderer together.', packages: ['react', 'react-dom', '@duckdb/duckdb-wasm'] },
  {
    folder: 'scripts', why: 'Scripts run the engine in Node: core, engine and their own helpers, never a screen.',
    may: ['renderer/src/core', 'renderer/src/engine', 'electron/main/serving', 'electron/main/servedFile', 'e2e/support/browser', 'e2e/support/engineHeap'],
    packages: ['node:*', '@duckdb/node-api', 'yaml', 'esbuild', '@playwright/test', 'electron', '@electron/fuses', 'electron-builder', 'eslint', 'vite'],
  },
  { folder: 'e2e', why: 'e2e specs drive the app as a user: they import no app source.', packages: ['@playwright/test', '@axe-core/playwright', 'node:*', '@duckdb/node-api'] },
];

/** What every test file may use on top of its layer: the test runner, Node, native DuckDB, server rendering and the pack loader. */
const tests = {
  packages: ['vitest', 'node:*', '@duckdb/node-api', 'esbuild', 'react-dom'],
  may: ['scripts/lib/loadPackFromDisk', 'renderer/src/testSupport'],
};

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
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    plugins: { layers: importAllowlist },
    rules: { 'layers/imports': ['error', { root: here, layers, tests }] },
  },
);
