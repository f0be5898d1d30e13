/** The editor's side panel: query history and saved queries, one shown at a time; can be hidden. */
import { useState } from 'react';
import type { SavedQuery } from '../../core/workspace/workspace';
import { workspaceStore, useWorkspaceExtras } from '../workspace';
import { HistoryPanel } from './HistoryPanel';
import { SavedQueriesPanel } from './SavedQueriesPanel';
import './QueryLibrary.css';

export interface QueryLibraryProps {
  /** The current tab: its SQL is what "Save current query" saves. */
  current: { title: string; text: string };
  onOpen(sql: string, title: string): void;
}

export function QueryLibrary({ current, onOpen }: QueryLibraryProps) {
  const { history, savedQueries } = useWorkspaceExtras();
  const [shown, setShown] = useState<'history' | 'saved'>('history');
  const [open, setOpen] = useState(true);
  if (!open) {
    return (
      <aside className="query-library query-library--closed" aria-label="Query library">
        <button type="button" className="btn" onClick={() => setOpen(true)} aria-expanded="false">
          History &amp; saved
        </button>
      </aside>
    );
  }
  return (
    <aside className="query-library" aria-label="Query library">
      <div className="query-library__switch" role="group" aria-label="Show">
        <button type="button" className="btn" aria-pressed={shown === 'history'} onClick={() => setShown('history')}>
          History
        </button>
        <button type="button" className="btn" aria-pressed={shown === 'saved'} onClick={() => setShown('saved')}>
          Saved queries
        </button>
        <button type="button" className="btn query-library__hide" onClick={() => setOpen(false)} aria-expanded="true" aria-label="Hide the query library">
          ×
        </button>
      </div>
      {shown === 'history' ? (
        <HistoryPanel history={history} onOpen={(sql) => onOpen(sql, 'From history')} />
      ) : (
        <SavedQueriesPanel
          saved={savedQueries}
          suggestedName={current.title}
          onSave={(name) => workspaceStore.saveQuery(name, current.text)}
          onOpen={(q: SavedQuery) => onOpen(q.sql, q.name)}
          onDelete={workspaceStore.deleteQuery}
        />
      )}
    </aside>
  );
}
