/**
 * The studio's frame: side navigation, the active view, the status bar. Views are rendered the
 * first time they are shown and then kept mounted (hidden), so an editor keeps its undo history
 * and a running query keeps running while the user looks at something else.
 */
import { Suspense, useEffect, useMemo, useState } from 'react';
import type { Engine } from './engine/engine';
import { getPlatform } from './platform';
import { useActiveView, type EngineStatusStore, StudioProvider, usePresentation, registerCommand, useStudio, type ViewId } from './features/studio';
import { WorkspaceProblem, WorkspaceBackups, dismissProblem, hideBackups, restoreBackup, resumeSaving, retryLoad, showBackups, useSyncStatus, useWorkspaceExtras, workspaceStore } from './features/workspace';
import { SideNav, StatusBar, TopBar, ViewErrorBoundary, useFileDrop, useGlobalShortcuts, useLessonStepper, useMenuCommands } from './features/shell';
import { views } from './views';
import { restoreCourses } from './features/courses/courseStore';
import './App.css';

export interface AppProps {
  engine: Engine;
  engineStatus: EngineStatusStore;
}

export function App({ engine, engineStatus }: AppProps) {
  return (
    <StudioProvider engine={engine} status={engineStatus}>
      <Frame />
    </StudioProvider>
  );
}

function Frame() {
  const studio = useStudio();
  const active = useActiveView();
  const [visited, setVisited] = useState<ReadonlySet<ViewId>>(() => new Set([active]));
  if (!visited.has(active)) setVisited(new Set([...visited, active]));
  useGlobalShortcuts();
  // Opened course folders come back before any view lists packs or lessons.
  useState(restoreCourses);
  const platform = useMemo(() => getPlatform(), []);
  const sync = useSyncStatus();
  const { presentation } = useWorkspaceExtras();
  usePresentation();
  useMenuCommands(platform, studio.showView);
  useFileDrop(studio.showView);
  useLessonStepper(presentation && active === 'lessons');
  useEffect(() => registerCommand('view.togglePresentation', workspaceStore.togglePresentation), []);

  return (
    <div className="app">
      <SideNav views={views} active={active} onSelect={studio.showView} />
      <TopBar
        sync={sync}
        presentation={presentation}
        onTogglePresentation={workspaceStore.togglePresentation}
        views={views}
        active={active}
        onSelectView={studio.showView}
        onShowBackups={() => void showBackups()}
      />
      {sync.problem && (
        <WorkspaceProblem
          message={sync.problem}
          paused={sync.paused}
          onRetry={() => void retryLoad()}
          onShowBackups={() => void showBackups()}
          onReplace={resumeSaving}
          onDismiss={dismissProblem}
        />
      )}
      {sync.backups && <WorkspaceBackups backups={sync.backups} onRestore={(index) => void restoreBackup(index)} onClose={hideBackups} />}
      <main className="app__main">
        {views
          .filter((view) => visited.has(view.id))
          .map((view) => (
            <section key={view.id} className="app__view" aria-label={view.label} hidden={view.id !== active}>
              <ViewErrorBoundary label={view.label} onRetry={view.retry}>
                <Suspense fallback={<p className="app__loading">Loading {view.label}…</p>}>
                  <view.component />
                </Suspense>
              </ViewErrorBoundary>
            </section>
          ))}
      </main>
      <StatusBar status={studio.engineStatus} />
    </div>
  );
}
