import { describe, expect, it } from 'vitest';
import { loadPack } from '../../core/pack/loadPack';
import { bundledPacks, groupByPack } from './bundledPacks';

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

describe('bundledPacks', () => {
  it('are the packs loadPack makes of the bundled files: loading them when the app is built changes nothing', () => {
    const packs = bundledPacks();
    expect(packs.map((p) => p.folder)).toEqual(['deftunes', 'retail']);
    for (const entry of packs) {
      expect(entry.error).toBeNull();
      // Through JSON both ways, as the build ships it: a field JSON cannot carry would differ here.
      expect(JSON.parse(JSON.stringify(loadPack(entry.files)))).toStrictEqual(entry.pack);
    }
  });
});
