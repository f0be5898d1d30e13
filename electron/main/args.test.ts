import { describe, expect, it } from 'vitest';
import { FileAnnouncer, filesFromArgv } from './args';

const existing = new Set(['/home/me/orders.csv', '/home/me/shop.duckdb', '/data/setup.sql', '/home/me/notes.txt']);
const isFile = (f: string) => existing.has(f);

describe('filesFromArgv', () => {
  it.each([
    ['packaged, a relative CSV', true, ['/opt/studio/modeling-studio', 'orders.csv'], ['/home/me/orders.csv']],
    ['dev run skips the app path', false, ['/x/electron', '.', 'shop.duckdb', '/data/setup.sql'], ['/home/me/shop.duckdb', '/data/setup.sql']],
    ['switches are ignored', true, ['/opt/s', '--no-sandbox', '-psn_0_123', '--inspect=9229', 'orders.csv'], ['/home/me/orders.csv']],
    ['unsupported kinds and missing files are ignored', true, ['/opt/s', 'notes.txt', 'missing.csv'], []],
    ['duplicates once', true, ['/opt/s', 'orders.csv', '/home/me/orders.csv'], ['/home/me/orders.csv']],
    ['nothing', false, ['/x/electron', '.'], []],
  ])('%s', (_name, packaged, argv, expected) => {
    expect(filesFromArgv(argv, { packaged, cwd: '/home/me', isFile })).toEqual(expected);
  });
});

describe('FileAnnouncer', () => {
  it('queues until attached, then delivers at once; remembers what it announced', () => {
    const files = new FileAnnouncer();
    const got: string[] = [];
    files.announce('/a.csv');
    files.announce('/b.sql');
    expect(got).toEqual([]);
    files.attach((f) => got.push(f));
    files.announce('/c.json');
    files.detach();
    files.announce('/d.csv');
    expect(got).toEqual(['/a.csv', '/b.sql', '/c.json']);
    files.attach((f) => got.push(f));
    expect(got).toEqual(['/a.csv', '/b.sql', '/c.json', '/d.csv']);
    expect(files.isAnnounced('/b.sql')).toBe(true);
    expect(files.isAnnounced('/etc/passwd')).toBe(false);
  });
});
