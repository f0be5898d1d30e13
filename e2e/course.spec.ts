/**
 * Bring your own: Compare works for every pack (deftunes here, through the same pack store as the
 * Schemas view), and says in sentences what this run measured; an instructor's course folder is
 * opened (a broken file named, the rest loaded), built, compared, exported as a .zip and opened
 * from that .zip in a fresh browser.
 */
import { expect, test, type Page } from '@playwright/test';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { axeScan } from './support/axe';
import { openStudio } from './support/studio';

const sampleData = fileURLToPath(new URL('../sample-data/', import.meta.url));

/** The own style ids per pack in the stored workspace (the web edition keeps it in localStorage). */
async function savedOwnStyles(page: Page): Promise<Record<string, string[]> | null> {
  return page.evaluate(() => {
    const text = localStorage.getItem('modeling-studio.workspace');
    const data = text ? (JSON.parse(text) as { data?: { ownStyles?: Record<string, { id: string }[]> } }).data : undefined;
    return data?.ownStyles ? Object.fromEntries(Object.entries(data.ownStyles).map(([pack, list]) => [pack, list.map((s) => s.id)])) : null;
  });
}

/** A course folder on disk: one lesson on pack "tunes" (deftunes renamed), and a pack with a broken question file. */
function makeCourse(): string {
  const root = join(mkdtempSync(join(tmpdir(), 'studio-course-')), 'spring-course');
  mkdirSync(join(root, 'lessons', '01-songs'), { recursive: true });
  writeFileSync(
    join(root, 'lessons', '01-songs', 'lesson.md'),
    ['---', 'title: "Songs in the spring course"', 'pack: tunes', 'scale: course', 'objectives:', '  - Count songs', 'minutes: 5', '---', '', 'How many songs?', '', '```sql', 'SELECT count(*) AS songs FROM nf3.songs', '```', ''].join('\n'),
  );
  for (const [folder, id] of [['tunes', 'tunes'], ['broken', 'broken']] as const) {
    cpSync(join(sampleData, 'deftunes'), join(root, 'sample-data', folder), { recursive: true, filter: (src) => !src.endsWith('.test.ts') });
    const manifest = join(root, 'sample-data', folder, 'pack.yml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/^id: .*$/m, `id: ${id}`).replace(/^title: .*$/m, `title: ${id} pack`));
  }
  writeFileSync(join(root, 'sample-data', 'broken', 'questions', 'purchases_by_artist.yml'), 'id: purchases_by_artist\ntitle: [unclosed\n');
  return root;
}

async function showView(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name }).click();
}

const STYLES = ['denormalized', 'nf1', 'nf2', 'nf3', 'star', 'vault', 'obt'];

test('Compare of the deftunes pack: figures for every style, sentences from this run, axe clean', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await openStudio(page);
  await page.getByRole('button', { name: /^Compare/ }).first().click();
  await page.getByLabel('Pack').selectOption('deftunes');
  await expect(page.getByRole('heading', { name: /Compare styles — deftunes/ })).toBeVisible();
  await page.getByLabel('Scale').selectOption('course');
  await page.getByLabel('Runs').fill('2');
  await page.getByRole('button', { name: 'Run comparison' }).click();
  await expect(page.getByRole('heading', { name: 'What the write costs say' })).toBeVisible({ timeout: 200_000 });

  const storage = page.getByRole('table', { name: /Storage per style at scale course/ });
  for (const style of STYLES) await expect(storage.getByRole('row', { name: new RegExp(`^${style}\\b`) })).toBeVisible();
  // The sentences name this run's scale and styles, not canned text.
  const said = page.locator('.compare__said');
  await expect(said.first()).toContainText(/At scale course, (denormalized|nf1|nf2|nf3|star|vault|obt) is the smallest/);
  await expect(said.nth(1)).toContainText(/needs the most joins: \d+ in \w+/);
  await expect(said.nth(2)).toContainText(/touches \d+ rows? in/);

  // The Schemas view shows the build Compare made: one build state.
  await page.getByRole('button', { name: /^Schemas/ }).first().click();
  await expect(page.getByText(/Built deftunes at course in/)).toBeVisible();
  await page.getByRole('button', { name: /^Compare/ }).first().click();
  await page.getByRole('heading', { name: 'What the query times say' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('compare-deftunes.png') });
  const axe = await axeScan(page).include('.compare').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('a course folder: broken file named, the rest loads, builds and compares; exported .zip opens in a fresh browser', async ({ page, browser }, testInfo) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await openStudio(page);
  await showView(page, 'Courses');
  await page.getByLabel('Course folder').setInputFiles(makeCourse());
  await expect(page.getByRole('status').filter({ hasText: 'Opened spring-course: 1 lesson, 1 pack, 1 problem' })).toBeVisible();
  const problems = page.getByRole('list', { name: 'Problems in spring-course' });
  await expect(problems).toContainText(/sample-data\/broken\/questions\/purchases_by_artist\.yml: invalid YAML: .* line 3/);
  await page.screenshot({ path: testInfo.outputPath('course-opened.png') });
  expect((await axeScan(page).include('.courses-screen').analyze()).violations.map((v) => v.id)).toEqual([]);

  // Its lesson is listed beside the bundled ones and runs on its own pack.
  await showView(page, 'Lessons');
  await page.getByRole('navigation', { name: 'Lessons' }).getByRole('button', { name: /Songs in the spring course/ }).click();
  await expect(page.getByRole('button', { name: 'Run SQL block 1' })).toBeEnabled({ timeout: 90_000 });
  await page.getByRole('button', { name: 'Run SQL block 1' }).click();
  await expect(page.getByRole('table', { name: 'Result of SQL block 1' })).toBeVisible({ timeout: 30_000 });

  // Its pack is compared like a bundled one.
  await showView(page, 'Compare');
  await page.getByLabel('Pack').selectOption('tunes');
  await page.getByLabel('Scale').selectOption('course');
  await page.getByLabel('Runs').fill('1');
  await page.getByRole('button', { name: 'Run comparison' }).click();
  await expect(page.getByRole('heading', { name: 'What the write costs say' })).toBeVisible({ timeout: 200_000 });
  await expect(page.getByRole('heading', { name: /Compare styles — tunes pack/ })).toBeVisible();
  await expect(page.getByRole('table', { name: /Median query time/ }).getByLabel('differs')).toHaveCount(0);

  // Remembered across a restart.
  await page.reload();
  await showView(page, 'Courses');
  await expect(page.getByRole('heading', { name: 'spring-course' })).toBeVisible();

  // Exported as one .zip, opened in a fresh browser context.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export spring-course as .zip' }).click()]);
  expect(download.suggestedFilename()).toBe('spring-course.zip');
  const zip = testInfo.outputPath('spring-course.zip');
  await download.saveAs(zip);
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openStudio(other);
  await showView(other, 'Courses');
  await other.getByLabel('Course .zip').setInputFiles(zip);
  await expect(other.getByRole('status').filter({ hasText: 'Opened spring-course: 1 lesson, 1 pack, 1 problem' })).toBeVisible();
  await other.screenshot({ path: testInfo.outputPath('course-from-zip.png') });
  await fresh.close();

  // Closed: gone from the list and from the packs.
  await page.getByRole('button', { name: 'Close spring-course' }).click();
  await expect(page.getByRole('heading', { name: 'spring-course' })).toBeHidden();
});

test('your own style: copy star, change a table, build, Compare shows it agreeing; a broken file is named', async ({ page }, testInfo) => {
  test.setTimeout(480_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await openStudio(page);
  await showView(page, 'Schemas');
  const picker = page.getByRole('region', { name: 'Dataset pack' });
  await picker.getByLabel('Pack').selectOption('deftunes');
  await picker.getByLabel('Scale').selectOption('course');

  const own = page.getByRole('region', { name: 'Your own styles' });
  await own.getByLabel('Style id').fill('Star 2');
  await own.getByRole('button', { name: 'New style' }).click();
  await expect(own.getByRole('alert')).toHaveText('A style id is a lowercase letter followed by letters, digits or _ (at most 31).');
  await own.getByLabel('Style id').fill('my_star');
  await own.getByLabel('Start from').selectOption('star');
  await own.getByRole('button', { name: 'New style' }).click();
  await expect(page.getByRole('heading', { name: /my_star/ }).first()).toBeVisible();

  // Change one table: the artists dimension, sorted (same rows, so every answer stays the same).
  await own.getByRole('list', { name: 'Files of my_star' }).getByRole('button', { name: 'dim_artists.sql' }).click();
  const editor = own.getByRole('textbox', { name: 'Edit styles/my_star/dim_artists.sql' });
  await editor.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(
    "-- my artists: the latest row per artist, sorted\nSELECT md5(artist_id) AS artist_key, artist_id, artist_name, artist_familiarity, artist_hotness, ingested_at, source_name FROM (SELECT CAST(artist_id AS VARCHAR) AS artist_id, artist_name, CAST(artist_familiarity AS DOUBLE) AS artist_familiarity, CAST(artist_hottness AS DOUBLE) AS artist_hotness, load_date AS ingested_at, 'postgres:deftunes.songs' AS source_name FROM source.songs QUALIFY row_number() OVER (PARTITION BY artist_id ORDER BY load_date DESC, track_id) = 1) UNION ALL SELECT '-1', NULL, 'Unknown', NULL, NULL, NULL, 'unknown member' ORDER BY artist_id",
  );
  await own.getByRole('button', { name: 'Save dim_artists.sql' }).click();
  await picker.getByRole('button', { name: 'Build' }).click();
  await expect(picker.getByRole('status')).toContainText(/Built deftunes at course/, { timeout: 120_000 });
  await expect(page.getByRole('region', { name: /my_star/ }).getByText(/tests \d+ passed/)).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('own-style-schemas.png') });

  await showView(page, 'Compare');
  await page.getByLabel('Runs').fill('1');
  await page.getByRole('button', { name: 'Run comparison' }).click();
  await expect(page.getByRole('heading', { name: 'What the write costs say' })).toBeVisible({ timeout: 200_000 });
  const times = page.getByRole('table', { name: /Median query time/ });
  await expect(times.getByRole('columnheader', { name: 'my_star' })).toBeVisible();
  await expect(times.getByLabel('differs')).toHaveCount(0);
  const starAgrees = await times.getByRole('row').filter({ has: page.getByRole('cell') }).evaluateAll((rows) => rows.length);
  expect(starAgrees).toBeGreaterThan(0);
  await expect(page.getByRole('table', { name: /Storage per style/ }).getByRole('row', { name: /^my_star\b/ })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('own-style-compare.png') });

  // A broken file is named with its line; the pack keeps its last good definition.
  await showView(page, 'Schemas');
  await own.getByRole('list', { name: 'Files of my_star' }).getByRole('button', { name: 'schema.yml' }).click();
  await own.getByRole('textbox', { name: 'Edit styles/my_star/schema.yml' }).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText('models:\n  - name: [dim\n');
  await own.getByRole('button', { name: 'Save schema.yml' }).click();
  await expect(own.getByRole('alert')).toContainText(/styles\/my_star\/schema\.yml: .*line/);
  await expect(page.getByRole('heading', { name: /my_star/ }).first()).toBeVisible();
});

test('an empty own style: its questions say "not written yet" and open a prefilled editor tab, it survives a reload, and an exported course carries it', async ({ page }, testInfo) => {
  await openStudio(page);
  await showView(page, 'Schemas');
  await page.getByRole('region', { name: 'Dataset pack' }).getByLabel('Pack').selectOption('deftunes');
  const own = page.getByRole('region', { name: 'Your own styles' });
  await own.getByLabel('Style id').fill('blank');
  await own.getByLabel('Start from').selectOption('');
  await own.getByRole('button', { name: 'New style' }).click();
  await expect(own.getByRole('list', { name: 'Files of blank' }).getByRole('button', { name: 'my_table.sql' })).toBeVisible();

  await showView(page, 'Compare');
  const sql = page.getByRole('region', { name: 'The SQL of each style' });
  await sql.locator('summary').first().click();
  await expect(sql.getByText('not written yet').first()).toBeVisible();
  await sql.getByRole('button', { name: /^Write it in the editor: .* in blank$/ }).first().click();
  await expect(page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'SQL editor' })).toHaveAttribute('aria-current', /page|true/);
  await expect(page.locator('.monaco-editor .view-lines').first()).toContainText('not written yet for blank');
  await expect(page.locator('.monaco-editor .view-lines').first()).toContainText('The tables of blank: blank.my_table');
  // The style is saved with the workspace (no longer in a browser-storage key of its own) and survives a reload.
  await expect.poll(() => savedOwnStyles(page)).toEqual({ deftunes: ['blank'] });
  expect(await page.evaluate(() => localStorage.getItem('studio.ownStyles.v1'))).toBeNull();
  await openStudio(page);
  await showView(page, 'Schemas');
  await expect(page.getByRole('region', { name: 'Dataset pack' }).getByLabel('Pack')).toHaveValue('deftunes');
  await expect(own.getByRole('list', { name: 'Files of blank' }).getByRole('button', { name: 'my_table.sql' })).toBeVisible();
  await own.getByRole('button', { name: 'my_table.sql' }).click();
  await expect(own.locator('.monaco-editor .view-lines')).toContainText('SELECT 1 AS placeholder');
  await page.screenshot({ path: testInfo.outputPath('own-style-after-reload.png') });

  // Exporting the course carries the style into its pack (a zip names each file in plain text).
  await showView(page, 'Courses');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Bundled course as .zip' }).click()]);
  await expect(page.getByRole('status').filter({ hasText: /with your style blank\.$/ })).toBeVisible();
  const zip = readFileSync(await download.path()).toString('latin1');
  expect(zip).toContain('sample-data/deftunes/styles/blank/my_table.sql');
  expect(zip).not.toContain('sample-data/retail/styles/blank/');
});

test('own styles an earlier version kept in browser storage move into the workspace, nothing lost', async ({ page }) => {
  const kept = { id: 'kept', from: null, files: { 'styles/kept/my_table.sql': 'SELECT 42 AS answer\n', 'styles/kept/schema.yml': 'models:\n  - name: my_table\n    columns: []\n' } };
  await page.addInitScript((value) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.clear();
    localStorage.setItem('studio.ownStyles.v1', value);
  }, JSON.stringify({ retail: [kept] }));
  await openStudio(page);
  await expect.poll(() => savedOwnStyles(page)).toEqual({ retail: ['kept'] });
  expect(await page.evaluate(() => localStorage.getItem('studio.ownStyles.v1'))).toBeNull();
  await openStudio(page);
  await showView(page, 'Schemas');
  const own = page.getByRole('region', { name: 'Your own styles' });
  await own.getByRole('list', { name: 'Files of kept' }).getByRole('button', { name: 'my_table.sql' }).click();
  await expect(own.locator('.monaco-editor .view-lines')).toContainText('SELECT 42 AS answer');
});

test('checking every exercise of a course names the broken block, with progress, and can be cancelled', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const root = join(mkdtempSync(join(tmpdir(), 'studio-check-')), 'check-course');
  const lesson = (folder: string, sql: string) => {
    mkdirSync(join(root, 'lessons', folder), { recursive: true });
    writeFileSync(join(root, 'lessons', folder, 'lesson.md'), ['---', `title: "${folder}"`, 'pack: retail', 'scale: course', 'objectives:', '  - Count', 'minutes: 5', '---', '', 'Count them.', '', '```sql', sql, '```', ''].join('\n'));
  };
  lesson('01-lines', 'SELECT count(*) AS lines FROM nf1.sales_order_lines');
  lesson('02-typo', 'SELECT * FROM nf1.sales_order_lnes');
  await openStudio(page);
  await showView(page, 'Courses');
  await page.getByLabel('Course folder').setInputFiles(root);
  await expect(page.getByRole('heading', { name: 'check-course' })).toBeVisible();
  const card = page.getByRole('region', { name: 'check-course' });

  // Cancelled: the studio says how far it got and the button is back.
  await card.getByRole('button', { name: 'Check every exercise in check-course' }).click();
  await expect(card.getByRole('progressbar', { name: 'Checking check-course' })).toBeVisible();
  await card.getByRole('button', { name: 'Cancel check' }).click();
  await expect(card.getByText(/Check cancelled after \d of 2 lessons/)).toBeVisible({ timeout: 60_000 });

  await card.getByRole('button', { name: 'Check every exercise in check-course' }).click();
  await expect(card.getByRole('status').filter({ hasText: '2 lessons and 0 exercises checked: 1 problem.' })).toBeVisible({ timeout: 120_000 });
  await expect(card.getByRole('list', { name: 'Problems the check found in check-course' })).toContainText('sales_order_lnes');
  await page.screenshot({ path: testInfo.outputPath('course-check.png') });
  expect((await axeScan(page).include('.courses-screen').analyze()).violations.map((v) => v.id)).toEqual([]);
});
