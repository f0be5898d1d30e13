/** Wires the studio's keyboard shortcuts (shortcuts.ts) to the command registry. */
import { useEffect } from 'react';
import { runCommand } from './commands';
import { commandForKey, isMacPlatform } from './shortcuts';

/**
 * Listen on the window. Keys Monaco handles itself (it binds the same chords to the same
 * commands) stop propagating there, so nothing runs twice.
 */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    const mac = isMacPlatform(navigator.platform);
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const command = commandForKey(event, mac);
      if (command && runCommand(command)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
