import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nextBlockIndex } from './useLessonStepper';
import { editorFontSize, rootFontSize } from '../studio';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The presentation theme's variables, read from App.css itself. */
function presentationTheme(): Record<string, string> {
  const css = readFileSync(new URL('../../App.css', import.meta.url), 'utf8');
  const block = /:root\[data-presentation\] \{([^}]*)\}/.exec(css)?.[1] ?? '';
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}

describe('presentation theme', () => {
  const theme = presentationTheme();
  it('defines the colours the views use', () => {
    expect(Object.keys(theme).sort()).toEqual(
      ['accent', 'accent-soft', 'accent-strong', 'bg', 'border', 'error', 'error-soft', 'hover', 'null', 'ok', 'panel', 'text', 'text-muted', 'warn'].sort(),
    );
  });
  it.each([
    ['text', 'bg'], ['text', 'panel'], ['text', 'hover'], ['text', 'accent-soft'], ['text', 'error-soft'],
    ['text-muted', 'bg'], ['text-muted', 'panel'], ['accent', 'bg'], ['accent', 'panel'], ['error', 'bg'],
    ['error', 'error-soft'], ['ok', 'bg'], ['warn', 'bg'], ['null', 'bg'],
  ])('%s on %s has contrast of at least 7:1', (fg, bg) => {
    expect(contrast(theme[fg]!, theme[bg]!)).toBeGreaterThanOrEqual(7);
  });
  it('white button text on the accent has at least 7:1', () => {
    expect(contrast('#ffffff', theme.accent!)).toBeGreaterThanOrEqual(7);
  });
});

describe('sizes', () => {
  it.each([
    [false, 1, 16, 16],
    [true, 1, 20, 22],
    [true, 1.25, 25, 28],
    [false, 0.8, 12.8, 13],
  ])('presentation %s, zoom %s → root %spx, editor %spx', (presentation, zoom, root, editor) => {
    expect(rootFontSize(presentation, zoom)).toBe(root);
    expect(editorFontSize(presentation, zoom)).toBe(editor);
  });
});

describe('nextBlockIndex', () => {
  it.each([
    [-1, 5, 1, 0],
    [-1, 5, -1, 4],
    [0, 5, 1, 1],
    [4, 5, 1, 4],
    [0, 5, -1, 0],
    [-1, 0, 1, -1],
  ] as const)('from %i of %i going %i → %i', (current, count, direction, expected) => {
    expect(nextBlockIndex(current, count, direction)).toBe(expected);
  });
});
