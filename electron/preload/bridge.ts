/**
 * Builds the `window.studio` object from two narrow capabilities (invoke a named channel,
 * subscribe to menu commands), so the preload never hands the renderer `ipcRenderer` itself and
 * the shape of the bridge is tested in Node.
 */
import {
  CHANNELS,
  INVOKE_METHODS,
  MENU_COMMAND_CHANNEL,
  isMenuCommand,
  type InvokeChannel,
  type MenuCommand,
  type StudioBridge,
} from '../common/contract';

/** Send one request on a contract channel and await main's answer. */
export type Invoke = (channel: InvokeChannel, request: unknown) => Promise<unknown>;
/** Listen on a main → renderer channel. */
export type Subscribe = (channel: typeof MENU_COMMAND_CHANNEL, listener: (payload: unknown) => void) => void;

/** Commands kept while nobody listens yet (e.g. a file from the command line before React mounts). */
export const MAX_BUFFERED_COMMANDS = 32;

/**
 * The bridge: one function per contract channel. Only the payload crosses over (never the
 * IPC event, whose `sender` would expose IPC), and malformed menu commands are dropped.
 * Commands that arrive before the first listener subscribes are buffered and delivered to it.
 */
export function createBridge(invoke: Invoke, subscribe: Subscribe): StudioBridge {
  const methods: Record<string, (request?: unknown) => Promise<unknown>> = {};
  for (const method of INVOKE_METHODS) {
    const channel = CHANNELS[method];
    methods[method] = (request?: unknown) => invoke(channel, request);
  }
  const listeners = new Set<(command: MenuCommand) => void>();
  let buffered: MenuCommand[] = [];
  subscribe(MENU_COMMAND_CHANNEL, (payload) => {
    if (!isMenuCommand(payload)) return;
    if (listeners.size === 0) {
      if (buffered.length < MAX_BUFFERED_COMMANDS) buffered.push(payload);
      return;
    }
    listeners.forEach((listener) => listener(payload));
  });
  const onMenuCommand = (listener: (command: MenuCommand) => void): (() => void) => {
    if (typeof listener !== 'function') throw new TypeError('onMenuCommand needs a function');
    listeners.add(listener);
    const queued = buffered;
    buffered = [];
    queued.forEach((command) => listener(command));
    return () => {
      listeners.delete(listener);
    };
  };
  return Object.freeze({ ...methods, onMenuCommand }) as unknown as StudioBridge;
}
