/**
 * Screenshots of the main screen at 1280×720 (editor with results, an error, a cancelled query)
 * for people to look at; written to this test's output folder under test-results/.
 */
import { expect, test } from '@playwright/test';
import { openStudio, resultAlert, resultGrid, resultSummary, runSql } from './support/studio';

test.use({ viewport: { width: 1280, height: 720 } });

/** Where a screenshot goes: this test's output folder (test-results/… by default). */
const shot = (name: string) => ({ path: test.info().outputPath(`${name}.png`) });

test('screenshots: results, error, cancelled', async ({ page }) => {
  await openStudio(page);
  await runSql(
    page,
    `SELECT range AS order_id, 'customer ' || (range % 7) AS customer, (range * 13.7)::DECIMAL(10,2) AS amount,
  CASE WHEN range % 4 = 0 THEN NULL ELSE DATE '2024-01-01' + range::INTEGER END AS shipped,
  [range, range + 1] AS items, {'store': 'S' || (range % 3), 'open': range % 2 = 0} AS store
FROM range(5000)`,
  );
  await expect(resultGrid(page).getByRole('cell', { name: 'customer 1', exact: true }).first()).toBeVisible();
  await page.screenshot(shot('editor-results'));

  await runSql(page, 'SELECT order_id, sum(amount)\nFROM orders\nGROUP BY ALL');
  await expect(resultAlert(page)).toBeVisible();
  await page.screenshot(shot('error-missing-table'));

  await runSql(page, 'SELECT customer_id,\n  count(*\nFROM orders');
  await expect(resultAlert(page)).toBeVisible();
  await page.screenshot(shot('error-syntax'));

  await runSql(page, 'SELECT sum(a.range * b.range) FROM range(100000) a, range(100000) b');
  await expect(resultSummary(page)).toHaveText(/^Running/);
  await page.waitForTimeout(1200);
  await page.screenshot(shot('running'));
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Results' }).getByText('Query cancelled')).toBeVisible();
  await page.screenshot(shot('cancelled'));
});
