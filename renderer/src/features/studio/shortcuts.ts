/**
 * The studio's global keyboard shortcuts, as pure data and a pure matcher, so the mapping from
 * key events to commands is tested without a browser.
 */

/** Commands the shell dispatches from the keyboard; views register handlers for them. */
export type CommandId =
  | 'editor.runStatement'
  | 'editor.runAll'
  | 'query.cancel'
  | 'editor.newTab'
  | 'editor.format'
  | 'results.exportCsv'
  | 'view.togglePresentation';

/** The parts of a KeyboardEvent the matcher reads. */
export interface KeyChord {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * The command for a key chord, or null. `mac` makes Cmd the primary modifier (Ctrl elsewhere),
 * as users of each platform expect.
 */
export function commandForKey(chord: KeyChord, mac: boolean): CommandId | null {
  const primary = mac ? chord.metaKey : chord.ctrlKey;
  const other = mac ? chord.ctrlKey : chord.metaKey;
  const key = chord.key.length === 1 ? chord.key.toLowerCase() : chord.key;
  if (key === 'Escape' && !primary && !other && !chord.altKey && !chord.shiftKey) return 'query.cancel';
  if (key === 'F5' && !primary && !other && !chord.altKey && !chord.shiftKey) return 'view.togglePresentation';
  if (other) return null;
  if (primary && !chord.altKey && key === 'Enter') return chord.shiftKey ? 'editor.runAll' : 'editor.runStatement';
  if (primary && !chord.altKey && !chord.shiftKey && key === 't') return 'editor.newTab';
  if (!primary && chord.altKey && chord.shiftKey && (key === 'f' || chord.key === 'Ï')) return 'editor.format';
  return null;
}

/** Whether the platform uses Cmd as its primary modifier. */
export function isMacPlatform(platform: string): boolean {
  return /mac|iphone|ipad/i.test(platform);
}
