/**
 * Implements the studio API of StudioContext: the one engine, its status, the active view,
 * and the cross-feature requests (open SQL in the editor, show a plan).
 */
import { useMemo, useState, type ReactNode } from 'react';
import type { Engine } from '../../engine/engine';
import { editorStore } from '../editor';
import { ActiveViewContext } from './activeView';
import { useEngineStatus, type EngineStatusStore } from './engineStatusStore';
import { PlanRequestContext, type PlanRequest } from './planRequest';
import { StudioContext, type StudioApi, type ViewId } from './StudioContext';

export interface StudioProviderProps {
  engine: Engine;
  /** The engine's status, watched since the engine was created. */
  status: EngineStatusStore;
  initialView?: ViewId;
  children: ReactNode;
}

/** Provides `useStudio()`, `useActiveView()` and `usePlanRequest()` to everything below it. */
export function StudioProvider({ engine, status, initialView = 'editor', children }: StudioProviderProps) {
  const engineStatus = useEngineStatus(status);
  const [activeView, setActiveView] = useState<ViewId>(initialView);
  const [planRequest, setPlanRequest] = useState<PlanRequest | null>(null);

  const api = useMemo<StudioApi>(
    () => ({
      engine,
      engineStatus,
      openInEditor(sql, options) {
        editorStore.open({ text: sql, ...(options?.title ? { title: options.title } : {}), run: options?.run === true });
        setActiveView('editor');
      },
      showPlan(sql, options) {
        setPlanRequest((previous) => ({ sql, analyze: options?.analyze === true, seq: (previous?.seq ?? 0) + 1 }));
        setActiveView('plan');
      },
      showView: setActiveView,
    }),
    [engine, engineStatus],
  );

  return (
    <StudioContext.Provider value={api}>
      <PlanRequestContext.Provider value={planRequest}>
        <ActiveViewContext.Provider value={activeView}>{children}</ActiveViewContext.Provider>
      </PlanRequestContext.Provider>
    </StudioContext.Provider>
  );
}
