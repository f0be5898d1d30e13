/**
 * The first thing a newcomer sees above the editor: the three ways into the studio. It stays
 * until the user runs a query or chooses the editor, and is plain text and buttons (no Monaco, no engine),
 * so it is readable as soon as the shell is.
 */
import type { ViewId } from '../studio';
import './Welcome.css';

export interface WelcomeProps {
  /** Switch to a view (the course, the comparison). */
  onShowView(id: ViewId): void;
  /** Close the welcome and put the cursor in the editor. */
  onExperiment(): void;
}

export function Welcome({ onShowView, onExperiment }: WelcomeProps) {
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h1 id="welcome-title" className="welcome__title">One dataset, five ways to model it</h1>
      <p className="welcome__lead">
        The retail orders are built into every style as the studio opens (progress in the status bar). Choose a way in:
      </p>
      <ul className="welcome__ways">
        <li>
          <button type="button" className="welcome__way" onClick={() => onShowView('lessons')}>
            <span className="welcome__way-title">Follow the course</span>
            <span className="welcome__way-text">Lessons with runnable SQL and checked exercises.</span>
          </button>
        </li>
        <li>
          <button type="button" className="welcome__way" onClick={() => onShowView('compare')}>
            <span className="welcome__way-title">See the styles side by side</span>
            <span className="welcome__way-text">Bytes, time per question and SQL of each style.</span>
          </button>
        </li>
        <li>
          <button type="button" className="welcome__way" onClick={onExperiment}>
            <span className="welcome__way-title">Experiment in the editor</span>
            <span className="welcome__way-text">Query star.fact_order_items, vault.hub_customer…</span>
          </button>
        </li>
      </ul>
    </section>
  );
}
