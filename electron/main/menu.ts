/**
 * The application menu as a pure function of the platform, so its items and accelerators are
 * tested in Node. Items send `MenuCommand`s to the renderer, which owns the behaviour.
 * Keys: the focused page sees a chord first; Electron runs the menu's accelerator only for a
 * keydown the page did not `preventDefault()`. The renderer's shortcut handler (and Monaco)
 * prevent the chords they handle, so each key runs its command once; the menu item then fires
 * for clicks, and for keys no view is handling.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { MENU_VIEWS, type MenuCommand, type MenuViewId, type SimpleMenuCommand } from '../common/contract';

export interface MenuOptions {
  mac: boolean;
  appName: string;
  /** Show developer tools items (unpackaged runs only). */
  dev: boolean;
  send: (command: MenuCommand) => void;
}

const viewLabels: Record<MenuViewId, string> = {
  editor: 'SQL Editor',
  schemas: 'Schemas',
  compare: 'Compare Styles',
  plan: 'Query Plan',
  diagrams: 'Diagrams',
  lessons: 'Lessons',
  data: 'Data',
  courses: 'Courses',
};

/** Build the menu template (pass it to `Menu.buildFromTemplate`). */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { mac, send } = options;
  const item = (label: string, type: SimpleMenuCommand, accelerator?: string, extra: MenuItemConstructorOptions = {}): MenuItemConstructorOptions => ({
    label,
    id: type,
    ...(accelerator ? { accelerator } : {}),
    click: () => send({ type }),
    ...extra,
  });
  // A second key for the same command: hidden, but its accelerator still works.
  const alias = (type: SimpleMenuCommand, accelerator: string): MenuItemConstructorOptions =>
    item(`${type} (${accelerator})`, type, accelerator, { id: `${type}:${accelerator}`, visible: false, acceleratorWorksWhenHidden: true });
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const appMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [{ role: 'about' }, separator, { role: 'services' }, separator, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, separator, { role: 'quit' }],
  };
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      item('New Tab', 'newTab', 'CmdOrCtrl+T'),
      item('Open File…', 'openFile', 'CmdOrCtrl+O'),
      item('Open Course Folder…', 'openCourseFolder'),
      separator,
      item('Save Workspace', 'saveWorkspace', 'CmdOrCtrl+S'),
      item('Export Results…', 'exportResults', 'CmdOrCtrl+E'),
      separator,
      mac ? { role: 'close' } : { role: 'quit', accelerator: 'Ctrl+Q' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    // Roles, so copy and paste work in Monaco and inputs (on macOS only menu roles provide them).
    submenu: [{ role: 'undo' }, { role: 'redo' }, separator, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
  };
  const query: MenuItemConstructorOptions = {
    label: '&Query',
    submenu: [
      item('Run Statement', 'run', 'CmdOrCtrl+Enter'),
      item('Run All', 'runAll', 'Shift+CmdOrCtrl+Enter'),
      // Esc is shown but not registered: the renderer handles it, so Esc still closes
      // Monaco's widgets and dialogs. macOS cannot show an unregistered key, so none there.
      item('Cancel Query', 'cancel', mac ? undefined : 'Esc', mac ? {} : { registerAccelerator: false }),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...MENU_VIEWS.map((id, index): MenuItemConstructorOptions => ({
        label: viewLabels[id],
        id: `showView:${id}`,
        accelerator: `CmdOrCtrl+${index + 1}`,
        click: () => send({ type: 'showView', view: id }),
      })),
      separator,
      item('Presentation Mode', 'togglePresentation', 'F5'),
      alias('togglePresentation', 'CmdOrCtrl+Shift+P'),
      separator,
      item('Zoom In', 'zoomIn', 'CmdOrCtrl+='),
      alias('zoomIn', 'CmdOrCtrl+Plus'),
      item('Zoom Out', 'zoomOut', 'CmdOrCtrl+-'),
      item('Actual Size', 'zoomReset', 'CmdOrCtrl+0'),
      separator,
      { role: 'togglefullscreen' },
      ...(options.dev ? [separator, { role: 'toggleDevTools' } as MenuItemConstructorOptions, { role: 'forceReload' } as MenuItemConstructorOptions] : []),
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [
      { label: 'Lessons', id: 'help:lessons', click: () => send({ type: 'showView', view: 'lessons' }) },
      ...(mac ? [] : [separator, { role: 'about' } as MenuItemConstructorOptions]),
    ],
  };
  return [...(mac ? [appMenu] : []), file, edit, query, view, ...(mac ? [{ role: 'windowMenu' } as MenuItemConstructorOptions] : []), help];
}
