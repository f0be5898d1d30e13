import { describe, expect, it } from 'vitest';
import { formatDate, formatInterval, formatTimeOfDay, formatTimestamp, formatTimestampMicros, toMicros } from './temporal';

describe('formatDate', () => {
  it.each([
    [0, '1970-01-01'], [-1, '1969-12-31'], [19782, '2024-02-29'], [11016, '2000-02-29'],
    [2932896, '9999-12-31'], [-719162, '0001-01-01'], [-719163, '0001-12-31 (BC)'],
  ])('%i days is %s', (days, text) => {
    expect(formatDate(days)).toBe(text);
  });
});

describe('formatTimestampMicros', () => {
  it.each([
    [0n, false, '1970-01-01 00:00:00'],
    [1704164645123456n, false, '2024-01-02 03:04:05.123456'],
    [1704164645120000n, false, '2024-01-02 03:04:05.12'],
    [-1n, false, '1969-12-31 23:59:59.999999'],
    [1704067200000000n, true, '2024-01-01 00:00:00+00'],
  ])('%s µs (zone %s) is %s', (micros, zone, text) => {
    expect(formatTimestampMicros(micros, zone)).toBe(text);
  });
});

describe('formatTimeOfDay and toMicros', () => {
  it.each([
    [0n, '00:00:00'], [3723500000n, '01:02:03.5'], [86399999999n, '23:59:59.999999'],
  ])('%s µs is %s', (micros, text) => {
    expect(formatTimeOfDay(micros)).toBe(text);
  });
  it('converts every Arrow time unit to microseconds, rounding nanoseconds down', () => {
    expect([toMicros(2n, 0), toMicros(2n, 1), toMicros(2n, 2), toMicros(2999n, 3), toMicros(-1n, 3)]).toEqual([2000000n, 2000n, 2n, 2n, -1n]);
  });
});

describe('formatInterval', () => {
  it.each([
    [0, 0, 0n, '00:00:00'],
    [14, 3, 14706500000000n, '1 year 2 months 3 days 04:05:06.5'],
    [1, 1, 0n, '1 month 1 day'],
    [24, 0, 0n, '2 years'],
    [0, -2, 0n, '-2 days'],
    [0, 0, -1500000000n, '-00:00:01.5'],
  ])('%i months %i days %s ns is %s', (months, days, nanos, text) => {
    expect(formatInterval(months, days, nanos)).toBe(text);
  });
});

describe('formatTimestamp', () => {
  it.each([
    [1704164645n, 0, false, '2024-01-02 03:04:05'],
    [1704164645678n, 1, false, '2024-01-02 03:04:05.678'],
    [1704164645123456789n, 3, false, '2024-01-02 03:04:05.123456789'],
    [1704164645100000000n, 3, false, '2024-01-02 03:04:05.1'],
    [1704164645000000001n, 3, true, '2024-01-02 03:04:05.000000001+00'],
  ])('%s in unit %i (zone %s) is %s', (value, unit, zone, text) => {
    expect(formatTimestamp(value, unit, zone)).toBe(text);
  });
});
