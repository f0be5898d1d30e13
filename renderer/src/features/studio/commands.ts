/**
 * A tiny command registry: the shell turns keys into command ids, the view that owns a command
 * registers its handler while mounted. Keeps the shell ignorant of the editor's internals.
 */
import type { CommandId } from './shortcuts';

type Handler = () => void;
const handlers = new Map<CommandId, Handler>();

/** Register the handler for a command; returns the function that unregisters it. */
export function registerCommand(id: CommandId, handler: Handler): () => void {
  handlers.set(id, handler);
  return () => {
    if (handlers.get(id) === handler) handlers.delete(id);
  };
}

/** Run a command; false when no view handles it right now. */
export function runCommand(id: CommandId): boolean {
  const handler = handlers.get(id);
  if (!handler) return false;
  handler();
  return true;
}
