/**
 * The preload: exposes `window.studio` (see `StudioBridge`) in the isolated world. Bundled into
 * one file by scripts/buildElectron.mjs, because a sandboxed preload cannot require local files.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

const bridge = createBridge(
  (channel, request) => ipcRenderer.invoke(channel, request),
  // One listener for the page's lifetime; the bridge fans commands out to subscribers.
  (channel, listener) => {
    ipcRenderer.on(channel, (_event, payload: unknown) => listener(payload));
  },
);

contextBridge.exposeInMainWorld('studio', bridge);
