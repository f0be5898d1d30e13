import { describe, expect, it } from 'vitest';
import { styleColor, styleLabel } from './styleInfo';

describe('styleInfo', () => {
  it.each([
    ['star', 'Star schema'],
    ['nf3', 'Third normal form (3NF)'],
    ['my_star', 'my_star'],
  ])('labels %s as %s', (id, label) => {
    expect(styleLabel(id)).toBe(label);
  });

  it('gives reference styles their colour and others a stable spare one', () => {
    expect(styleColor('vault')).toBe('#a8437f');
    expect(styleColor('my_star')).toBe(styleColor('my_star'));
    expect(styleColor('my_star')).toMatch(/^#[0-9a-f]{6}$/);
  });
});
