import { describe, expect, it } from 'vitest';
import { groupByPack } from './bundledPacks';

describe('groupByPack', () => {
  it('groups glob keys by pack folder, paths relative to it', () => {
    expect(groupByPack({
      '../../../../sample-data/retail/pack.yml': 'a',
      '../../../../sample-data/retail/styles/star/dim_date.sql': 'b',
      '../../../../sample-data/deftunes/pack.yml': 'c',
      '../../elsewhere/x.yml': 'ignored',
    })).toEqual({ retail: { 'pack.yml': 'a', 'styles/star/dim_date.sql': 'b' }, deftunes: { 'pack.yml': 'c' } });
  });
});
