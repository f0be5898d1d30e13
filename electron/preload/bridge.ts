/**
 * Builds the `window.studio` object from two narrow capabilities (invoke a named channel,
 * subscribe to menu commands), so the preload never hands the renderer `ipcRenderer` itself and
 * the shape of the bridge is tested in Node.
 */
import {
  CHANNELS,
  INVOKE_METHODS,
  MENU_COMMAND_CHANNEL,
  type InvokeChannel,
  type MenuCommand,
  type StudioBridge,
  isMenuCommand,
} from '../common/contract';

/** Send one request on a contract channel and await main's answer. */
export type Invoke = (channel: InvokeChannel, request: unknown) => Promise<unknown>;
/** Listen on a main → renderer channel; returns the function that stops listening. */
export type Subscribe = (channel: typeof MENU_COMMAND_CHANNEL, listener: (payload: unknown) => void) => () => void;

/**
 * The bridge: one function per contract channel. Only the payload crosses over (never the
 * IPC event, whose `sender` would expose IPC), and malformed menu commands are dropped.
 */
export function createBridge(invoke: Invoke, subscribe: Subscribe): StudioBridge {
  const methods: Record<string, (request?: unknown) => Promise<unknown>> = {};
  for (const method of INVOKE_METHODS) {
    const channel = CHANNELS[method];
    methods[method] = (request?: unknown) => invoke(channel, request);
  }
  const onMenuCommand = (listener: (command: MenuCommand) => void): (() => void) => {
    if (typeof listener !== 'function') throw new TypeError('onMenuCommand needs a function');
    return subscribe(MENU_COMMAND_CHANNEL, (payload) => {
      if (isMenuCommand(payload)) listener(payload);
    });
  };
  return Object.freeze({ ...methods, onMenuCommand }) as unknown as StudioBridge;
}
