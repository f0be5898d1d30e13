/**
 * Earlier versions of the workspace, restored from the app (web edition): from the banner of a
 * workspace that cannot be used, and from the top bar's Backups… button.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openStudio, typeSql } from './support/studio';

const KEY = 'modeling-studio.workspace';
const editorLines = (page: Page) => page.locator('.monaco-editor .view-lines');

/** A stored workspace envelope whose only tab holds `text`. */
function envelope(text: string, savedAt: string): string {
  const data = {
    version: 2,
    editor: { tabs: [{ id: 'tab-1', title: 'Kept', text }], activeId: 'tab-1', nextNumber: 2 },
    savedQueries: [],
    history: [],
    pack: { packId: null, scaleId: null },
    presentation: false,
  };
  return JSON.stringify({ version: 1, savedAt, data });
}

/**
 * Open the studio with exactly these stored items. Seeded by an init script on a fresh page, so
 * no earlier page can write its own workspace over them while it unloads.
 */
async function openWithStorage(page: Page, items: Record<string, string>): Promise<void> {
  await page.addInitScript((entries) => {
    if (sessionStorage.getItem('seeded') === JSON.stringify(entries)) return;
    sessionStorage.setItem('seeded', JSON.stringify(entries));
    localStorage.clear();
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, items);
  await page.goto('./');
  await openStudio(page);
}

test('a workspace that cannot be used offers its backups, and the one chosen comes back and is saved', async ({ page }) => {
  const newer = JSON.stringify({ version: 1, savedAt: '2026-11-23T12:00:00.000Z', data: { version: 99, future: true } });
  await openWithStorage(page, { [KEY]: newer, [`${KEY}.backup-1`]: envelope("SELECT 'from the backup' AS kept", '2026-11-23T11:00:00.000Z') });
  const alert = page.getByRole('alert').filter({ hasText: 'newer Modeling Studio' });
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  await alert.getByRole('button', { name: 'Restore a backup…' }).click();
  const backups = page.getByRole('region', { name: 'Workspace backups' });
  await expect(backups.getByRole('button', { name: /^Restore the version saved / })).toHaveCount(1);
  expect((await new AxeBuilder({ page }).include('.workspace-backups').analyze()).violations).toEqual([]);
  await backups.getByRole('button', { name: /^Restore the version saved / }).click();
  await expect(editorLines(page)).toContainText('from the backup');
  await expect(alert).toHaveCount(0);
  await expect(backups).toHaveCount(0);
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), KEY)).toContain('from the backup');
});

test('the top bar lists backups: the first save of a session keeps the version it started from', async ({ page }) => {
  await openWithStorage(page, {});
  await page.getByRole('button', { name: 'Backups…' }).click();
  const backups = page.getByRole('region', { name: 'Workspace backups' });
  await expect(backups).toContainText('No backups yet');
  await backups.getByRole('button', { name: 'Close' }).click();
  await expect(backups).toHaveCount(0);

  await openWithStorage(page, { [KEY]: envelope("SELECT 'yesterday' AS kept", '2026-11-23T12:00:00.000Z') });
  await typeSql(page, "SELECT 'today' AS changed");
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), KEY)).toContain('today');
  await page.getByRole('button', { name: 'Backups…' }).click();
  // Newest first: the last one is the version the session started from.
  await backups.getByRole('button', { name: /^Restore the version saved / }).last().click();
  await expect(editorLines(page)).toContainText('yesterday');
});
