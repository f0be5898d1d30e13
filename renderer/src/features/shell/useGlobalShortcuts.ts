/** Wires the studio's keyboard shortcuts (shortcuts.ts) to the command registry. */
import { useEffect } from 'react';
import { runCommand, commandForKey, isMacPlatform } from '../studio';

/**
 * Listen on the window. Chords Monaco binds itself (run, format) stop propagating there, so
 * nothing runs twice. Esc is caught in the capture phase, before Monaco can swallow it, and is
 * left to do its usual work too (close a suggestion list): cancelling is a no-op when nothing runs.
 */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    const mac = isMacPlatform(navigator.platform);
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const command = commandForKey(event, mac);
      if (command && command !== 'query.cancel' && runCommand(command)) event.preventDefault();
    };
    const onEscape = (event: KeyboardEvent) => {
      if (!event.isComposing && commandForKey(event, mac) === 'query.cancel') runCommand('query.cancel');
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keydown', onEscape, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keydown', onEscape, true);
    };
  }, []);
}
