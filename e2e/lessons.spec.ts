/**
 * The lessons as a student uses them: open lesson 3 (normalization, the course's two orders),
 * run a block, answer an exercise wrongly and read the feedback, answer it rightly, reload and
 * find the progress and the answer kept; a hard-coded answer is caught by the hidden variant;
 * the screen has no axe violations. Screenshots at 1280×720 go to the test's output folder.
 */
import { axeScan } from './support/axe';
import { expect, test, type Page } from '@playwright/test';
import { openStudio } from './support/studio';

test.use({ viewport: { width: 1280, height: 720 } });

const shot = (name: string) => ({ path: test.info().outputPath(`${name}.png`) });

async function openLessons(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Lessons' }).click();
  await expect(page.getByRole('navigation', { name: 'Lessons' })).toBeVisible();
}

async function openLesson(page: Page, title: RegExp): Promise<void> {
  await page.getByRole('navigation', { name: 'Lessons' }).getByRole('button', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

function exercise(page: Page, n: number) {
  return page.getByRole('region', { name: new RegExp(`^Exercise ${n}\\b`) });
}

test('lesson 3: run a block, a wrong then a right answer, progress kept after reload', async ({ page }) => {
  await openStudio(page);
  await page.evaluate(() => localStorage.clear());
  await openLessons(page);
  await openLesson(page, /Normalization/);
  await expect(page.getByText('Data: the retail pack at the course scale.')).toBeVisible({ timeout: 30_000 });

  await page.getByRole('button', { name: 'Run SQL block 1', exact: true }).click();
  const result = page.getByRole('region', { name: 'Result of SQL block 1', exact: true });
  await expect(result).toContainText('2 rows');
  await expect(result.getByRole('cell', { name: 'Joe Reis' })).toBeVisible();
  await result.scrollIntoViewIfNeeded();
  await page.screenshot(shot('lesson-3-block'));

  const nf2 = exercise(page, 2);
  const answer = nf2.getByRole('textbox', { name: 'Your query' });
  await expect(answer).toHaveValue(/FROM nf1\.sales_order_lines/);
  await nf2.getByRole('button', { name: 'Check' }).click();
  await expect(nf2.getByRole('status')).toContainText('2 rows too many (expected 2, got 4)');

  await nf2.getByRole('button', { name: 'Hint 1 of 2' }).click();
  await expect(nf2.getByRole('list', { name: 'Hints' })).toContainText('each order appears twice');
  await nf2.scrollIntoViewIfNeeded();
  await page.screenshot(shot('lesson-3-exercise-wrong'));

  const right = 'SELECT DISTINCT order_id, customer_id, customer_name, customer_address, order_date\nFROM nf1.sales_order_lines';
  await answer.fill(right);
  await nf2.getByRole('button', { name: 'Check' }).click();
  await expect(nf2.getByRole('status')).toContainText('Correct!');
  await expect(nf2.getByRole('heading', { name: /passed/ })).toBeVisible();
  await page.screenshot(shot('lesson-3-exercise-right'));

  const axe = await axeScan(page).include('.lessons-screen').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: /DuckDB v[\d.]+ ready/ })).toBeVisible({ timeout: 30_000 });
  await openLessons(page);
  await expect(page.getByRole('heading', { level: 1, name: /Normalization/ })).toBeVisible();
  await expect(page.getByText('1 of 44 exercises passed')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Lessons' }).getByLabel('1 of 5 exercises passed')).toBeVisible();
  const again = exercise(page, 2);
  await expect(again.getByRole('heading', { name: /passed/ })).toBeVisible();
  await expect(again.getByRole('textbox', { name: 'Your query' })).toHaveValue(right);
  await expect(again.getByRole('list', { name: 'Hints' })).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Report (CSV)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^lesson-report-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await (await download.createReadStream()).toArray();
  const text = Buffer.concat(csv).toString('utf8');
  expect(text.split('\r\n')[0]).toBe('lesson,lesson_title,exercise,passed,attempts,hints_shown,solution_shown,last_checked_at,last_sql');
  expect(text).toContain('03-normalization,Normalization: from a nested table to 3NF,nf2-orders,true,2,1,false,');
});

test('lesson 12: charts of the feature table are drawn', async ({ page }) => {
  await openStudio(page);
  await openLessons(page);
  await openLesson(page, /machine learning/);
  await expect(page.getByText('Data: the retail pack at the 1k scale.')).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Run SQL block 1', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Result of SQL block 1', exact: true })).toContainText('8 rows');
  for (const title of ['Orders and revenue per customer', 'Correlation between the features']) {
    const figure = page.getByRole('figure', { name: title });
    await figure.getByRole('button', { name: 'Draw chart' }).click();
    await expect(figure.getByRole('img', { name: new RegExp(title) })).toBeVisible();
  }
  await expect(page.getByRole('figure', { name: 'Orders and revenue per customer' }).locator('circle')).toHaveCount(125);
  await expect(page.getByRole('figure', { name: 'Correlation between the features' }).locator('rect')).toHaveCount(16);
  await page.getByRole('figure', { name: 'Correlation between the features' }).scrollIntoViewIfNeeded();
  await page.screenshot(shot('lesson-12-heatmap'));
});

test('lesson 1: a hard-coded number is caught on the hidden variant of the data', async ({ page }) => {
  await openStudio(page);
  await page.evaluate(() => localStorage.clear());
  await openLessons(page);
  await openLesson(page, /Why model data/);
  await expect(page.getByText('Data: the retail pack at the 1k scale.')).toBeVisible({ timeout: 60_000 });
  const first = exercise(page, 1);
  const answer = first.getByRole('textbox', { name: 'Your query' });
  await answer.fill('SELECT count(DISTINCT customer_id) FROM nf3.orders WHERE year(order_date) = 2024');
  await first.getByRole('button', { name: 'Check' }).click();
  await expect(first.getByRole('status')).toContainText('Correct! It also gives the right answer on a hidden variant of the data.', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Run SQL block 2' }).click();
  const cell = page.getByRole('region', { name: 'Result of SQL block 2' }).getByRole('row').nth(1).getByRole('cell').nth(1);
  const n = (await cell.textContent())?.trim();
  await answer.fill(`SELECT ${n}`);
  await first.getByRole('button', { name: 'Check' }).click();
  await expect(first.getByRole('status')).toContainText('not on a hidden variant', { timeout: 60_000 });
  await first.scrollIntoViewIfNeeded();
  await page.screenshot(shot('lesson-1-variant-caught'));
});
