/**
 * The preload: exposes `window.studio` (see `StudioBridge`) in the isolated world. Bundled into
 * one file by scripts/buildElectron.mjs, because a sandboxed preload cannot require local files.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

const bridge = createBridge(
  (channel, request) => ipcRenderer.invoke(channel, request),
  (channel, listener) => {
    const handler = (_event: Electron.IpcRendererEvent, payload: unknown): void => listener(payload);
    ipcRenderer.on(channel, handler);
    return () => {
      ipcRenderer.removeListener(channel, handler);
    };
  },
);

contextBridge.exposeInMainWorld('studio', bridge);
