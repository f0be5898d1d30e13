/**
 * The studio opens ready, as a newcomer meets it: the first screen offers the three ways in, the
 * default pack builds behind it with progress and Cancel in the status bar, and a query on a pack
 * table says "being built" (or "not built yet") until the build is done, then gives its number.
 * Later launches build the user's last pack and scale. Screenshots at 1280×800 and, in
 * presentation mode, at the projector's 1280×720; axe clean.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openStudio, resultAlert, resultGrid, runSql } from './support/studio';

const shot = (name: string) => ({ path: test.info().outputPath(`${name}.png`) });
const packStatus = (page: Page) => page.getByRole('contentinfo').getByRole('status').filter({ hasText: /Retail sales/ });

test('a newcomer sees three ways in and counts order lines once the default pack is built', async ({ page }) => {
  await page.goto('./');
  const welcome = page.getByRole('region', { name: 'One dataset, five ways to model it' });
  await expect(welcome).toBeVisible();
  for (const way of ['Follow the course', 'See the styles side by side', 'Experiment in the editor']) {
    await expect(welcome.getByRole('button', { name: new RegExp(way) })).toBeVisible();
  }
  await expect(page.getByRole('textbox', { name: /SQL editor/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('status').filter({ hasText: /DuckDB v[\d.]+ ready/ })).toBeVisible({ timeout: 30_000 });

  // Behind the first paint the default pack builds, with progress and a way to stop it.
  await expect(packStatus(page)).toHaveText(/Building Retail sales \(100,000 orders\)|Retail sales \(100,000 orders\) (built|ready to query)/, { timeout: 30_000 });
  await page.screenshot(shot('first-screen-1280x800'));
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);

  // Typed before the build is done, the query says so; after it, it gives the number.
  await runSql(page, 'SELECT count(*) FROM star.fact_order_items');
  const answered = resultGrid(page).or(resultAlert(page));
  await expect(answered).toBeVisible({ timeout: 60_000 });
  if (await resultAlert(page).isVisible()) {
    await expect(resultAlert(page)).toContainText('star.fact_order_items is a table of the Retail sales pack, which is being built right now');
  }
  await expect(packStatus(page)).toHaveText('Retail sales (100,000 orders) built: ready to query', { timeout: 120_000 });
  if (await resultAlert(page).isVisible()) {
    await expect(resultAlert(page)).toContainText('which is built now: run the query again');
    await page.keyboard.press('ControlOrMeta+Enter');
  }
  const count = resultGrid(page).getByRole('cell').first();
  await expect(count).toHaveText(/^\d[\d,]*$/, { timeout: 60_000 });
  // 100,000 orders have at least one line each.
  expect(Number((await count.innerText()).replace(/,/g, ''))).toBeGreaterThanOrEqual(100_000);
  // Running a query is the newcomer's first step: the welcome makes room for the work.
  await expect(page.getByRole('region', { name: 'One dataset, five ways to model it' })).toBeHidden();
});

test('the default pack answers as soon as it is marked queryable; its data tests follow in the status bar and Schemas', async ({ page }) => {
  await page.goto('./');
  // The mark the bench times "load → default pack queryable" by.
  await page.waitForFunction(() => performance.getEntriesByName('studio:pack-ready').length > 0, undefined, { timeout: 120_000 });
  // Queryable first, then the data tests, with their own progress and stop button.
  await expect(packStatus(page)).toHaveText(/^Retail sales \(100,000 orders\) ready to query · data tests: \d+\/\d+…$/);
  await expect(page.getByRole('contentinfo').getByRole('progressbar', { name: 'Data tests progress' })).toBeVisible();

  await runSql(page, 'SELECT count(*) FROM star.fact_order_items');
  const count = resultGrid(page).getByRole('cell').first();
  await expect(count).toHaveText(/^\d[\d,]*$/, { timeout: 30_000 });
  expect(Number((await count.innerText()).replace(/,/g, ''))).toBeGreaterThanOrEqual(100_000);
  await expect(resultAlert(page)).toBeHidden();

  await expect(packStatus(page)).toHaveText('Retail sales (100,000 orders) built: ready to query', { timeout: 120_000 });
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Schemas' }).click();
  await expect(page.getByRole('region', { name: /Star schema/ }).getByText(/tests \d+ passed/)).toBeVisible();
});

test('the three ways in lead to the course, the comparison and the editor', async ({ page }) => {
  await openStudio(page);
  const welcome = page.getByRole('region', { name: 'One dataset, five ways to model it' });
  await welcome.getByRole('button', { name: /Follow the course/ }).click();
  await expect(page.getByRole('region', { name: 'Lessons' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'SQL editor' }).click();
  await welcome.getByRole('button', { name: /See the styles side by side/ }).click();
  await expect(page.getByRole('heading', { name: /Compare styles/ })).toBeVisible();
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'SQL editor' }).click();
  await welcome.getByRole('button', { name: /Experiment in the editor/ }).click();
  await expect(welcome).toBeHidden();
  await expect(page.getByRole('textbox', { name: /SQL editor/ })).toBeFocused();
});

test('cancelling the opening build says how to build; the next launch builds the last scale', async ({ page }) => {
  await openStudio(page, { keepOpeningBuild: true });
  await page.getByRole('contentinfo').getByRole('button', { name: 'Stop building' }).click();
  await expect(packStatus(page)).toHaveText(/Build of Retail sales \(100,000 orders\) cancelled/);
  await runSql(page, 'SELECT count(*) FROM vault.hub_customer');
  await expect(resultAlert(page)).toContainText('vault.hub_customer is a table of the Retail sales pack, which is not built yet. Build it in Schemas ▸ Build (100,000 orders)');

  // The user picks the course scale; on the next launch that is what builds.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Schemas' }).click();
  await page.getByRole('region', { name: 'Dataset pack' }).getByLabel('Scale').selectOption('course');
  await page.waitForTimeout(600); // the workspace is saved within 300 ms of a change
  await page.reload();
  await expect(packStatus(page)).toHaveText(/Retail sales \(Course example \(2 orders\)\) built/, { timeout: 60_000 });
});

test('first screen in presentation mode at the projector size (1280×720), axe clean', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openStudio(page, { keepOpeningBuild: true });
  await page.keyboard.press('F5');
  await expect(page.locator('html')).toHaveAttribute('data-presentation', 'on');
  await expect(page.getByRole('region', { name: 'One dataset, five ways to model it' })).toBeVisible();
  await page.screenshot(shot('first-screen-presentation-1280x720'));
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
});
