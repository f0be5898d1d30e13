/**
 * The plan view as a user meets it: run a join query in the editor, open its plan, see each
 * operator's time and share with the hottest highlighted, read an operator's explanation, switch
 * to EXPLAIN only, see the join graph, and compare two styles' plans. Axe-clean; screenshots at
 * 1280×720 in test-results/screenshots/.
 */
import { axeScan } from './support/axe';
import { expect, test, type Page } from '@playwright/test';
import { openStudio, resultSummary, runSql, typeSql } from './support/studio';

test.use({ viewport: { width: 1280, height: 720 } });

const shot = (name: string) => ({ path: `test-results/screenshots/${name}.png` });

/** A small 3NF-like schema and its one-big-table twin, made in the editor as a user would. */
const setup = `CREATE OR REPLACE TABLE customers AS SELECT i AS customer_id, 'Customer ' || i AS customer_name FROM range(1, 2001) t(i);
CREATE OR REPLACE TABLE items AS SELECT i AS item_id, 'Item ' || i AS name, 5 + i % 95 AS price FROM range(1, 501) t(i);
CREATE OR REPLACE TABLE orders AS SELECT i AS order_id, 1 + (hash(i) % 2000)::INT AS customer_id FROM range(1, 50001) t(i);
CREATE OR REPLACE TABLE order_lines AS SELECT o.order_id, 1 + (hash(o.order_id * 13 + l) % 500)::INT AS item_id, 1 + l AS quantity
  FROM orders o, range(1, 4) r(l);
CREATE OR REPLACE TABLE obt AS SELECT c.customer_name, i.name, ol.quantity, i.price FROM order_lines ol
  JOIN orders o USING (order_id) JOIN customers c USING (customer_id) JOIN items i USING (item_id);
SELECT count(*) AS lines FROM obt;`;

const joinSql = `SELECT c.customer_name, sum(ol.quantity * i.price) AS spent
FROM order_lines ol JOIN orders o ON o.order_id = ol.order_id
JOIN customers c ON c.customer_id = o.customer_id JOIN items i ON i.item_id = ol.item_id
GROUP BY ALL`;
const obtSql = 'SELECT customer_name, sum(quantity * price) AS spent FROM obt GROUP BY ALL';

async function openPlanView(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Plan' }).click();
  await expect(page.getByLabel('SQL to plan')).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  await openStudio(page);
  await typeSql(page, setup);
  await page.keyboard.press('ControlOrMeta+Shift+Enter'); // run all statements
  await expect(resultSummary(page)).toHaveText(/^1 row|^Failed/, { timeout: 30_000 });
  if ((await resultSummary(page).textContent())?.startsWith('Failed')) {
    console.log('setup failed:', await page.getByRole('region', { name: 'Results' }).innerText());
  }
  await expect(resultSummary(page)).toHaveText(/^1 row/);
  await runSql(page, joinSql);
  await expect(resultSummary(page)).toHaveText(/^2,?000 rows/);
});

/** Every WCAG rule, the experimental ones included: each operator box's name contains its visible text. */
const planAxe = (page: Page) => axeScan(page);

test('a join query’s plan shows operators with times, the hottest highlighted, details on click', async ({ page }) => {
  await openPlanView(page);
  await page.getByLabel('SQL to plan').fill(joinSql);
  await page.getByRole('button', { name: 'Show plan' }).click();
  const tree = page.getByRole('group', { name: 'Query plan' });
  await expect(page.getByRole('status').filter({ hasText: /^Total [\d.]+ m?s · 2,000 rows · result/ })).toBeVisible();
  // Every operator shows its own time and share; three hash joins, four scans.
  await expect(tree.getByRole('button', { name: /^HASH_JOIN, [\d.<]+ m?s, [\d,]+ rows, (⚠ est\. ×\d+, )?[<\d]+% of the time/ })).toHaveCount(3);
  await expect(tree.getByRole('button', { name: /^SEQ_SCAN, / })).toHaveCount(4);
  // The hottest operator is highlighted, selected, and named in the summary.
  const hot = tree.locator('.plan-node--hot');
  expect(await hot.count()).toBeGreaterThanOrEqual(1);
  // The costliest one is selected on open, and its details are shown.
  await expect(tree.locator('.plan-node--hot[aria-pressed="true"]')).toHaveCount(1);
  const hottestName = (await page.getByRole('group', { name: 'Hottest operators' }).getByRole('button').first().textContent())!.split(' · ')[0]!;
  await expect(page.getByRole('complementary', { name: 'Operator details' }).getByRole('heading')).toHaveText(hottestName);
  await expect(page.getByRole('group', { name: 'Hottest operators' }).getByRole('button').first()).toHaveText(/ · [\d.<]+ m?s · [<\d]+%$/);
  await page.screenshot(shot('plan-analyze'));

  // A scan explains itself in the side panel (chosen with the keyboard: it may be off-screen in the tree).
  await tree.getByRole('button', { name: /^SEQ_SCAN, / }).first().focus();
  await page.keyboard.press('Enter');
  const details = page.getByRole('complementary', { name: 'Operator details' });
  await expect(details).toContainText('Reads a table from start to end');
  await expect(details).toContainText('Rows scanned');

  // Branches collapse and expand.
  await tree.getByRole('button', { name: /^Hide the operators below HASH_JOIN/ }).first().focus();
  await page.keyboard.press('Enter');
  await expect(tree.getByRole('button', { name: /^Show \d+ hidden operators below HASH_JOIN/ })).toHaveCount(1);

  expect((await planAxe(page).analyze()).violations).toEqual([]);

  // EXPLAIN only: the plan without running, estimates instead of times.
  await page.getByRole('radio', { name: /Plan only/ }).check();
  await page.getByRole('button', { name: 'Show plan' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Not run \(EXPLAIN only\)/ })).toBeVisible();
  await expect(tree.getByRole('button', { name: /^HASH_JOIN, / }).first()).toHaveAttribute('aria-label', /est\./);
  await page.screenshot(shot('plan-explain-only'));
});

test('the join graph shows the tables read and the joins in order', async ({ page }) => {
  await openPlanView(page);
  await page.getByLabel('SQL to plan').fill(joinSql);
  await page.getByRole('button', { name: 'Show plan' }).click();
  await expect(page.getByRole('group', { name: 'Query plan' })).toBeVisible();
  await page.getByRole('tab', { name: 'Join graph' }).click();
  const order = page.getByRole('list', { name: 'Join order' }).getByRole('listitem');
  await expect(order).toHaveCount(3);
  await expect(order.nth(2)).toContainText('INNER on');
  const graph = page.getByRole('group', { name: 'Join graph' });
  for (const t of ['order_lines', 'orders', 'customers', 'items']) await expect(graph.getByText(t, { exact: true })).toBeVisible();
  expect((await planAxe(page).analyze()).violations).toEqual([]);
  await page.screenshot(shot('plan-join-graph'));
});

test('two styles’ plans side by side with the differences called out', async ({ page }) => {
  await openPlanView(page);
  await page.getByRole('tab', { name: 'Compare two plans' }).click();
  await page.getByLabel('Name of query A').fill('3NF');
  await page.getByLabel('SQL A').fill(joinSql);
  await page.getByLabel('Name of query B').fill('OBT');
  await page.getByLabel('SQL B').fill(obtSql);
  await page.getByRole('button', { name: 'Compare plans' }).click();
  const diff = page.getByRole('region', { name: 'Differences' });
  await expect(diff).toContainText('3NF joins 3 times, OBT 0 times.');
  await expect(diff).toContainText('Only 3NF uses HASH_JOIN.');
  await expect(diff).toContainText(/× faster than|about the same time/);
  await expect(diff.getByRole('table', { name: 'Join order' }).getByRole('row')).toHaveCount(4);
  await expect(page.getByRole('region', { name: 'Plan 3NF' }).getByRole('group', { name: 'Plan of 3NF' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Plan OBT' }).getByRole('group', { name: 'Plan of OBT' })).toBeVisible();
  expect((await planAxe(page).analyze()).violations).toEqual([]);
  await page.screenshot(shot('plan-compare'));
  await page.getByRole('region', { name: 'Plan 3NF' }).scrollIntoViewIfNeeded();
  await page.screenshot(shot('plan-compare-trees'));
});

test('the editor’s Plan button opens the plan of the statement under the cursor', async ({ page }) => {
  // beforeEach left the join query in the editor.
  await page.getByRole('toolbar', { name: 'Editor actions' }).getByRole('button', { name: 'Plan' }).click();
  await expect(page.getByLabel('SQL to plan')).toHaveValue(/JOIN customers c/);
  const tree = page.getByRole('group', { name: 'Query plan' });
  await expect(tree.getByRole('button', { name: /^HASH_JOIN, / })).toHaveCount(3);
});
