/**
 * A file on its way to the Data view: dropped on the window or announced by the desktop shell
 * (double-click, command line, File › Open). The shell puts it here and shows the Data view; the
 * Data view takes it when mounted, so a file dropped before the view was ever shown is not lost.
 */

/** A browser File, or a name and bytes read by the desktop shell. */
export type HandedFile = File | { name: string; bytes: Uint8Array };

let pending: HandedFile | null = null;
const listeners = new Set<() => void>();

/** Leave a file for the Data view. */
export function handOffFile(file: HandedFile): void {
  pending = file;
  for (const listener of listeners) listener();
}

/** Take the waiting file, if any (it is then gone). */
export function takeHandedFile(): HandedFile | null {
  const file = pending;
  pending = null;
  return file;
}

/** Be told when a file is handed off. */
export function subscribeHandoff(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
