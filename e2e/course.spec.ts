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
