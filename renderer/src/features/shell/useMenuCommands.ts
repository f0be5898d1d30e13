/**
 * Desktop menus → the studio's commands. The desktop shell sends a `MenuCommand` when a menu item
 * (or its accelerator) fires; each maps onto what the keyboard, buttons or views already do.
 */
import { useEffect } from 'react';
import type { MenuCommand, Platform } from '../../platform';
import { openCourseFolderFromPlatform } from '../courses';
import { editorStore } from '../editor';
import { runCommand, handOffFile, type ViewId } from '../studio';
import { saveWorkspaceNow, showToast, workspaceStore } from '../workspace';

const dataFile = /\.(csv|tsv|txt|json|ndjson|jsonl|parquet)$/i;

/** Open a file through the platform (dialog, or a path the shell announced) and hand it to the Data view. */
async function openForData(platform: Platform, showView: (id: ViewId) => void, path?: string): Promise<void> {
  const result = await platform.openFile(path ? { path } : { kinds: ['csv', 'json', 'parquet'] });
  if (result.status === 'opened') {
    showView('data');
    handOffFile({ name: result.file.name, bytes: result.file.bytes });
  } else if (result.status === 'error') showToast(result.message);
}

/** Carry out one menu command. Exported for the e2e hook and for reading as a table. */
export function handleMenuCommand(command: MenuCommand, platform: Platform, showView: (id: ViewId) => void): void {
  switch (command.type) {
    case 'run':
    case 'runAll':
      showView('editor');
      // The editor registers its run commands while shown; give React a frame to show it.
      requestAnimationFrame(() => runCommand(command.type === 'run' ? 'editor.runStatement' : 'editor.runAll'));
      return;
    case 'cancel':
      runCommand('query.cancel');
      return;
    case 'newTab':
      editorStore.open();
      showView('editor');
      return;
    case 'openFile':
      void openForData(platform, showView);
      return;
    case 'openFilePath':
      if (dataFile.test(command.name)) void openForData(platform, showView, command.path);
      else showToast(`${command.name} is not a file the studio can import (CSV, JSON or Parquet).`);
      return;
    case 'openCourseFolder':
      showView('courses');
      void openCourseFolderFromPlatform(platform).then((m) => m.text && showToast(m.text));
      return;
    case 'saveWorkspace':
      void saveWorkspaceNow().then((r) => showToast(r.message));
      return;
    case 'exportResults':
      if (!runCommand('results.exportCsv')) showToast('Open the SQL editor and run a query to export its results.');
      return;
    case 'togglePresentation':
      workspaceStore.togglePresentation();
      return;
    case 'zoomIn':
      workspaceStore.zoomIn();
      return;
    case 'zoomOut':
      workspaceStore.zoomOut();
      return;
    case 'zoomReset':
      workspaceStore.resetZoom();
      return;
    case 'showView':
      showView(command.view);
      return;
  }
}

/** Subscribe to the platform's menu commands while mounted. */
export function useMenuCommands(platform: Platform, showView: (id: ViewId) => void): void {
  useEffect(() => platform.onMenuCommand((command) => handleMenuCommand(command, platform, showView)), [platform, showView]);
}
