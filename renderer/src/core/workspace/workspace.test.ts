import { describe, expect, it } from 'vitest';
import { emptyProgress, recordAttempt } from '../lessons/progress';
import { addHistory, deleteQuery, emptyWorkspace, mergeOwnStyles, parseLegacyOwnStyles, readWorkspace, saveQuery, searchHistory, type HistoryEntry } from './workspace';

const mine = { id: 'my_star', from: 'star', files: { 'styles/my_star/schema.yml': 'models: []\n' } };
const entry = (sql: string, rows = 1): HistoryEntry => ({ sql, at: '2026-11-23T10:00:00.000Z', rows, ms: 3 });

describe('readWorkspace', () => {
  it('accepts the current version unchanged', () => {
    const ws = { ...emptyWorkspace(), history: [entry('SELECT 1')], presentation: true };
    expect(readWorkspace(ws)).toEqual({ ok: true, workspace: ws });
  });

  it('migrates version 1 (the old editor tabs) keeping every tab', () => {
    const v1 = { version: 1, tabs: [{ id: 'tab-3', title: 'Mine', text: 'SELECT 7' }], activeId: 'tab-3', nextNumber: 4 };
    const result = readWorkspace(v1);
    expect(result).toEqual({
      ok: true,
      migratedFrom: 1,
      workspace: {
        ...emptyWorkspace(),
        editor: { tabs: [{ id: 'tab-3', title: 'Mine', text: 'SELECT 7' }], activeId: 'tab-3', nextNumber: 4 },
      },
    });
  });

  it('migrates version 2 keeping everything, with no own styles yet', () => {
    const { ownStyles: _none, progress: _nothing, ...rest } = { ...emptyWorkspace(), presentation: true, history: [entry('SELECT 2')] };
    const v2 = { ...rest, version: 2 };
    expect(readWorkspace(v2)).toEqual({ ok: true, migratedFrom: 2, workspace: { ...rest, ownStyles: {}, progress: emptyProgress() } });
  });

  it('migrates version 3 keeping everything, with no lesson progress yet', () => {
    const { progress: _none, ...rest } = { ...emptyWorkspace(), ownStyles: { retail: [mine] }, savedQueries: [{ id: 'q', name: 'Q', sql: 'SELECT 3', savedAt: '2026-11-23T10:00:00.000Z' }] };
    expect(readWorkspace({ ...rest, version: 3 })).toEqual({ ok: true, migratedFrom: 3, workspace: { ...rest, progress: emptyProgress() } });
  });

  it('keeps lesson progress in the current version', () => {
    const ws = { ...emptyWorkspace(), progress: recordAttempt(emptyProgress(), '03-star', 'ex1', { sql: 'SELECT 1', passed: true, feedback: ['Right'], at: '2026-11-23T10:00:00.000Z' }) };
    expect(readWorkspace(ws)).toEqual({ ok: true, workspace: ws });
  });

  it('keeps own styles of every pack in the current version', () => {
    const ws = { ...emptyWorkspace(), ownStyles: { retail: [mine], deftunes: [] } };
    expect(readWorkspace(ws)).toEqual({ ok: true, workspace: ws });
  });

  it.each([
    [{ version: 5 }, 'newer', 'it was written by a newer Modeling Studio (workspace data version 5)'],
    [{ ...emptyWorkspace(), progress: { version: 1, lessons: { x: { visited: 'yes', exercises: {} } } } }, 'invalid', 'progress.lessons.x.visited: Expected boolean, received string'],
    [{ ...emptyWorkspace(), ownStyles: { retail: [{ id: 'My Star', from: null, files: {} }] } }, 'invalid', 'ownStyles.retail.0.id: Invalid'],
    [{ ...emptyWorkspace(), ownStyles: undefined }, 'invalid', 'ownStyles: Required'],
    [{ version: 1, tabs: [], activeId: 'x', nextNumber: 1 }, 'invalid', 'tabs: Array must contain at least 1 element(s)'],
    [{ ...emptyWorkspace(), presentation: 'yes' }, 'invalid', 'presentation: Expected boolean, received string'],
    [{ ...emptyWorkspace(), history: [{ sql: 'x' }] }, 'invalid', 'history.0.at: Required'],
    [null, 'invalid', 'workspace: Expected object, received null'],
  ])('refuses %j (%s)', (raw, reason, message) => {
    expect(readWorkspace(raw)).toEqual({ ok: false, reason, message });
  });
});

describe('history', () => {
  it('adds newest first and caps the length', () => {
    const history = [entry('b'), entry('a')];
    expect(addHistory(history, entry('c'), 2).map((e) => e.sql)).toEqual(['c', 'b']);
    expect(addHistory([], entry('x')).map((e) => e.sql)).toEqual(['x']);
  });

  it.each([
    ['', ['SELECT * FROM orders', 'select count(*) from customers', 'SELECT 1']],
    ['orders', ['SELECT * FROM orders']],
    ['SELECT from', ['SELECT * FROM orders', 'select count(*) from customers']],
    ['COUNT customers', ['select count(*) from customers']],
    ['nothing', []],
  ])('search %j', (query, expected) => {
    const history = [entry('SELECT * FROM orders'), entry('select count(*) from customers'), entry('SELECT 1')];
    expect(searchHistory(history, query).map((e) => e.sql)).toEqual(expected);
  });
});

describe('saved queries', () => {
  const now = new Date('2026-11-23T12:00:00.000Z');

  it('saves, replaces by name, ignores a blank name, deletes', () => {
    const one = saveQuery([], ' Top customers ', 'SELECT 1', now);
    expect(one).toEqual([{ id: `q-${now.getTime().toString(36)}-0`, name: 'Top customers', sql: 'SELECT 1', savedAt: now.toISOString() }]);
    const two = saveQuery(one, 'Other', 'SELECT 2', now);
    expect(two.map((q) => q.name)).toEqual(['Other', 'Top customers']);
    const replaced = saveQuery(two, 'Top customers', 'SELECT 3', now);
    expect(replaced.map((q) => [q.name, q.sql])).toEqual([['Top customers', 'SELECT 3'], ['Other', 'SELECT 2']]);
    expect(replaced[0]!.id).toBe(one[0]!.id);
    expect(saveQuery(two, '   ', 'SELECT 9', now)).toEqual(two);
    expect(deleteQuery(replaced, one[0]!.id).map((q) => q.name)).toEqual(['Other']);
  });
});

describe('own styles from browser storage', () => {
  const other = { id: 'flat', from: null, files: { 'styles/flat/my_table.sql': 'SELECT 1\n' } };

  it('keeps the valid packs of the old stored value and drops the rest', () => {
    expect(parseLegacyOwnStyles({ retail: [mine], deftunes: [{ id: 7 }], empty: [] })).toEqual({ retail: [mine] });
    expect(parseLegacyOwnStyles(null)).toEqual({});
    expect(parseLegacyOwnStyles([mine])).toEqual({});
  });

  it('adds styles the workspace lacks; the workspace keeps its own version of the same id', () => {
    const edited = { ...mine, files: { 'styles/my_star/schema.yml': 'models: [edited]\n' } };
    expect(mergeOwnStyles({ retail: [edited] }, { retail: [mine, other], deftunes: [mine] })).toEqual({
      retail: [edited, other],
      deftunes: [mine],
    });
    expect(mergeOwnStyles({ retail: [mine] }, {})).toEqual({ retail: [mine] });
  });
});
