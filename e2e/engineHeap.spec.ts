/**
 * The bench reports the 1,000,000-order build's memory as DuckDB's own heap (the worker's
 * WebAssembly.Memory), beside the page renderer's RSS, which also holds React and Monaco. This
 * spec checks that figure is DuckDB's: it is published, and it grows by what a table DuckDB
 * builds must hold.
 */
import { expect, test } from '@playwright/test';
import { engineHeapBytes } from './support/engineHeap';
import { openStudio, resultGrid, resultSummary, runSql } from './support/studio';

test("the engine's heap is published and grows with the data DuckDB holds", async ({ page }) => {
  test.setTimeout(120_000);
  await openStudio(page);
  const before = await engineHeapBytes(page);
  expect(before).not.toBeNull();
  // 3,000,000 rows of a BIGINT and a 32-character text: at least 120 MB of values in any layout.
  await runSql(page, 'CREATE TABLE heap_probe AS SELECT range AS n, md5(range::VARCHAR) AS h FROM range(3000000)');
  await expect(resultSummary(page)).toHaveText(/^\d+ rows?/, { timeout: 60_000 });
  await runSql(page, 'SELECT count(*) AS probe_rows FROM heap_probe');
  await expect(resultGrid(page).getByRole('cell', { name: '3000000' })).toBeVisible({ timeout: 60_000 });
  const after = (await engineHeapBytes(page))!;
  expect(after - before!).toBeGreaterThan(100 * 1024 * 1024);
});
