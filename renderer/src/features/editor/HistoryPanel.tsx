/** Query history: newest first, searchable by words of the SQL; a click opens the query in a new tab. */
import { useDeferredValue, useMemo, useState } from 'react';
import { formatMs } from '../../core/format/numbers';
import { searchHistory, type HistoryEntry } from '../../core/workspace/workspace';

export interface HistoryPanelProps {
  history: readonly HistoryEntry[];
  onOpen(sql: string): void;
}

/** Entries drawn at once; the search narrows the rest. */
const SHOWN = 100;

function meta(entry: HistoryEntry): string {
  const time = new Date(entry.at).toLocaleString([], { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
  const outcome = entry.error ? `failed: ${entry.error}` : `${entry.moreRows ? 'more than ' : ''}${entry.rows} row${entry.rows === 1 ? '' : 's'}`;
  return `${time} · ${outcome} · ${formatMs(entry.ms)}`;
}

export function HistoryPanel({ history, onOpen }: HistoryPanelProps) {
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const found = useMemo(() => searchHistory(history, deferred), [history, deferred]);
  return (
    <div className="query-library__panel">
      <label className="query-library__search">
        <span>Search history</span>
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="words of the SQL" />
      </label>
      <p className="query-library__count" aria-live="polite">
        {history.length === 0 ? 'Queries you run appear here.' : `${found.length} of ${history.length} queries`}
      </p>
      <ul className="query-library__list" aria-label="Query history">
        {found.slice(0, SHOWN).map((entry, i) => (
          <li key={`${entry.at}-${i}`} className={entry.error ? 'query-library__item query-library__item--failed' : 'query-library__item'}>
            <button type="button" className="query-library__open" onClick={() => onOpen(entry.sql)} title="Open in a new editor tab">
              <code>{entry.sql}</code>
            </button>
            <span className="query-library__meta">{meta(entry)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
