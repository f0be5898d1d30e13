import { describe, expect, it } from 'vitest';
import { quoteIdent, spellIdent, sqlString } from './quote';

describe('quoteIdent / sqlString', () => {
  it.each([['orders', '"orders"'], ['we"ird', '"we""ird"'], ['', '""']])('quoteIdent(%s) → %s', (name, expected) => {
    expect(quoteIdent(name)).toBe(expected);
  });
  it.each([["O'Brien", "'O''Brien'"], ["''", "''''''"], ['a"b', `'a"b'`], ['', "''"]])('sqlString(%s) → %s', (text, expected) => {
    expect(sqlString(text)).toBe(expected);
  });
});

describe('spellIdent', () => {
  it.each([['orders', 'orders'], ['order_id2', 'order_id2'], ['Full Name', '"Full Name"'], ['Orders', '"Orders"'], ['a"b', '"a""b"'], ['1x', '"1x"']])('%s → %s', (name, expected) => {
    expect(spellIdent(name)).toBe(expected);
  });
});
