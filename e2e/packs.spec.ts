/**
 * The schemas view as a user meets it: pick the retail pack at the course scale, build it, watch
 * the status, see each style's tables with row counts, open a table's columns and SQL, and send
 * the SQL to the editor. Axe-clean.
 */
import { axeScan } from './support/axe';
import { expect, test } from '@playwright/test';
import { openStudio } from './support/studio';

test('build the retail pack at the course scale and browse its schemas', async ({ page }) => {
  await openStudio(page);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Schemas' }).click();
  const picker = page.getByRole('region', { name: 'Dataset pack' });
  await picker.getByLabel('Scale').selectOption('course');
  await picker.getByRole('button', { name: 'Build' }).click();
  await expect(picker.getByRole('status')).toHaveText(/Built retail at course/, { timeout: 60_000 });

  const star = page.getByRole('region', { name: /Star schema/ });
  await expect(star.getByText(/tests \d+ passed$/)).toBeVisible();
  const dimDate = star.getByRole('listitem').filter({ hasText: 'star.dim_date' });
  await expect(dimDate.getByText('1,096 rows')).toBeVisible();
  await dimDate.getByText(/columns$/).click();
  await expect(dimDate.getByRole('cell', { name: 'day_of_week' })).toBeVisible();

  // Expected failures are labelled with why: zip → city breaks where the city is copied onto each
  // order (1NF), and holds in 3NF, where it is stored once.
  const nf1 = page.getByRole('region', { name: /First normal form/ });
  await expect(nf1.getByText(/tests \d+ passed, 1 failed as expected$/)).toBeVisible();
  const expected = nf1.getByRole('list', { name: 'Expected failures in nf1' });
  await expect(expected).toContainText('expected failure');
  await expect(expected).toContainText('functional_dependency(customer_zip → customer_city)');
  await expect(expected).toContainText('stays on its lines after the record is corrected');
  const nf3 = page.getByRole('region', { name: /Third normal form/ });
  await expect(nf3.getByText(/tests \d+ passed$/)).toBeVisible();
  await expect(nf3.getByRole('list', { name: 'Tests of the whole table nf3.zip_codes' })).toContainText('functional_dependency(zip → city, country)');

  await page.screenshot({ path: 'test-results/screenshots/schemas.png' });
  const results = await axeScan(page).include('.packs-view').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);

  await dimDate.getByRole('button', { name: 'Open in editor: the SQL of star.dim_date' }).click();
  await expect(page.getByRole('textbox', { name: /SQL editor/ })).toBeVisible({ timeout: 20_000 });
});
