/** The editor's tab strip: switch, add, close and rename (double-click or F2) tabs. */
import { useState, type KeyboardEvent } from 'react';
import type { EditorTab } from './tabsModel';
import './EditorTabs.css';

export interface EditorTabsProps {
  tabs: readonly EditorTab[];
  activeId: string;
  onActivate(id: string): void;
  onAdd(): void;
  onClose(id: string): void;
  onRename(id: string, title: string): void;
}

export function EditorTabs({ tabs, activeId, onActivate, onAdd, onClose, onRename }: EditorTabsProps) {
  const [renaming, setRenaming] = useState<string | null>(null);

  const finishRename = (id: string, title: string | null) => {
    if (title !== null) onRename(id, title);
    setRenaming(null);
  };
  const onTabKey = (event: KeyboardEvent, id: string) => {
    if (event.key === 'F2') {
      event.preventDefault();
      setRenaming(id);
    } else if (event.key === 'Delete') {
      event.preventDefault();
      onClose(id);
    }
  };

  return (
    <div className="editor-tabs">
      <ul className="editor-tabs__list" aria-label="Editor tabs">
        {tabs.map((tab) => (
          <li key={tab.id} className={`editor-tabs__tab${tab.id === activeId ? ' editor-tabs__tab--active' : ''}`}>
            {renaming === tab.id ? (
              <input
                className="editor-tabs__rename"
                aria-label="Tab name"
                defaultValue={tab.title}
                autoFocus
                onFocus={(e) => e.currentTarget.select()}
                onBlur={(e) => finishRename(tab.id, e.currentTarget.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') finishRename(tab.id, e.currentTarget.value);
                  if (e.key === 'Escape') {
                    e.preventDefault(); // keep Esc from cancelling a query
                    finishRename(tab.id, null);
                  }
                }}
              />
            ) : (
              <button
                type="button"
                className="editor-tabs__select"
                aria-current={tab.id === activeId ? 'true' : undefined}
                title="Double-click or F2 to rename"
                onClick={() => onActivate(tab.id)}
                onDoubleClick={() => setRenaming(tab.id)}
                onKeyDown={(e) => onTabKey(e, tab.id)}
              >
                {tab.title}
              </button>
            )}
            <button type="button" className="editor-tabs__close" aria-label={`Close ${tab.title}`} onClick={() => onClose(tab.id)}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="editor-tabs__add" aria-label="New tab" title="New tab (Ctrl+T)" onClick={onAdd}>
        +
      </button>
    </div>
  );
}
