/**
 * A returning launch need not compile DuckDB's 34 MB wasm module again: Chromium keeps the
 * compiled module in its code cache, as it does for any module compiled from a cacheable response.
 * That cache exists only in a browser profile on disk (Electron's, or a user's Chromium; never a
 * private window), so this spec uses a persistent profile of its own and looks into it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { chromiumExecutable } from './support/browser';
import { cachedCodeBytes } from './support/codeCache';
import { openStudio, resultGrid, runSql } from './support/studio';

test('the compiled engine is kept for the next launch, which starts from it and answers', async ({ baseURL }) => {
  test.setTimeout(240_000);
  const profile = mkdtempSync(path.join(tmpdir(), 'studio-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumExecutable(),
    baseURL,
    viewport: { width: 1280, height: 800 },
  });
  try {
    const first = await context.newPage();
    // A first launch as a newcomer's: the default pack builds, which runs enough of DuckDB for
    // Chromium to optimise it; Chromium stores the module once about a megabyte is optimised.
    await openStudio(first, { keepOpeningBuild: true });
    await expect(first.getByRole('contentinfo').getByText(/built: ready to query/)).toBeVisible({ timeout: 120_000 });
    await expect.poll(() => cachedCodeBytes(profile, 'wasm'), { timeout: 30_000, intervals: [500] }).toBeGreaterThan(1_000_000);
    await first.close();

    const second = await context.newPage();
    await openStudio(second);
    await runSql(second, 'SELECT 6 * 7 AS answer');
    await expect(resultGrid(second)).toContainText('42');
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
