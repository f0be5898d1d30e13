import { describe, expect, it } from 'vitest';
import { interleavedSchedule } from './schedule';

describe('interleavedSchedule', () => {
  it('warms up, then interleaves styles and rotates the starting style each round', () => {
    const steps = interleavedSchedule(['q1'], ['a', 'b', 'c'], 2, 1);
    expect(steps.map((s) => `${s.style}${s.warmup ? 'w' : s.run}`)).toEqual([
      'aw', 'bw', 'cw',
      'b0', 'c0', 'a0',
      'c1', 'a1', 'b1',
    ]);
  });
  it('gives every style exactly `runs` counted runs per question', () => {
    const steps = interleavedSchedule(['q1', 'q2'], ['a', 'b', 'c', 'd', 'e'], 5, 1);
    expect(steps).toHaveLength(2 * 5 * 6);
    for (const q of ['q1', 'q2']) {
      for (const st of ['a', 'b', 'c', 'd', 'e']) {
        const runs = steps.filter((s) => s.question === q && s.style === st && !s.warmup).map((s) => s.run);
        expect(runs).toEqual([0, 1, 2, 3, 4]);
      }
    }
  });
  it('allows no warm-up', () => {
    expect(interleavedSchedule(['q'], ['a'], 3, 0).map((s) => s.run)).toEqual([0, 1, 2]);
  });
  it.each([[0], [1.5], [-1]])('rejects runs = %d', (runs) => {
    expect(() => interleavedSchedule(['q'], ['a'], runs)).toThrow(/runs/);
  });
});
