/**
 * The one road by which the studio hands a file to the user. Components may not import
 * `platform` (they stay presentational), so the host's `saveFile` reaches them through this
 * context: the entry point provides `platform.saveFile` (a native save dialog in the desktop app,
 * a download in the browser), and every export button asks `useSaveFile()` for it.
 */
import { createContext, useContext } from 'react';

/** What became of a save; the same shape as the platform's answer. */
export type SaveOutcome = { status: 'saved'; location: string } | { status: 'cancelled' } | { status: 'error'; message: string };

/** Save `data` as a file named `name` of type `mime`. */
export type SaveFile = (name: string, data: Uint8Array | string | Blob, mime: string) => Promise<SaveOutcome>;

// Without a provider nothing can be saved; saying so beats a silent button.
const unavailable: SaveFile = async () => ({ status: 'error', message: 'This window cannot save files.' });

/** Provided once at the root with the platform's `saveFile`. */
export const SaveFileContext = createContext<SaveFile>(unavailable);

/** The host's save function. */
export function useSaveFile(): SaveFile {
  return useContext(SaveFileContext);
}
