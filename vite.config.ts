import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The renderer is one static bundle: the same files are served by Electron's app:// protocol
 * and by `npm run web`. `base: './'` keeps every URL relative so both hosts work.
 */
export default defineConfig({
  root: 'renderer',
  base: './',
  publicDir: false,
  plugins: [react()],
  worker: { format: 'es' },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 8000,
    assetsInlineLimit: 0,
  },
  server: { port: 5173, strictPort: false },
});
