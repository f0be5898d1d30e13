/**
 * Every export goes through the host's save: in the browser a download, in the desktop app the
 * native save dialog behind `window.studio.saveFile`. Electron cannot start on this machine, so
 * the desktop case installs a bridge that answers as main does (it records each save request and
 * says where the file went); main's own saving is covered by electron/main/ipc.test.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { openStudio, resultSummary, runSql } from './support/studio';

const SQL = "SELECT 1 AS n, 'a, b' AS txt UNION ALL SELECT 2, NULL ORDER BY n";

async function openDiagrams(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Diagrams' }).click();
  await expect(page.getByRole('radiogroup', { name: 'Style' })).toBeVisible();
  const pack = page.getByLabel('Pack');
  if (await pack.count()) await pack.selectOption({ label: 'Retail sales' });
  await page.getByRole('radio', { name: 'Star schema' }).click();
}

test('web: the result downloads as CSV through the one save path', async ({ page }) => {
  await openStudio(page);
  await runSql(page, SQL);
  await expect(resultSummary(page)).toHaveText(/^2 rows/);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  expect(csv.suggestedFilename()).toBe('result.csv');
  const text = Buffer.concat(await (await csv.createReadStream()).toArray()).toString('utf8');
  expect(text).toBe('n,txt\r\n1,"a, b"\r\n2,\r\n');
});

/** A stand-in for main behind the preload: answers every channel, records saves, never downloads. */
function installDesktopBridge(): void {
  const saved: { suggestedName: string; kind: string; size: number; head: string }[] = [];
  const text = (data: string | Uint8Array) => (typeof data === 'string' ? data : new TextDecoder().decode(data.slice(0, 8)));
  (window as unknown as { __saved: typeof saved }).__saved = saved;
  (window as unknown as { studio: unknown }).studio = {
    loadWorkspace: async () => ({ status: 'missing' }),
    saveWorkspace: async () => ({ status: 'saved', path: '/home/u/workspace.json', savedAt: new Date().toISOString() }),
    recentWorkspaces: async () => [],
    workspaceBackups: async () => [],
    openFile: async () => ({ status: 'cancelled' }),
    openCourseFolder: async () => ({ status: 'cancelled' }),
    appInfo: async () => ({ name: 'Modeling Studio', version: 'test', platform: 'linux', arch: 'x64', electron: '', chrome: '', node: '', packaged: false }),
    saveFile: async (request: { suggestedName: string; kind: string; data: string | Uint8Array }) => {
      saved.push({ suggestedName: request.suggestedName, kind: request.kind, size: typeof request.data === 'string' ? request.data.length : request.data.byteLength, head: text(request.data).slice(0, 40) });
      return { status: 'saved', path: `/home/u/${request.suggestedName}`, bytes: 0 };
    },
    onMenuCommand: () => () => undefined,
  };
}

test('desktop: CSV, SVG, PNG and Markdown exports ask the native save dialog, and nothing downloads', async ({ page }) => {
  test.setTimeout(120_000);
  await page.addInitScript(installDesktopBridge);
  let downloads = 0;
  page.on('download', () => downloads++);
  await openStudio(page);
  await runSql(page, SQL);
  await expect(resultSummary(page)).toHaveText(/^2 rows/);
  await page.getByRole('button', { name: 'Export CSV' }).click();

  await openDiagrams(page);
  await page.getByRole('button', { name: 'Export SVG' }).click();
  await page.getByRole('button', { name: 'Export PNG' }).click();

  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Lessons' }).click();
  await page.getByRole('button', { name: 'Report (Markdown)' }).click();

  const saved = () => page.evaluate(() => (window as unknown as { __saved: { suggestedName: string; kind: string; size: number; head: string }[] }).__saved);
  await expect.poll(async () => (await saved()).length).toBe(4);
  const files = await saved();
  expect(files.map((f) => [f.suggestedName, f.kind])).toEqual([
    ['result.csv', 'csv'],
    [expect.stringMatching(/star-schema-er-diagram\.svg$/), 'svg'],
    [expect.stringMatching(/star-schema-er-diagram\.png$/), 'png'],
    [expect.stringMatching(/^lesson-report-\d{4}-\d{2}-\d{2}\.md$/), 'md'],
  ]);
  expect(files[0]!.head).toBe('n,txt\r\n1,"a, b"\r\n2,\r\n');
  expect(files[1]!.head).toMatch(/^<svg/);
  expect(files[2]!.head).toContain('PNG');
  expect(files[2]!.size).toBeGreaterThan(10_000);
  expect(files[3]!.head).toMatch(/^#/);
  expect(downloads).toBe(0);
});
