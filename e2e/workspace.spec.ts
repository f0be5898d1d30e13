/**
 * Workspaces and the classroom: typed SQL, history and presentation mode survive a reload;
 * history search finds a past query; a saved query reopens; a corrupt stored workspace gives a
 * message and the studio still works; tabs and lesson progress an earlier version kept in browser
 * storage move into the workspace; presentation mode at 1280×720 (screenshot, axe clean, lesson
 * step-through from the keyboard).
 */
import { axeScan } from './support/axe';
import { expect, test, type Page } from '@playwright/test';
import { openStudio, resultSummary, runSql, typeSql } from './support/studio';

const shot = (name: string) => ({ path: test.info().outputPath(`${name}.png`) });
const library = (page: Page) => page.getByRole('complementary', { name: 'Query library' });
const editorLines = (page: Page) => page.locator('.monaco-editor .view-lines');

/**
 * Reload with localStorage set up as given (null removes a key). Done in an init script, so the
 * page being left cannot write its own workspace over it while it unloads.
 */
async function reloadWithStorage(page: Page, items: Record<string, string | null>): Promise<void> {
  await page.addInitScript((entries) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    for (const [key, value] of Object.entries(entries)) {
      if (value === null) localStorage.removeItem(key);
      else localStorage.setItem(key, value);
    }
  }, items);
  await openStudio(page); // navigates again: the init script runs first
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => localStorage.clear());
  await openStudio(page);
});

test('tabs, history and presentation mode are restored after a reload', async ({ page }) => {
  await runSql(page, "SELECT 'first run' AS note");
  await expect(resultSummary(page)).toHaveText(/^1 row/);
  await page.getByRole('button', { name: 'New tab' }).click();
  await typeSql(page, "SELECT 'typed, never run' AS draft");
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-presentation', 'on');
  await page.waitForTimeout(1100);
  await page.reload();
  await openStudio(page);
  await expect(page.locator('html')).toHaveAttribute('data-presentation', 'on');
  await expect(page.getByRole('button', { name: 'Close Query 2' })).toBeVisible();
  await expect(editorLines(page)).toContainText('typed, never run');
  await page.getByRole('button', { name: 'Leave presentation' }).click();
  await expect(library(page).getByRole('list', { name: 'Query history' })).toContainText("SELECT 'first run' AS note");
  await expect(library(page)).toContainText(/1 row · [\d.]+ m?s/);
});

test('history search finds a past query and opens it in the editor', async ({ page }) => {
  await runSql(page, 'SELECT 1 AS one');
  await expect(resultSummary(page)).toHaveText(/^1 row/);
  await runSql(page, 'SELECT * FROM range(5) AS needle_table');
  await expect(resultSummary(page)).toHaveText(/^5 rows/);
  await runSql(page, 'SELECT missing_column');
  const history = library(page).getByRole('list', { name: 'Query history' });
  await expect(history.getByRole('listitem')).toHaveCount(3);
  await expect(history.getByRole('listitem').first()).toContainText('failed');
  await library(page).getByRole('searchbox', { name: 'Search history' }).fill('needle');
  await expect(history.getByRole('listitem')).toHaveCount(1);
  await expect(library(page)).toContainText('1 of 3 queries');
  await page.screenshot(shot('editor-history-search'));
  await history.getByRole('button', { name: /needle_table/ }).click();
  await expect(page.getByRole('button', { name: 'Close From history' })).toBeVisible();
  await expect(editorLines(page)).toContainText('needle_table');
});

test('a query saved under a name reopens after a reload and can be deleted', async ({ page }) => {
  await typeSql(page, 'SELECT 40 + 2 AS saved_answer');
  await library(page).getByRole('button', { name: 'Saved queries' }).click();
  await library(page).getByRole('textbox', { name: 'Name' }).fill('The answer');
  await library(page).getByRole('button', { name: 'Save current query' }).click();
  await page.waitForTimeout(1100);
  await page.reload();
  await openStudio(page);
  await library(page).getByRole('button', { name: 'Saved queries' }).click();
  await library(page).getByRole('button', { name: 'The answer', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Close The answer' })).toBeVisible();
  await expect(editorLines(page)).toContainText('saved_answer');
  await library(page).getByRole('button', { name: 'Delete saved query The answer' }).click();
  await expect(library(page).getByRole('button', { name: 'The answer', exact: true })).toHaveCount(0);
});

test('a corrupt stored workspace gives a message, is kept aside, and the studio still works', async ({ page }) => {
  await reloadWithStorage(page, { 'modeling-studio.workspace': '{"version":1,"savedAt":' });
  const alert = page.getByRole('alert').filter({ hasText: 'saved workspace could not be opened' });
  await expect(alert).toBeVisible();
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys.some((k) => k.startsWith('modeling-studio.workspace.corrupt-'))).toBe(true);
  await runSql(page, 'SELECT 6 * 7 AS still_works');
  await expect(resultSummary(page)).toHaveText(/^1 row/);
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toHaveCount(0);
});

test('workspace data from a newer studio is left untouched until the user replaces it', async ({ page }) => {
  const stored = JSON.stringify({ version: 1, savedAt: new Date().toISOString(), data: { version: 99, future: true } });
  await reloadWithStorage(page, { 'modeling-studio.workspace': stored });
  const alert = page.getByRole('alert').filter({ hasText: 'newer Modeling Studio' });
  await expect(alert).toBeVisible();
  await typeSql(page, 'SELECT 1');
  await page.waitForTimeout(1100);
  expect(await page.evaluate(() => localStorage.getItem('modeling-studio.workspace'))).toBe(stored);
  await alert.getByRole('button', { name: /Replace it/ }).click();
  await expect(page.getByText(/^Saved \d/)).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('modeling-studio.workspace'))).not.toBe(stored);
});

test('tabs from before workspaces (the old editor key) are migrated, not lost', async ({ page }) => {
  const old = { version: 1, tabs: [{ id: 'tab-5', title: 'Old draft', text: "SELECT 'from the old key'" }], activeId: 'tab-5', nextNumber: 6 };
  await reloadWithStorage(page, { 'modeling-studio.workspace': null, 'modeling-studio.editor.tabs': JSON.stringify(old) });
  await expect(page.getByRole('button', { name: 'Close Old draft' })).toBeVisible();
  await expect(editorLines(page)).toContainText('from the old key');
});

test('lesson progress from before it was part of the workspace moves into it once, not lost', async ({ page }) => {
  const exercise = { lastSql: "SELECT 'kept from the old key' AS answer", passed: true, lastPassed: true, attempts: 1, hintsShown: 0, solutionShown: false };
  const old = { version: 1, lessons: { '03-normalization': { visited: true, exercises: { 'nf2-orders': exercise } } } };
  await reloadWithStorage(page, { 'modeling-studio.workspace': null, 'modeling-studio.lessons.progress': JSON.stringify(old) });
  const openNormalization = async () => {
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Lessons' }).click();
    await page.getByRole('navigation', { name: 'Lessons' }).getByRole('button', { name: /Normalization/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Normalization/ })).toBeVisible();
  };
  await openNormalization();
  await expect(page.getByText(/^1 of \d+ exercises passed$/)).toBeVisible();
  // Saved into the workspace, and the old copy removed once that save is done.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('modeling-studio.lessons.progress'))).toBeNull();
  expect(await page.evaluate(() => localStorage.getItem('modeling-studio.workspace'))).toContain('kept from the old key');

  await page.reload();
  await openNormalization();
  await expect(page.getByText(/^1 of \d+ exercises passed$/)).toBeVisible();
  const nf2 = page.getByRole('region', { name: /^Exercise 2\b/ });
  await expect(nf2.getByRole('heading', { name: /passed/ })).toBeVisible();
  await expect(nf2.locator('.sql-box')).toContainText('kept from the old key');
});

test('a CSV dropped on the window before the Data view was ever shown is imported there', async ({ page }) => {
  const dataTransfer = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['id,name\n1,Ada\n2,Grace\n'], 'people.csv', { type: 'text/csv' }));
    return dt;
  });
  await page.locator('main').dispatchEvent('drop', { dataTransfer });
  await expect(page.getByRole('button', { name: 'Data' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { name: 'Schema of people.csv' })).toBeVisible();
});

test('presentation mode at 1280×720: larger UI, chrome hidden, axe clean, F5 toggles, lesson step-through', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await runSql(page, 'SELECT range AS n, range * range AS square FROM range(20)');
  await expect(resultSummary(page)).toHaveText(/^20 rows/);
  await page.locator('body').click({ position: { x: 5, y: 700 } });
  await page.keyboard.press('F5');
  await expect(page.locator('html')).toHaveAttribute('data-presentation', 'on');
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeHidden();
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('20px');
  expect(await page.locator('.monaco-editor .view-line').first().evaluate((el) => getComputedStyle(el).fontSize)).toBe('22px');
  // The pointer resting on the button (as after clicking Present) must not wash it out.
  await page.getByRole('button', { name: 'Leave presentation' }).hover();
  await page.screenshot(shot('presentation-editor'));
  const axe = await axeScan(page).exclude('.monaco-editor').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await page.getByRole('combobox', { name: 'View' }).selectOption('lessons');
  const firstBlock = page.getByLabel('SQL block 1', { exact: true });
  await expect(firstBlock).toBeVisible({ timeout: 30_000 });
  await page.locator('body').press('j');
  await expect(firstBlock).toBeFocused();
  await page.keyboard.press('PageDown');
  await expect(page.getByLabel('SQL block 2', { exact: true })).toBeFocused();
  await page.keyboard.press('k');
  await expect(firstBlock).toBeFocused();
  await expect(page.getByRole('button', { name: 'Run SQL block 1' })).toBeEnabled({ timeout: 60_000 });
  await firstBlock.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('table', { name: 'Result of SQL block 1' })).toBeVisible({ timeout: 30_000 });
  await page.screenshot(shot('presentation-lesson'));
  const lessonAxe = await axeScan(page).exclude('.monaco-editor').analyze();
  expect(lessonAxe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await page.keyboard.press('F5');
  await expect(page.locator('html')).not.toHaveAttribute('data-presentation', 'on');
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
});
