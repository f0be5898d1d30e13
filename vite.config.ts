import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { bundledPacksPlugin } from './scripts/vite/bundledPacksPlugin';
import { preloadChunkPlugin } from './scripts/vite/preloadChunksPlugin';
import { classicScriptPlugin } from './scripts/vite/classicScriptPlugin';

const sqlEditorDir = fileURLToPath(new URL('./renderer/src/components/sqlEditor/', import.meta.url));

/**
 * The renderer is one static bundle: the same files are served by Electron's app:// protocol
 * and by `npm run web`. `base: './'` keeps every URL relative so both hosts work.
 * `--mode test` (npm run build:test) builds the same app with the hooks that end-to-end tests
 * and the bench drive (`window.__studioTest`, `__studioBench`) into dist/renderer-test; the
 * shipped build (mode production, dist/renderer) has none of them.
 */
export default defineConfig(({ mode }) => ({
  root: 'renderer',
  base: './',
  publicDir: false,
  plugins: [
    react(),
    bundledPacksPlugin(),
    preloadChunkPlugin('src/boot.tsx', 'features/editor/EditorView.tsx'),
    // Monaco's core as a classic script, whose compiled code the browser keeps between launches.
    classicScriptPlugin({ id: 'virtual:monaco-core', entry: `${sqlEditorDir}monacoCore.ts`, globalName: 'studioMonacoCore', loader: `${sqlEditorDir}loadClassicScript.ts` }),
  ],
  worker: { format: 'es' },
  build: {
    outDir: mode === 'test' ? '../dist/renderer-test' : '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 8000,
    assetsInlineLimit: 0,
  },
  server: { port: 5173, strictPort: false },
}));
