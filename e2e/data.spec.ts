/**
 * Bringing your own data, as a user does: choose a CSV, see its detected schema and a sample,
 * change a column's type, load it, query it; choose a broken CSV and read the message naming
 * the line while the first table survives; export the tables as a .duckdb file and open it with
 * native DuckDB. Axe-clean; screenshots at 1280×720 in test-results/screenshots/.
 */
import { readFileSync } from 'node:fs';
import { axeScan } from './support/axe';
import { DuckDBInstance } from '@duckdb/node-api';
import { expect, test, type Page } from '@playwright/test';
import { openStudio, resultGrid, resultSummary } from './support/studio';

test.use({ viewport: { width: 1280, height: 720 } });

const shot = (name: string) => ({ path: `test-results/screenshots/${name}.png` });

const goodCsv = `song_id,title,artist,price,released
TRXKAGX128F9342DD7,3 Cards,The Balancing Act,1.03,2004
TRUKGBT128F4292C9B,Parisian Walls,Apostle Of Hustle,1.31,2007
TRA269AD2EAADA4932,Paper Lanterns,Velvet Harbor,0.99,1998
`;
const brokenCsv = `id,name
1,ok
2,"never closed
3,also fine
`;

async function openDataView(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Data' }).click();
  await expect(page.getByRole('heading', { name: 'Your data' })).toBeVisible();
}

async function chooseFile(page: Page, name: string, text: string): Promise<void> {
  await page.getByLabel('Open a file…').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
}

test('import a CSV, fix a type, load, query; a broken CSV names its line and loses nothing; export .duckdb', async ({ page }) => {
  await openStudio(page);
  await openDataView(page);
  await expect(page.getByText('No tables of your own yet.')).toBeVisible();

  // Schema detected and shown before loading.
  await chooseFile(page, 'songs.csv', goodCsv);
  await expect(page.getByRole('heading', { name: 'Schema of songs.csv' })).toBeVisible();
  const priceType = page.getByRole('combobox', { name: 'Type of column price' });
  await expect(priceType).toHaveValue('DOUBLE');
  await expect(page.getByRole('combobox', { name: 'Type of column released' })).toHaveValue('BIGINT');
  await expect(page.getByRole('cell', { name: 'Parisian Walls' })).toBeVisible();
  await expect(page.getByLabel('Table name')).toHaveValue('songs');

  // Change a type (price as an exact decimal), and the name.
  await priceType.selectOption('DECIMAL(18,2)');
  await page.getByLabel('Table name').fill('my_songs');
  await page.screenshot(shot('data-import-preview'));
  expect((await axeScan(page).analyze()).violations).toEqual([]);
  await page.getByRole('button', { name: 'Load table' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Loaded 3 rows into my_songs.' })).toBeVisible();
  const row = page.getByRole('row', { name: /my_songs/ });
  await expect(row).toContainText('3');

  // A file with a quote never closed: the good rows load, the bad one is set aside by line.
  await chooseFile(page, 'broken.csv', brokenCsv);
  await expect(page.getByRole('status', { name: 'What the importer changed' })).toContainText('1 row set aside (line 3: a quoted value is never closed');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { name: /Schema of/ })).toHaveCount(0);
  await expect(page.getByRole('row', { name: /my_songs/ })).toBeVisible();
  await page.screenshot(shot('data-import-broken'));
  expect((await axeScan(page).analyze()).violations).toEqual([]);

  // Export the user's tables (schema main) as a .duckdb file and open it with native DuckDB.
  await page.getByLabel('Schema', { exact: true }).selectOption({ label: 'main (your tables)' });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as .duckdb' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('main.duckdb');
  const path = test.info().outputPath('main.duckdb');
  await file.saveAs(path);
  expect(new TextDecoder().decode(readFileSync(path).subarray(8, 12))).toBe('DUCK');
  const db = await DuckDBInstance.create(path);
  const conn = await db.connect();
  const exported = await conn.runAndReadAll('SELECT count(*)::INTEGER, sum(price)::VARCHAR, any_value(typeof(price)) FROM my_songs');
  expect(exported.getRows()[0]).toEqual([3, '3.33', 'DECIMAL(18,2)']);
  conn.closeSync();
  db.closeSync();

  // Query it: opens SELECT * … LIMIT 100 in the editor and runs it.
  await page.getByRole('button', { name: 'Query it: my_songs' }).click();
  await expect(resultSummary(page)).toHaveText(/^3 rows/);
  await expect(resultGrid(page)).toContainText('Apostle Of Hustle');
  await expect(resultGrid(page)).toContainText('1.31');
  await page.screenshot(shot('data-query-it'));
});

test('a JSON file dropped on the window keeps nested lists and structs', async ({ page }) => {
  await openStudio(page);
  await openDataView(page);
  const users = [
    { user_id: 'a3141825-3a8c-4968-a3af-5362011ef7d5', user_name: 'Elizabeth', user_lastname: 'Carey',
      user_location: ['46.32313', '-0.45877', 'Niort', 'FR', 'Europe/Paris'], user_since: '2020-12-22T14:15:35.936090', plan: { tier: 'pro', seats: 2 } },
    { user_id: '6b287203-7cab-4f1a-b1a4-2b5076294682', user_name: 'Marcus', user_lastname: 'Oyelaran',
      user_location: ['40.71427', '-74.00597', 'New York City', 'US', 'America/New_York'], user_since: '2021-03-04T09:41:12.118204', plan: { tier: 'free', seats: 1 } },
  ];
  // Newline-delimited, as many APIs export it.
  const text = users.map((u) => JSON.stringify(u)).join('\n');
  const dataTransfer = await page.evaluateHandle((t) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], 'users.ndjson', { type: 'application/json' }));
    return dt;
  }, text);
  await page.locator('main').dispatchEvent('drop', { dataTransfer });
  await expect(page.getByRole('heading', { name: 'Schema of users.ndjson' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Type of column user_location' })).toHaveValue('VARCHAR[]');
  await expect(page.getByRole('combobox', { name: 'Type of column plan' })).toHaveValue(/^STRUCT\(seats (INTEGER|DOUBLE), tier VARCHAR\)$/);
  // Columns in the file's order, not the reader's alphabetical one.
  await expect(page.getByRole('columnheader').first()).toHaveText('user_id');
  await page.getByRole('combobox', { name: 'Type of column user_since' }).selectOption('TIMESTAMP');
  await page.getByRole('button', { name: 'Load table' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Loaded 2 rows into users.' })).toBeVisible();
  await page.getByRole('button', { name: 'Query it: users' }).click();
  await expect(resultSummary(page)).toHaveText(/^2 rows/);
  await expect(resultGrid(page)).toContainText('Niort');
  await expect(resultGrid(page)).toContainText('TIMESTAMP');
});

test('a CSV with a bad row and decimal commas loads with the repair named by line; the dialect is editable', async ({ page }) => {
  await openStudio(page);
  await openDataView(page);
  await chooseFile(page, 'visits.csv', 'Visits export\n\nid;city;amount\n1;Niort;2,5\n2;Lyon;3;late\n3;Porto;4\n');
  await expect(page.getByRole('heading', { name: 'Schema of visits.csv' })).toBeVisible();
  await expect(page.getByLabel('Delimiter')).toHaveValue(';');
  await expect(page.getByLabel('Lines to skip')).toHaveValue('2');
  const changed = page.getByRole('status', { name: 'What the importer changed' });
  await expect(changed).toContainText('1 row repaired (line 5: one field too many; the extra values are kept in column _extra)');
  // 2,5 is a number written with a decimal comma.
  await expect(page.getByLabel('Decimal mark')).toHaveValue(',');
  await expect(changed).toContainText('Numbers are written with a decimal comma');
  await expect(page.getByRole('cell', { name: '2.5', exact: true })).toBeVisible();
  await page.screenshot(shot('data-import-repairs'));
  expect((await axeScan(page).analyze()).violations).toEqual([]);
  // Another delimiter previews again.
  await page.getByLabel('Delimiter').selectOption(',');
  await expect(page.getByLabel('Delimiter')).toHaveValue(',');
  await page.getByLabel('Delimiter').selectOption(';');
  await expect(page.getByRole('columnheader', { name: 'city' })).toBeVisible();
  await page.getByRole('button', { name: 'Load table' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Loaded 3 rows into visits.' })).toBeVisible();
});

test('a JSON object holding several arrays of records: the learner picks which one becomes the table', async ({ page }) => {
  await openStudio(page);
  await openDataView(page);
  const shop = '{"shop":"Niort","customers":[{"id":1,"name":"Ada"},{"id":2,"name":"Bruno"}],"orders":[{"order_id":10,"customer":1},{"order_id":11,"customer":2},{"order_id":12,"customer":1}]}';
  await page.getByLabel('Open a file…').setInputFiles({ name: 'shop.json', mimeType: 'application/json', buffer: Buffer.from(shop) });
  const member = page.getByRole('combobox', { name: 'Records from' });
  await expect(member).toHaveValue('orders');
  await expect(page.getByRole('columnheader', { name: /order_id/ })).toBeVisible();
  await member.selectOption('customers');
  await expect(page.getByRole('columnheader', { name: /name/ })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Bruno', exact: true })).toBeVisible();
  expect((await axeScan(page).analyze()).violations).toEqual([]);
  await page.getByRole('button', { name: 'Load table' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Loaded 2 rows into shop.' })).toBeVisible();
});

test('a date column changed to text keeps the file\u2019s own spelling', async ({ page }) => {
  await openStudio(page);
  await openDataView(page);
  await chooseFile(page, 'days.csv', 'id,day\n1,08/01/2024\n2,31/12/2023\n');
  const dayType = page.getByRole('combobox', { name: 'Type of column day' });
  await expect(dayType).toHaveValue('DATE');
  await dayType.selectOption('VARCHAR');
  await page.getByRole('button', { name: 'Load table' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Loaded 2 rows into days.' })).toBeVisible();
  await page.getByRole('button', { name: 'Query it: days' }).click();
  await expect(resultGrid(page).getByRole('cell', { name: '08/01/2024', exact: true })).toBeVisible();
  await expect(resultGrid(page).getByRole('cell', { name: '31/12/2023', exact: true })).toBeVisible();
});

test('a broken JSON key leaves no trace; a loaded table survives an engine restart', async ({ page }) => {
  await openStudio(page);
  await openDataView(page);
  await chooseFile(page, 'keep.csv', 'id,name\n1,kept\n2,also kept\n');
  await page.getByRole('button', { name: 'Load table' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Loaded 2 rows into keep.' })).toBeVisible();

  await page.getByLabel('Open a file…').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from([0x7b, 0x22, 0xb9, 0x22, 0x3a, 0x22, 0x30, 0x22, 0x2c, 0x7d]) });
  await expect(page.getByRole('alert').filter({ hasText: 'bad.json, line 1' })).toContainText('is not UTF-8');
  await page.getByRole('button', { name: 'Refresh list' }).click();
  await expect(page.getByRole('row', { name: /keep/ })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: /Could not list|Error/ })).toHaveCount(0);
  await page.screenshot(shot('data-import-bad-json'));
  await chooseFile(page, 'next.json', '[{"a":1},{"a":2}]');
  await expect(page.getByRole('heading', { name: 'Schema of next.json' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();

  await page.evaluate(() => window.__studioTest?.terminateEngineWorker());
  await expect(page.getByRole('status').filter({ hasText: 'your tables were loaded again: keep' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Query it: keep' }).click();
  await expect(resultSummary(page)).toHaveText(/^2 rows/);
  await expect(resultGrid(page)).toContainText('also kept');
});
