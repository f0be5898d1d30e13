/**
 * The lessons as a student uses them: open lesson 3 (normalization, the course's two orders),
 * run a block, answer an exercise wrongly and read the feedback, answer it rightly, reload and
 * find the progress and the answer kept; a hard-coded answer is caught by the hidden variant;
 * the screen has no axe violations. Screenshots at 1280×720 go to the test's output folder.
 */
import { axeScan } from './support/axe';
import { expect, test, type Locator, type Page } from '@playwright/test';
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

/** Replace the text of an exercise's Monaco answer box by typing. */
async function typeAnswer(page: Page, box: Locator, text: string): Promise<void> {
  await box.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

test('lesson 3: run a block, a wrong then a right answer, progress kept after reload', async ({ page }) => {
  await openStudio(page);
  await page.evaluate(() => localStorage.clear());
  await openLessons(page);
  await openLesson(page, /Normalization/);
  await expect(page.getByText('Data: the retail pack at the course scale.')).toBeVisible({ timeout: 60_000 });

  await page.getByRole('button', { name: 'Run SQL block 1', exact: true }).click();
  const result = page.getByRole('region', { name: 'Result of SQL block 1', exact: true });
  await expect(result).toContainText('2 rows');
  await expect(result.getByRole('cell', { name: 'Joe Reis' })).toBeVisible();
  await result.scrollIntoViewIfNeeded();
  await page.screenshot(shot('lesson-3-block'));

  const nf2 = exercise(page, 2);
  const answer = nf2.getByRole('textbox', { name: 'Your query' });
  await expect(nf2.locator('.sql-box')).toContainText('FROM nf1.sales_order_lines');
  await nf2.getByRole('button', { name: 'Check' }).click();
  await expect(nf2.getByRole('status')).toContainText('2 rows too many (expected 2, got 4)');

  await nf2.getByRole('button', { name: 'Hint 1 of 2' }).click();
  await expect(nf2.getByRole('list', { name: 'Hints' })).toContainText('each order appears twice');
  await nf2.scrollIntoViewIfNeeded();
  await page.screenshot(shot('lesson-3-exercise-wrong'));

  const right = 'SELECT DISTINCT order_id, customer_id, customer_name, customer_address, order_date\nFROM nf1.sales_order_lines';
  await typeAnswer(page, answer, right);
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
  await expect(page.getByText(/^1 of \d+ exercises passed$/)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Lessons' }).getByLabel(/^1 of \d+ exercises passed$/)).toBeVisible();
  const again = exercise(page, 2);
  await expect(again.getByRole('heading', { name: /passed/ })).toBeVisible();
  await expect(again.locator('.sql-box')).toContainText('SELECT DISTINCT order_id, customer_id');
  await expect(again.getByRole('list', { name: 'Hints' })).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Report (CSV)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^lesson-report-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await (await download.createReadStream()).toArray();
  const text = Buffer.concat(csv).toString('utf8');
  expect(text.split('\r\n')[0]).toBe('lesson,lesson_title,exercise,passed,attempts,hints_shown,solution_shown,last_checked_at,last_sql');
  expect(text).toContain('03-normalization,Normalization: from a nested table to 3NF,nf2-orders,true,2,1,false,');
});

test('lesson 12: charts of the training rows and PCA fitted on them are drawn', async ({ page }) => {
  await openStudio(page);
  await openLessons(page);
  await openLesson(page, /machine learning/);
  await expect(page.getByText('Data: the retail pack at the 1k scale.')).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Run SQL block 1', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Result of SQL block 1', exact: true })).toContainText('8 rows');
  // The leakage block: the churn label disagrees with the recency rule for no customer.
  await page.getByRole('button', { name: 'Run SQL block 2', exact: true }).click();
  const leak = page.getByRole('region', { name: 'Result of SQL block 2', exact: true }).getByRole('row').nth(1).getByRole('cell');
  await expect(leak.nth(1)).toHaveText('0');
  await page.getByRole('button', { name: 'Run SQL block 3', exact: true }).click();
  const trainRow = page.getByRole('region', { name: 'Result of SQL block 3', exact: true }).getByRole('row').nth(1);
  await expect(trainRow.getByRole('cell').first()).toHaveText('train');
  const train = Number(await trainRow.getByRole('cell').nth(1).textContent());
  expect(train).toBeGreaterThan(50);
  for (const title of ['Orders and revenue per customer', 'Correlation between the features']) {
    const figure = page.getByRole('figure', { name: title });
    await figure.getByRole('button', { name: 'Draw chart' }).click();
    await expect(figure.getByRole('img', { name: new RegExp(title) })).toBeVisible();
  }
  await expect(page.getByRole('figure', { name: 'Orders and revenue per customer' }).locator('circle')).toHaveCount(train);
  await expect(page.getByRole('figure', { name: 'Correlation between the features' }).locator('rect')).toHaveCount(16);
  await page.getByRole('figure', { name: 'Correlation between the features' }).scrollIntoViewIfNeeded();
  await page.screenshot(shot('lesson-12-heatmap'));

  const pca = page.getByRole('figure', { name: 'Principal components of the customer features' });
  await pca.getByRole('button', { name: 'Fit PCA' }).click();
  await expect(pca).toContainText(`Fitted on ${train} training rows`);
  await expect(pca.getByRole('img', { name: /explained variance: bar chart of explained_variance by component, 5 points/ })).toBeVisible();
  await expect(pca.getByRole('img', { name: /first two components: scatter chart/ }).locator('circle')).not.toHaveCount(0);
  await pca.getByRole('img', { name: /explained variance/ }).scrollIntoViewIfNeeded();
  await page.screenshot(shot('lesson-12-pca-scree'));
});

test('lesson 8: a design exercise fails with the named test, then passes; a judgement question explains; every style side by side', async ({ page }) => {
  await openStudio(page);
  await page.evaluate(() => localStorage.clear());
  await openLessons(page);
  await openLesson(page, /One Big Table/);
  await expect(page.getByText('Data: the retail pack at the 1k scale.')).toBeVisible({ timeout: 60_000 });

  await expect(page.getByRole('complementary', { name: 'Instructor notes' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Show instructor notes' }).click();
  await expect(page.getByRole('complementary', { name: 'Instructor notes' })).toContainText('Where students stumble');
  await page.getByRole('complementary', { name: 'Instructor notes' }).scrollIntoViewIfNeeded();
  await page.screenshot(shot('lesson-8-instructor-notes'));
  await page.getByRole('button', { name: 'Hide instructor notes' }).click();

  const design = exercise(page, 5);
  await expect(design.getByRole('heading')).toContainText('Design');
  await expect(design.getByRole('list', { name: 'Tests on your tables' })).toContainText('(order_id, item_number) is unique in order_lines');
  await design.getByRole('button', { name: 'Show what the check question returns' }).click();
  await expect(design.getByRole('region', { name: 'Expected answer to the check question' })).toContainText('first 5 shown');
  const box = design.getByRole('textbox', { name: 'Your CREATE statements' });
  await typeAnswer(page, box, `CREATE TABLE lesson08_obt.order_lines AS
SELECT order_id, 1 AS item_number, year(order_date) AS order_year, customer_country, product_line, quantity * price AS line_amount
FROM nf1.sales_order_lines;`);
  await design.getByRole('button', { name: 'Check' }).click();
  await expect(design.getByRole('status')).toContainText(/\(order_id, item_number\) is not unique in order_lines: \d+ values appear more than once, e\.g\./, { timeout: 60_000 });
  await design.scrollIntoViewIfNeeded();
  await page.screenshot(shot('lesson-8-design-failed'));

  await typeAnswer(page, box, `CREATE TABLE lesson08_obt.order_lines AS
SELECT order_id, item_number, year(order_date) AS order_year, customer_country, product_line, quantity * price AS line_amount
FROM nf1.sales_order_lines;`);
  await design.getByRole('button', { name: 'Check' }).click();
  await expect(design.getByRole('status')).toContainText('Correct! It also gives the right answer on a hidden variant of the data.', { timeout: 60_000 });
  await expect(design.getByRole('heading', { name: /passed/ })).toBeVisible();
  await expect(design.getByRole('note', { name: 'Explanation' })).toContainText('Building the wide table is where the modeling happens');
  await page.screenshot(shot('lesson-8-design-passed'));

  // The badge follows the latest attempt.
  await typeAnswer(page, box, 'CREATE TABLE lesson08_obt.other AS SELECT 1 AS x;');
  await design.getByRole('button', { name: 'Check' }).click();
  await expect(design.getByRole('status')).toContainText('There is no table or view lesson08_obt.order_lines.', { timeout: 60_000 });
  await expect(design.getByRole('heading')).toContainText('passed before, not the latest attempt');

  const choice = exercise(page, 6);
  await choice.getByRole('radio', { name: /order-entry application/ }).check();
  await choice.getByRole('button', { name: 'Answer' }).click();
  await expect(choice.getByRole('status')).toContainText('That is not the best answer');
  await expect(choice.getByRole('note', { name: 'Explanation' })).toContainText('OBT shines for read-heavy analytics');
  await choice.getByRole('radio', { name: /A dashboard that filters/ }).check();
  await choice.getByRole('button', { name: 'Answer' }).click();
  await expect(choice.getByRole('status')).toContainText('Right.');
  await expect(choice.getByRole('heading', { name: /passed/ })).toBeVisible();
  await choice.scrollIntoViewIfNeeded();
  await page.screenshot(shot('lesson-8-judgement'));

  const styles = exercise(page, 4);
  await typeAnswer(page, styles.getByRole('textbox', { name: 'Your query on the star tables' }), `SELECT s.store_id, d.year, sum(f.item_price * f.item_quantity) AS revenue
FROM star.fact_order_items AS f JOIN star.dim_stores AS s USING (store_key) JOIN star.dim_date AS d USING (date_key)
GROUP BY ALL`);
  await typeAnswer(page, styles.getByRole('textbox', { name: 'Your query on the vault tables' }), `SELECT hs.store_id, year(so.order_date) AS year, sum(soi.quantity * soi.price_paid) AS revenue
FROM vault.link_order_item AS li JOIN vault.sat_order_item AS soi USING (order_item_hash_key)
JOIN vault.link_order_store AS los ON los.order_hash_key = li.order_hash_key
JOIN vault.hub_store AS hs ON hs.store_hash_key = los.store_hash_key
JOIN vault.sat_order AS so ON so.order_hash_key = li.order_hash_key
GROUP BY ALL`);
  await typeAnswer(page, styles.getByRole('textbox', { name: 'Your query on the obt tables' }), 'SELECT store_id, order_year, sum(line_amount) FROM obt.order_lines GROUP BY ALL');
  await styles.getByRole('button', { name: 'Check all 3' }).click();
  const table = styles.getByRole('region', { name: 'Your queries side by side' });
  await expect(table.getByRole('row')).toHaveCount(4, { timeout: 90_000 });
  await expect(table.getByRole('row', { name: /^obt/ })).toContainText('✓ right');
  await expect(table.getByRole('row', { name: /^vault/ }).getByRole('cell').nth(1)).toHaveText('4');
  await expect(table.getByRole('row', { name: /^star/ }).getByRole('cell').nth(1)).toHaveText('2');
  await expect(table.getByRole('row', { name: /^obt/ }).getByRole('cell').nth(1)).toHaveText('0');
  await expect(styles.getByRole('heading', { name: /passed/ })).toBeVisible();
  await table.scrollIntoViewIfNeeded();
  await page.screenshot(shot('lesson-8-every-style'));

  const axe = await axeScan(page).include('.lessons-screen').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // The judgement answer is kept like any exercise.
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: /DuckDB v[\d.]+ ready/ })).toBeVisible({ timeout: 30_000 });
  await openLessons(page);
  await expect(exercise(page, 6).getByRole('radio', { name: /A dashboard that filters/ })).toBeChecked();
  await expect(exercise(page, 6).getByRole('note', { name: 'Explanation' })).toBeVisible();
});

test('lesson 1: a hard-coded number is caught on the hidden variant of the data', async ({ page }) => {
  await openStudio(page);
  await page.evaluate(() => localStorage.clear());
  await openLessons(page);
  await openLesson(page, /Why model data/);
  await expect(page.getByText('Data: the retail pack at the 1k scale.')).toBeVisible({ timeout: 60_000 });
  const first = exercise(page, 1);
  const answer = first.getByRole('textbox', { name: 'Your query' });
  await typeAnswer(page, answer, 'SELECT count(DISTINCT customer_id) FROM nf3.orders WHERE year(order_date) = 2024');
  await first.getByRole('button', { name: 'Check' }).click();
  await expect(first.getByRole('status')).toContainText('Correct! It also gives the right answer on a hidden variant of the data.', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Run SQL block 2' }).click();
  const cell = page.getByRole('region', { name: 'Result of SQL block 2' }).getByRole('row').nth(1).getByRole('cell').nth(1);
  const n = (await cell.textContent())?.trim();
  await typeAnswer(page, answer, `SELECT ${n}`);
  await first.getByRole('button', { name: 'Check' }).click();
  await expect(first.getByRole('status')).toContainText('not on a hidden variant', { timeout: 60_000 });
  await first.scrollIntoViewIfNeeded();
  await page.screenshot(shot('lesson-1-variant-caught'));
});
