/**
 * The comparison as a user meets it: open Compare, run it at a small scale, see every style with
 * storage figures, query times and agreement, write costs, export a chart as SVG; axe-clean.
 */
import { axeScan } from './support/axe';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openStudio } from './support/studio';

const STYLES = ['denormalized', 'nf1', 'nf2', 'nf3', 'star', 'vault', 'obt'];

test('compare the styles: run, read figures and agreement, export an SVG', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await openStudio(page);
  await page.getByRole('button', { name: /^Compare/ }).first().click();
  await expect(page.getByRole('heading', { name: /Compare styles/ })).toBeVisible();

  await page.getByLabel('Scale').selectOption('1k');
  await page.getByLabel('Runs').fill('2');
  await page.getByRole('button', { name: 'Run comparison' }).click();
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Comparison progress' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('compare-running.png') });

  await expect(page.getByRole('heading', { name: 'Write cost', exact: true })).toBeVisible({ timeout: 200_000 });
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeHidden();

  // Every style has storage figures.
  const storage = page.getByRole('table', { name: /Storage per style at scale 1k/ });
  for (const style of STYLES) {
    const row = storage.getByRole('row', { name: new RegExp(`^${style}\\b`) });
    await expect(row).toContainText(/\d+(\.\d+)? (B|KiB|MiB)/);
  }
  // The wide 1NF table carries more CSV text than 3NF, where each fact is stored once.
  const csvOf = async (style: string) => {
    const cells = storage.getByRole('row', { name: new RegExp(`^${style}\\b`) }).getByRole('cell');
    return (await cells.nth(5).getAttribute('title')) ?? '';
  };
  const bytes = (title: string) => Number(title.split(' bytes')[0]!.replace(/,/g, ''));
  expect(bytes(await csvOf('nf1'))).toBeGreaterThan(bytes(await csvOf('nf3')));

  // Every question is timed in every style that can answer it, and those styles agree. 3NF
  // cannot answer a question about the past (12 questions; 14 "cannot answer" cells in all).
  const times = page.getByRole('table', { name: /Median query time per question and style/ });
  await expect(times.getByRole('row')).toHaveCount(1 + 12);
  await expect(times.getByLabel('agrees')).toHaveCount(12 * STYLES.length - 14);
  await expect(times.getByLabel('differs')).toHaveCount(0);
  await expect(page.getByText('12 of 12 questions give the same answer in every style that can answer them')).toBeVisible();
  const cityThen = times.getByRole('row', { name: /city at the time of the order/ });
  await expect(cityThen.getByRole('cell').nth(3)).toHaveText(/^cannot answer — 3NF overwrites a customer's address/);
  await expect(cityThen.getByRole('cell').nth(4)).toContainText('✓');

  // Write cost: a customer moving overwrites one row in 3NF, adds a version to the star, and no
  // past order changes where the address was written with the order.
  const writes = page.getByRole('table', { name: /Rows touched per write scenario/ });
  const moves = writes.getByRole('row', { name: /A customer moves/ });
  await expect(moves.getByRole('cell').nth(1)).toHaveText('0 · history');
  await expect(moves.getByRole('cell').nth(3)).toHaveText('1');
  await expect(moves.getByRole('cell').nth(4)).toHaveText('2 · history');
  await expect(moves.getByRole('cell').nth(5)).toContainText('history');
  // …and which answers each write changed, per style: only "today" answers, never the past.
  const changed = page.getByRole('table', { name: /Answers changed by each write/ });
  const movesChanged = changed.getByRole('row', { name: /A customer moves/ });
  await expect(movesChanged.getByRole('cell').nth(3)).toHaveText("Sales by the customer's current city");
  await expect(movesChanged.getByRole('cell').nth(1)).toHaveText('nothing written');
  const priceChanged = changed.getByRole('row', { name: /list price changes/ });
  await expect(priceChanged.getByRole('cell').nth(5)).toHaveText("Revenue at the price paid and at today's list price");

  await page.getByRole('heading', { name: 'Query time', exact: true }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('compare-time.png') });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export DuckDB file size as SVG' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('storage-duckdb-1k.svg');
  const svg = readFileSync(await download.path(), 'utf8');
  expect(svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  for (const style of STYLES) expect(svg).toContain(`>${style}<`);

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Export Median query time .* as CSV/ }).click()]);
  const csvText = readFileSync(await csv.path(), 'utf8');
  expect(csvText.split('\r\n')[0]).toBe('question,style,median_ms,min_ms,max_ms,runs,rows,agrees');
  expect(csvText.trim().split('\r\n')).toHaveLength(1 + 12 * STYLES.length);
  expect(csvText).toContain('sales_by_city_at_order,nf3,,,,0,,');

  const axe = await axeScan(page).include('.compare').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);

  // Projector check: zoomed to 150 %, the top of the screen still reads.
  await page.evaluate(() => { document.body.style.zoom = '1.5'; });
  await page.getByRole('heading', { name: 'Storage', exact: true }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('compare-zoomed.png') });
});

test('a long comparison can be cancelled and the screen stays usable', async ({ page }) => {
  test.setTimeout(120_000);
  await openStudio(page);
  await page.getByRole('button', { name: /^Compare/ }).first().click();
  await page.getByLabel('Scale').selectOption('10k');
  await page.getByLabel('Runs').fill('20');
  await page.getByRole('button', { name: 'Run comparison' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Measuring storage|Timing/ })).toBeVisible({ timeout: 90_000 });
  // The UI answers while the engine works: the SQL of a question opens.
  await page.getByText('Monthly revenue', { exact: true }).click();
  await expect(page.getByLabel('SQL of Monthly revenue in vault')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Cancelled.' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('button', { name: 'Run comparison' })).toBeEnabled();
});
