/**
 * Remembers the engine's latest status from the moment it is created, so a status reported
 * before React subscribes (e.g. "ready" from a fast start) is not lost.
 */
import { useSyncExternalStore } from 'react';
import type { Engine, EngineStatus } from '../../engine/engine';

/** The latest status of one engine, as an external store for `useSyncExternalStore`. */
export interface EngineStatusStore {
  get(): EngineStatus;
  subscribe(listener: () => void): () => void;
}

/** Start watching an engine's status (call once, right after creating it). */
export function watchEngineStatus(engine: Engine): EngineStatusStore {
  let current: EngineStatus = { state: 'starting', progress: 0 };
  const listeners = new Set<() => void>();
  engine.onStatus((status) => {
    current = status;
    for (const listener of listeners) listener();
  });
  return {
    get: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The engine's latest status, re-rendering on change. */
export function useEngineStatus(store: EngineStatusStore): EngineStatus {
  return useSyncExternalStore(store.subscribe, store.get);
}
