import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../common/contract';
import { buildMenuTemplate } from './menu';

function build(mac: boolean, dev = false) {
  const sent: MenuCommand[] = [];
  const template = buildMenuTemplate({ mac, appName: 'Modeling Studio', dev, send: (c) => sent.push(c) });
  const items: MenuItemConstructorOptions[] = [];
  const walk = (list: MenuItemConstructorOptions[]) =>
    list.forEach((item) => {
      items.push(item);
      if (Array.isArray(item.submenu)) walk(item.submenu);
    });
  walk(template);
  const byId = (id: string) => {
    const found = items.find((item) => item.id === id);
    if (!found) throw new Error(`no menu item ${id}`);
    return found;
  };
  const click = (id: string) => (byId(id).click as () => void)();
  return { template, items, byId, click, sent };
}

describe('application menu', () => {
  it('has File, Edit, Query, View, Help (plus the app and Window menus on macOS)', () => {
    expect(build(false).template.map((m) => m.label ?? m.role)).toEqual(['&File', '&Edit', '&Query', '&View', 'help']);
    expect(build(true).template.map((m) => m.label ?? m.role)).toEqual(['Modeling Studio', '&File', '&Edit', '&Query', '&View', 'windowMenu', 'help']);
  });

  it.each([
    ['run', 'CmdOrCtrl+Enter'],
    ['runAll', 'Shift+CmdOrCtrl+Enter'],
    ['newTab', 'CmdOrCtrl+T'],
    ['openFile', 'CmdOrCtrl+O'],
    ['saveWorkspace', 'CmdOrCtrl+S'],
    ['exportResults', 'CmdOrCtrl+E'],
    ['togglePresentation', 'F5'],
    ['togglePresentation:CmdOrCtrl+Shift+P', 'CmdOrCtrl+Shift+P'],
    ['zoomIn', 'CmdOrCtrl+='],
    ['zoomIn:CmdOrCtrl+Plus', 'CmdOrCtrl+Plus'],
    ['zoomOut', 'CmdOrCtrl+-'],
    ['zoomReset', 'CmdOrCtrl+0'],
    ['showView:editor', 'CmdOrCtrl+1'],
    ['showView:data', 'CmdOrCtrl+7'],
  ])('%s has accelerator %s', (id, accelerator) => {
    expect(build(false).byId(id).accelerator).toBe(accelerator);
  });

  it('shows Esc for Cancel without registering it (the renderer owns Esc); none on macOS', () => {
    expect(build(false).byId('cancel')).toMatchObject({ accelerator: 'Esc', registerAccelerator: false });
    expect(build(true).byId('cancel').accelerator).toBeUndefined();
  });

  it('has no two visible items with the same accelerator', () => {
    const accelerators = build(false).items.filter((i) => i.accelerator).map((i) => i.accelerator);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('sends the matching command on click', () => {
    const menu = build(false);
    ['run', 'runAll', 'cancel', 'newTab', 'zoomReset', 'togglePresentation:CmdOrCtrl+Shift+P', 'showView:compare', 'help:lessons'].forEach(menu.click);
    expect(menu.sent).toEqual([
      { type: 'run' },
      { type: 'runAll' },
      { type: 'cancel' },
      { type: 'newTab' },
      { type: 'zoomReset' },
      { type: 'togglePresentation' },
      { type: 'showView', view: 'compare' },
      { type: 'showView', view: 'lessons' },
    ]);
  });

  it('keeps aliases hidden and developer tools for unpackaged runs only', () => {
    expect(build(false).byId('zoomIn:CmdOrCtrl+Plus')).toMatchObject({ visible: false, acceleratorWorksWhenHidden: true });
    expect(build(false).items.some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(build(false, true).items.some((i) => i.role === 'toggleDevTools')).toBe(true);
  });

  it('uses edit roles so copy and paste work everywhere', () => {
    const roles = build(true).items.map((i) => i.role).filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit', 'close']));
  });
});
