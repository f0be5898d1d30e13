/**
 * Diagrams as a user meets them: the star's ER diagram with the fact in the centre and its
 * dimensions around, the vault's hubs/links/satellites, the lineage DAG opening a table's SQL,
 * and exports to SVG and PNG. Axe-clean; screenshots at 1280×720 in test-results/screenshots/.
 */
import { readFile } from 'node:fs/promises';
import { axeScan } from './support/axe';
import { expect, test, type Page } from '@playwright/test';
import { openStudio } from './support/studio';

test.use({ viewport: { width: 1280, height: 720 } });

const shot = (name: string) => ({ path: `test-results/screenshots/${name}.png` });

async function openRetailDiagrams(page: Page): Promise<void> {
  await openStudio(page);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Diagrams' }).click();
  // The view loads lazily: wait for its controls before choosing the pack.
  await expect(page.getByRole('radiogroup', { name: 'Style' })).toBeVisible();
  const pack = page.getByLabel('Pack');
  if (await pack.count()) await pack.selectOption({ label: 'Retail sales' });
  await expect(page.getByRole('radio', { name: 'Data Vault' })).toBeVisible();
}

const box = async (page: Page, name: string) => {
  const b = await page.locator(`g.er-table[data-table="${name}"]`).boundingBox();
  if (!b) throw new Error(`no box for ${name}`);
  return b;
};

test('the star’s ER diagram shows its two facts sharing the conformed dimensions', async ({ page }) => {
  await openRetailDiagrams(page);
  await page.getByRole('radio', { name: 'Star schema' }).click();
  const diagram = page.getByRole('group', { name: /Star schema — ER diagram/ });
  await expect(diagram).toBeVisible();
  await page.screenshot(shot('diagram-er-star'));
  const facts = ['fact_order_items', 'fact_returns'];
  await expect(diagram.locator('g.er-table[data-kind="fact"]')).toHaveCount(2);
  for (const f of facts) await expect(diagram.locator(`g.er-table[data-table="${f}"]`)).toHaveAttribute('data-kind', 'fact');
  const dims = ['dim_customers', 'dim_items', 'dim_stores', 'dim_date'];
  for (const d of dims) await expect(diagram.locator(`g.er-table[data-table="${d}"]`)).toHaveAttribute('data-kind', 'dimension');
  // Each fact reaches every dimension: the same four dimensions serve both (conformed).
  await expect(diagram.locator('g.er-edge')).toHaveCount(8);
  for (const f of facts) await expect(diagram.locator(`g.er-table[data-table="${f}"] text`, { hasText: /^FK$/ })).toHaveCount(4);
  await expect(diagram.locator('g.er-table[data-table="dim_date"] text', { hasText: /^PK$/ })).toHaveCount(1);
  // No two tables overlap.
  const boxes = await Promise.all([...facts, ...dims].map((t) => box(page, t)));
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
      expect(apart).toBe(true);
    }
  }
  expect((await axeScan(page).analyze()).violations).toEqual([]);
});

test('the vault colours hubs, links and satellites apart', async ({ page }) => {
  await openRetailDiagrams(page);
  await page.getByRole('radio', { name: 'Data Vault' }).click();
  const diagram = page.getByRole('group', { name: /Data Vault — ER diagram/ });
  await expect(diagram.locator('g.er-table[data-kind="hub"]')).toHaveCount(4);
  await expect(diagram.locator('g.er-table[data-kind="link"]')).toHaveCount(3);
  expect(await diagram.locator('g.er-table[data-kind="satellite"]').count()).toBeGreaterThanOrEqual(4);
  const fill = (kind: string) => diagram.locator(`g.er-table[data-kind="${kind}"] .er-table__head`).first().evaluate((el) => getComputedStyle(el).fill);
  const fills = new Set([await fill('hub'), await fill('link'), await fill('satellite')]);
  expect(fills.size).toBe(3);
  await page.screenshot(shot('diagram-er-vault'));
});

test('lineage goes from sources to the style; a table opens its SQL', async ({ page }) => {
  await openRetailDiagrams(page);
  await page.getByRole('radio', { name: 'Star schema' }).click();
  await page.getByRole('radio', { name: 'Lineage' }).click();
  const diagram = page.getByRole('group', { name: /Star schema — lineage/ });
  await expect(diagram.locator('g[data-table="star.fact_order_items"]')).toBeVisible();
  expect(await diagram.locator('path.lineage-edge').count()).toBeGreaterThanOrEqual(5);
  expect((await axeScan(page).analyze()).violations).toEqual([]);
  await page.screenshot(shot('diagram-lineage-star'));
  await diagram.getByRole('button', { name: 'Open the SQL of star.dim_customers' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'SQL editor' })).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('Who bought: a slowly changing dimension of type 2');
});

test('a diagram exports to SVG (styles inlined) and PNG', async ({ page }) => {
  await openRetailDiagrams(page);
  await page.getByRole('radio', { name: 'Star schema' }).click();
  const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export SVG' }).click()]);
  expect(svgDownload.suggestedFilename()).toMatch(/star-schema-er-diagram\.svg$/);
  const svg = await readFile((await svgDownload.path())!, 'utf8');
  expect(svg).toContain('<svg');
  expect(svg).toContain('fact_order_items');
  expect(svg).toMatch(/font-size:\s*15px/);
  expect(svg).not.toMatch(/data-zoom-layer="" transform=/);
  const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PNG' }).click()]);
  expect(pngDownload.suggestedFilename()).toMatch(/\.png$/);
  const png = await readFile((await pngDownload.path())!);
  expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  expect(png.length).toBeGreaterThan(10_000);
});
