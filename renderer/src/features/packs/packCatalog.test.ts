/** The pack catalog with a learner's own style: added, kept at its last good definition when broken, removed. */
import { describe, expect, it } from 'vitest';
import { startOwnStyle } from '../../core/course/ownStyle';
import { catalogPacks, findPack, setOwnStyles } from './packCatalog';

describe('own styles in the pack catalog', () => {
  it('adds the style to the pack, keeps the last good pack while an edit is broken, and removes it', () => {
    const entry = catalogPacks().find((p) => p.pack?.id === 'deftunes')!;
    const mine = startOwnStyle(entry.files, 'my_star', 'star');
    setOwnStyles('deftunes', [mine]);
    expect(findPack('deftunes')!.styles.at(-1)).toBe('my_star');
    const good = findPack('deftunes');

    setOwnStyles('deftunes', [{ ...mine, files: { ...mine.files, 'styles/my_star/schema.yml': 'models:\n  - name: [dim\n' } }]);
    const broken = catalogPacks().find((p) => p.pack?.id === 'deftunes')!;
    expect(broken.ownStyleError).toMatch(/^styles\/my_star\/schema\.yml: .*line \d+/);
    expect(broken.pack).toBe(good);

    setOwnStyles('deftunes', []);
    expect(findPack('deftunes')!.styles).not.toContain('my_star');
  });
});
