/**
 * What every feature may ask of the studio: the one engine, and navigation between views.
 * The provider lives in App; features call `useStudio()`.
 */
import { createContext, useContext } from 'react';
import type { Engine, EngineStatus } from '../../engine/engine';

/** The views of the studio; each has a tab in the side navigation. */
export type ViewId = 'editor' | 'schemas' | 'compare' | 'plan' | 'diagrams' | 'lessons' | 'data' | 'courses';

export interface StudioApi {
  /** The one long-lived engine (started at launch). */
  engine: Engine;
  /** Its latest status. */
  engineStatus: EngineStatus;
  /** Open SQL in a new editor tab (and switch to the editor); `run` runs it at once. */
  openInEditor(sql: string, options?: { title?: string; run?: boolean }): void;
  /** Open the plan view for a query. */
  showPlan(sql: string, options?: { analyze?: boolean }): void;
  /** Switch the main area to a view. */
  showView(id: ViewId): void;
}

export const StudioContext = createContext<StudioApi | null>(null);

/** The studio API; throws when used outside the App provider (a programming error). */
export function useStudio(): StudioApi {
  const api = useContext(StudioContext);
  if (!api) throw new Error('useStudio() must be used inside <StudioContext.Provider>');
  return api;
}
