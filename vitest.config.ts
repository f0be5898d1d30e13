import { defineConfig } from 'vitest/config';
import { bundledPacksPlugin } from './scripts/vite/bundledPacksPlugin';

export default defineConfig({
  plugins: [bundledPacksPlugin()],
  test: {
    include: ['renderer/**/*.test.ts', 'electron/**/*.test.ts', 'scripts/**/*.test.ts', 'sample-data/**/*.test.ts', 'lessons/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
