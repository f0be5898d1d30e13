/** The side navigation between the studio's views. */
import type { ViewId } from '../studio';
import type { ViewDefinition } from './viewDefinition';
import './SideNav.css';

export interface SideNavProps {
  views: ViewDefinition[];
  active: ViewId;
  onSelect(id: ViewId): void;
}

export function SideNav({ views, active, onSelect }: SideNavProps) {
  return (
    <nav className="side-nav" aria-label="Views">
      <h1 className="side-nav__brand">Modeling Studio</h1>
      <ul>
        {views.map((view) => (
          <li key={view.id}>
            <button
              type="button"
              className="side-nav__item"
              aria-current={view.id === active ? 'page' : undefined}
              onClick={() => onSelect(view.id)}
            >
              {view.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
