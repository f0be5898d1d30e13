import { describe, expect, it } from 'vitest';
import { CHANNELS, INVOKE_METHODS, MENU_COMMAND_CHANNEL, type MenuCommand } from '../common/contract';
import { MAX_BUFFERED_COMMANDS, createBridge } from './bridge';

function setup() {
  const calls: [string, unknown][] = [];
  let emit: (payload: unknown) => void = () => undefined;
  const subscribed: string[] = [];
  const bridge = createBridge(
    async (channel, request) => {
      calls.push([channel, request]);
      return { echoed: channel };
    },
    (channel, listener) => {
      subscribed.push(channel);
      emit = listener;
    },
  );
  return { bridge, calls, emit: (p: unknown) => emit(p), subscribed };
}

describe('preload bridge', () => {
  it('has exactly one function per channel plus onMenuCommand, and is frozen', () => {
    const { bridge } = setup();
    expect(Object.keys(bridge).sort()).toEqual([...INVOKE_METHODS, 'onMenuCommand'].sort());
    expect(Object.values(bridge).every((v) => typeof v === 'function')).toBe(true);
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('sends each method on its own channel with the request as given', async () => {
    const { bridge, calls } = setup();
    await bridge.loadWorkspace({ target: { kind: 'default' } });
    await bridge.appInfo();
    await bridge.saveFile({ suggestedName: 'a.csv', kind: 'csv', data: 'x' });
    expect(calls).toEqual([
      [CHANNELS.loadWorkspace, { target: { kind: 'default' } }],
      [CHANNELS.appInfo, undefined],
      [CHANNELS.saveFile, { suggestedName: 'a.csv', kind: 'csv', data: 'x' }],
    ]);
  });

  it('delivers valid menu commands, drops malformed ones, and unsubscribes', () => {
    const { bridge, emit, subscribed } = setup();
    expect(subscribed).toEqual([MENU_COMMAND_CHANNEL]);
    const got: MenuCommand[] = [];
    const off = bridge.onMenuCommand((c) => got.push(c));
    emit({ type: 'run' });
    emit({ type: 'rm -rf' });
    emit({ type: 'showView', view: 'plan' });
    off();
    emit({ type: 'runAll' });
    expect(got).toEqual([{ type: 'run' }, { type: 'showView', view: 'plan' }]);
  });

  it('buffers commands sent before anyone listens (bounded) and gives them to the first listener', () => {
    const { bridge, emit } = setup();
    emit({ type: 'openFilePath', path: '/d/a.csv', name: 'a.csv' });
    for (let i = 0; i < MAX_BUFFERED_COMMANDS + 5; i++) emit({ type: 'zoomIn' });
    const first: MenuCommand[] = [];
    bridge.onMenuCommand((c) => first.push(c));
    const second: MenuCommand[] = [];
    bridge.onMenuCommand((c) => second.push(c));
    expect(first).toHaveLength(MAX_BUFFERED_COMMANDS);
    expect(first[0]).toEqual({ type: 'openFilePath', path: '/d/a.csv', name: 'a.csv' });
    expect(second).toEqual([]);
  });
});
