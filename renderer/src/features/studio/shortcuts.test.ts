import { describe, expect, it } from 'vitest';
import { commandForKey, isMacPlatform, type KeyChord } from './shortcuts';

const chord = (key: string, mods: Partial<Omit<KeyChord, 'key'>> = {}): KeyChord => ({
  key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods,
});

describe('commandForKey', () => {
  const cases: Array<[string, KeyChord, boolean, string | null]> = [
    ['Ctrl+Enter runs the statement', chord('Enter', { ctrlKey: true }), false, 'editor.runStatement'],
    ['Shift+Ctrl+Enter runs all', chord('Enter', { ctrlKey: true, shiftKey: true }), false, 'editor.runAll'],
    ['Cmd+Enter on a Mac', chord('Enter', { metaKey: true }), true, 'editor.runStatement'],
    ['Ctrl+Enter on a Mac is not the shortcut', chord('Enter', { ctrlKey: true }), true, null],
    ['Meta+Enter elsewhere is not the shortcut', chord('Enter', { metaKey: true }), false, null],
    ['Esc cancels', chord('Escape'), false, 'query.cancel'],
    ['Shift+Esc does nothing', chord('Escape', { shiftKey: true }), false, null],
    ['Ctrl+T opens a tab', chord('t', { ctrlKey: true }), false, 'editor.newTab'],
    ['Ctrl+T with caps lock', chord('T', { ctrlKey: true }), false, 'editor.newTab'],
    ['Ctrl+Shift+T is left to the browser', chord('T', { ctrlKey: true, shiftKey: true }), false, null],
    ['Shift+Alt+F formats', chord('F', { shiftKey: true, altKey: true }), false, 'editor.format'],
    ['plain Enter does nothing', chord('Enter'), false, null],
    ['F5 toggles presentation mode', chord('F5'), false, 'view.togglePresentation'],
    ['Ctrl+F5 is left to the browser', chord('F5', { ctrlKey: true }), false, null],
    ['plain t does nothing', chord('t'), false, null],
  ];
  it.each(cases)('%s', (_name, input, mac, expected) => {
    expect(commandForKey(input, mac)).toBe(expected);
  });
});

describe('isMacPlatform', () => {
  it.each([['MacIntel', true], ['Linux x86_64', false], ['Win32', false], ['iPhone', true]] as const)('%s', (p, expected) => {
    expect(isMacPlatform(p)).toBe(expected);
  });
});
