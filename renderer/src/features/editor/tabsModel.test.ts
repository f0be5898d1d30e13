import { describe, expect, it } from 'vitest';
import { activateTab, addTab, closeTab, initialTabs, parseSavedTabs, renameTab, setTabText, type TabsState } from './tabsModel';

const three = (): TabsState => addTab(addTab(initialTabs()), { title: 'Orders', text: 'FROM orders' });

describe('tabs model', () => {
  it('starts with one tab', () => {
    const s = initialTabs();
    expect(s.tabs.map((t) => t.title)).toEqual(['Query 1']);
    expect(s.activeId).toBe('tab-1');
  });
  it('adds tabs named in sequence and activates them', () => {
    const s = three();
    expect(s.tabs.map((t) => [t.id, t.title, t.text])).toEqual([
      ['tab-1', 'Query 1', initialTabs().tabs[0]!.text],
      ['tab-2', 'Query 2', ''],
      ['tab-3', 'Orders', 'FROM orders'],
    ]);
    expect(s.activeId).toBe('tab-3');
    expect(s.nextNumber).toBe(4);
  });
  it.each([
    ['closing the active last tab activates its left neighbour', 'tab-3', 'tab-3', 'tab-2', ['tab-1', 'tab-2']],
    ['closing the active middle tab activates its right neighbour', 'tab-2', 'tab-2', 'tab-3', ['tab-1', 'tab-3']],
    ['closing another tab keeps the active one', 'tab-3', 'tab-1', 'tab-3', ['tab-2', 'tab-3']],
    ['closing an unknown tab changes nothing', 'tab-3', 'tab-9', 'tab-3', ['tab-1', 'tab-2', 'tab-3']],
  ])('%s', (_n, active, close, expectedActive, expectedIds) => {
    const s = closeTab(activateTab(three(), active), close);
    expect(s.activeId).toBe(expectedActive);
    expect(s.tabs.map((t) => t.id)).toEqual(expectedIds);
  });
  it('closing the only tab leaves one fresh empty tab', () => {
    const s = closeTab(initialTabs(), 'tab-1');
    expect(s.tabs).toEqual([{ id: 'tab-2', title: 'Query 2', text: '' }]);
    expect(s.activeId).toBe('tab-2');
  });
  it('renames, ignoring blank names', () => {
    expect(renameTab(initialTabs(), 'tab-1', '  Customers ').tabs[0]!.title).toBe('Customers');
    expect(renameTab(initialTabs(), 'tab-1', '   ').tabs[0]!.title).toBe('Query 1');
  });
  it('sets text and returns the same object when nothing changes', () => {
    const s = initialTabs();
    expect(setTabText(s, 'tab-1', 'SELECT 1').tabs[0]!.text).toBe('SELECT 1');
    expect(setTabText(s, 'tab-1', s.tabs[0]!.text)).toBe(s);
  });
});

describe('parseSavedTabs', () => {
  it('round-trips saved state', () => {
    const s = three();
    expect(parseSavedTabs(JSON.stringify(s))).toEqual(s);
  });
  it.each([
    ['nothing saved', null],
    ['not JSON', '{oops'],
    ['a future version', JSON.stringify({ ...initialTabs(), version: 2 })],
    ['no tabs', JSON.stringify({ ...initialTabs(), tabs: [] })],
  ])('falls back to the first-launch state for %s', (_n, saved) => {
    expect(parseSavedTabs(saved)).toEqual(initialTabs());
  });
  it('repairs an active id that names no tab', () => {
    const saved = { ...three(), activeId: 'tab-42' };
    expect(parseSavedTabs(JSON.stringify(saved)).activeId).toBe('tab-1');
  });
});
