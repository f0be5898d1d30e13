/**
 * The desktop shell's entry point: app lifecycle only. Everything with logic lives in the
 * modules it wires together (protocol, window, ipc, menu, args, workspaceStore), which are
 * tested in Node without Electron.
 */
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, session } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../common/contract';
import { FileAnnouncer, filesFromArgv } from './args';
import { createDialogs } from './dialogs';
import { createHandlers, registerIpc } from './ipc';
import { buildMenuTemplate } from './menu';
import { APP_ENTRY_URL, handleAppProtocol, registerAppScheme } from './protocol';
import { RecentStore } from './recent';
import { hardenWebContents, isPermissionAllowed, mainWindowOptions } from './window';

// Bundled to dist/electron/main.cjs: the preload sits beside it, the renderer one folder over.
const preloadPath = path.join(__dirname, 'preload.cjs');
const rendererRoot = path.join(__dirname, '..', 'renderer');

// Tests point user data at a temp folder (unpackaged runs only); must precede any use of the path.
if (process.env.STUDIO_USER_DATA && !app.isPackaged) app.setPath('userData', process.env.STUDIO_USER_DATA);

registerAppScheme(protocol);
app.enableSandbox();

const files = new FileAnnouncer();
let mainWindow: BrowserWindow | null = null;

const send = (command: MenuCommand): void => mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, command);
const isFile = (file: string): boolean => fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
const announceArgv = (argv: string[], cwd: string): void =>
  filesFromArgv(argv, { packaged: app.isPackaged, cwd, isFile }).forEach((file) => files.announce(file));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, cwd) => {
    announceArgv(argv, cwd);
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  // macOS double-click / drop on the Dock icon; may fire before `ready`.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    files.announce(file);
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  announceArgv(process.argv, process.cwd());
  void app.whenReady().then(start);
}

function start(): void {
  handleAppProtocol(protocol, rendererRoot);
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionAllowed(permission)));
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => isPermissionAllowed(permission));
  const userData = app.getPath('userData');
  registerIpc(
    ipcMain,
    createHandlers({
      defaultWorkspacePath: path.join(userData, 'workspace.json'),
      recent: new RecentStore(path.join(userData, 'recent-workspaces.json')),
      dialogs: createDialogs(dialog, () => mainWindow, app.getPath('documents')),
      isAnnounced: (file) => files.isAnnounced(file),
      appInfo: () => ({
        name: app.getName(),
        version: app.getVersion(),
        platform: process.platform,
        arch: process.arch,
        electron: process.versions.electron ?? '',
        chrome: process.versions.chrome ?? '',
        node: process.versions.node,
        packaged: app.isPackaged,
      }),
    }),
  );
  const template = buildMenuTemplate({ mac: process.platform === 'darwin', appName: app.getName(), dev: !app.isPackaged, send });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  createWindow();
}

function createWindow(): void {
  const window = new BrowserWindow(mainWindowOptions(preloadPath));
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  window.webContents.on('did-finish-load', () =>
    files.attach((file) => send({ type: 'openFilePath', path: file, name: path.basename(file) })),
  );
  window.on('closed', () => {
    files.detach();
    if (mainWindow === window) mainWindow = null;
  });
  void window.loadURL(APP_ENTRY_URL);
}
