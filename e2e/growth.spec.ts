/**
 * Growth as a user meets it on the Compare screen: pick scales, run, watch the bar name the
 * scale and phase, read the chart's table (with sampled CSV sizes marked), and cancel a run.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeScan } from './support/axe';
import { openStudio } from './support/studio';

const STYLES = ['denormalized', 'nf1', 'nf2', 'nf3', 'star', 'vault', 'obt'];

async function chooseScales(page: Page, wanted: string[]): Promise<void> {
  const scales = page.getByRole('group', { name: 'Scales to build' });
  for (const label of ['1,000 orders', '10,000 orders', '100,000 orders', '1,000,000 orders']) {
    await scales.getByLabel(label).setChecked(wanted.includes(label));
  }
}

test('growth across two scales: progress by scale and phase, then storage and time per style', async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  await openStudio(page);
  await page.getByRole('button', { name: /^Compare/ }).first().click();
  await chooseScales(page, ['1,000 orders', '100,000 orders']);
  await page.getByRole('button', { name: 'Run growth' }).click();
  // The bar and a Cancel sit beside the growth controls, where the user is looking.
  await expect(page.getByRole('button', { name: 'Cancel growth' })).toBeInViewport();
  await expect(page.getByRole('progressbar', { name: 'Growth progress' })).toBeInViewport();
  await expect(page.getByRole('status').filter({ hasText: /^Scale 2 of 2 \(100k\): (building|measuring storage)/ })).toBeVisible({ timeout: 120_000 });
  await page.screenshot({ path: testInfo.outputPath('growth-running.png') });

  const table = page.getByRole('table', { name: 'Growth: storage and median question time per scale' });
  await expect(table).toBeVisible({ timeout: 240_000 });
  await expect(page.getByRole('button', { name: 'Cancel growth' })).toBeHidden();
  await expect(table.getByRole('row')).toHaveCount(1 + 2 * STYLES.length);
  // At 100,000 orders the largest tables' CSV sizes come from a sample: marked, and said so.
  await expect(table.getByRole('cell', { name: /^≈ / }).first()).toBeVisible();
  await expect(page.getByText(/CSV sizes marked ≈ are estimated from a random sample of 50,000 rows/)).toBeVisible();
  await expect(page.getByText(/a question that takes longer is run once/)).toBeVisible();
  // Every style has a median question time at both scales.
  await expect(table.getByRole('cell', { name: '—' })).toHaveCount(0);
  await page.getByRole('figure', { name: 'Query time growth' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('growth-charts.png') });
  await table.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('growth-table.png') });

  const axe = await axeScan(page).include('.compare').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
});

test('growth can be cancelled mid-run and the screen stays usable', async ({ page }) => {
  test.setTimeout(180_000);
  await openStudio(page);
  await page.getByRole('button', { name: /^Compare/ }).first().click();
  await chooseScales(page, ['1,000 orders', '10,000 orders', '100,000 orders']);
  await page.getByRole('button', { name: 'Run growth' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Scale 2 of 3 \(10k\)/ })).toBeVisible({ timeout: 120_000 });
  await page.getByRole('button', { name: 'Cancel growth' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Cancelled.' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('table', { name: 'Growth: storage and median question time per scale' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Run growth' })).toBeEnabled();
});
