import { describe, expect, it } from 'vitest';
import { WORKSPACE_KEY, backupKey, listStoredBackups, loadFromStorage, loadStoredBackup, saveToStorage, setAsideKey, type KeyValueStorage } from './browserWorkspace';

const at = new Date('2026-11-23T13:30:00.000Z');

/** A Storage with localStorage's semantics, optionally full. */
class MemoryStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  constructor(private readonly quota = Infinity) {}
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    const used = [...this.items].reduce((n, [k, v]) => n + (k === key ? 0 : v.length), 0);
    if (used + value.length > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

describe('browser workspace storage', () => {
  it('reports missing, saves, and loads back', () => {
    const storage = new MemoryStorage();
    expect(loadFromStorage({ storage })).toEqual({ status: 'missing' });
    expect(saveToStorage({ tabs: ['SELECT 1'] }, { storage, now: () => at })).toEqual({ status: 'saved', savedAt: at.toISOString(), location: 'this browser' });
    expect(loadFromStorage({ storage })).toEqual({ status: 'loaded', data: { tabs: ['SELECT 1'] }, savedAt: at.toISOString(), location: 'this browser' });
  });

  it.each([
    ['corrupt', '{"version":1,"savedAt":', /could not be opened: it is not valid JSON\. It was kept .*corrupt-2026-11-23T13-30-00-000Z/],
    ['newer', '{"version":9,"savedAt":"2026-11-23T13:30:00.000Z","data":{}}', /newer Modeling Studio .* kept .*newer-2026-11-23T13-30-00-000Z/],
  ] as const)('sets a %s workspace aside under its own key and says so', (reason, text, message) => {
    const storage = new MemoryStorage();
    storage.setItem(WORKSPACE_KEY, text);
    const result = loadFromStorage({ storage, now: () => at });
    expect(result.status).toBe('setAside');
    expect(result.status === 'setAside' && result.message).toMatch(message);
    expect(storage.getItem(WORKSPACE_KEY)).toBeNull();
    expect(storage.getItem(setAsideKey(WORKSPACE_KEY, reason, at))).toBe(text);
  });

  it('reports a full storage instead of losing the save silently, keeping the previous workspace', () => {
    const storage = new MemoryStorage(200);
    expect(saveToStorage({ a: 1 }, { storage, now: () => at }).status).toBe('saved');
    const result = saveToStorage({ big: 'x'.repeat(500) }, { storage, now: () => at });
    expect(result).toMatchObject({ status: 'error', message: /storage full or disabled/ });
    expect(loadFromStorage({ storage })).toMatchObject({ status: 'loaded', data: { a: 1 } });
  });

  it('reports storage that throws on read', () => {
    const storage: KeyValueStorage = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    expect(loadFromStorage({ storage })).toMatchObject({ status: 'error', message: /refused access to its storage: denied/ });
  });
});

describe('browser workspace backups', () => {
  const minutes = (n: number) => new Date(at.getTime() + n * 60_000);

  it('keeps the replaced version at most every ten minutes, five at most, and restores any of them', () => {
    const storage = new MemoryStorage();
    for (let i = 0; i <= 80; i++) saveToStorage({ n: i }, { storage, now: () => minutes(i) });
    const backups = listStoredBackups({ storage });
    expect(backups.map((b) => b.index)).toEqual([1, 2, 3, 4, 5]);
    const kept = backups.map((b) => loadStoredBackup(b.index, { storage }));
    expect(kept.map((r) => (r.status === 'loaded' ? r.data.n : null))).toEqual([72, 63, 54, 45, 36]);
    expect(loadFromStorage({ storage })).toMatchObject({ status: 'loaded', data: { n: 80 } });
    expect(storage.items.has(backupKey(WORKSPACE_KEY, 6))).toBe(false);
  });

  it('still saves when the backup does not fit, and reports a missing backup clearly', () => {
    const storage = new MemoryStorage(120);
    expect(saveToStorage({ a: 1 }, { storage, now: () => at })).toMatchObject({ status: 'saved' });
    expect(saveToStorage({ a: 2 }, { storage, now: () => minutes(20) })).toMatchObject({ status: 'saved' });
    expect(loadFromStorage({ storage })).toMatchObject({ status: 'loaded', data: { a: 2 } });
    expect(loadStoredBackup(3, { storage })).toEqual({ status: 'error', message: 'There is no backup 3.' });
  });
});
