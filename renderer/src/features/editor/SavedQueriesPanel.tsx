/** Saved queries: save the current tab's SQL under a name, open one in a new tab, delete one. */
import { useState, type FormEvent } from 'react';
import type { SavedQuery } from '../../core/workspace/workspace';

export interface SavedQueriesPanelProps {
  saved: readonly SavedQuery[];
  /** The current tab's title, offered as the name. */
  suggestedName: string;
  onSave(name: string): void;
  onOpen(query: SavedQuery): void;
  onDelete(id: string): void;
}

export function SavedQueriesPanel({ saved, suggestedName, onSave, onOpen, onDelete }: SavedQueriesPanelProps) {
  const [name, setName] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSave(name.trim() || suggestedName);
    setName('');
  };
  return (
    <div className="query-library__panel">
      <form className="query-library__save" onSubmit={submit}>
        <label className="query-library__search">
          <span>Name</span>
          <input value={name} onChange={(e) => setName(e.target.value)} placeholder={suggestedName} />
        </label>
        <button type="submit" className="btn btn--primary">Save current query</button>
      </form>
      {saved.length === 0 && <p className="query-library__count">No saved queries yet.</p>}
      <ul className="query-library__list" aria-label="Saved queries">
        {saved.map((q) => (
          <li key={q.id} className="query-library__item query-library__item--saved">
            <button type="button" className="query-library__open" onClick={() => onOpen(q)} title={q.sql}>
              <strong>{q.name}</strong>
            </button>
            <button type="button" className="btn query-library__delete" onClick={() => onDelete(q.id)} aria-label={`Delete saved query ${q.name}`}>
              Delete
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
