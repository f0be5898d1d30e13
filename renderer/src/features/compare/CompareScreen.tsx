import { useEffect, useId, useState } from 'react';
import { installCompareBench } from './compareBench';
import { useStudio } from '../shell/StudioContext';
import type { CompareSource } from './compareSource';
import { GrowthPanel } from './GrowthPanel';
import { SqlColumns } from './SqlColumns';
import { StoragePanel } from './StoragePanel';
import { TimingPanel } from './TimingPanel';
import { useBundledSource } from './useBundledSource';
import { useCompareRun } from './useCompareRun';
import { WriteCostPanel } from './WriteCostPanel';
import './CompareScreen.css';

export interface CompareScreenProps {
  /** The pack to compare; defaults to the bundled retail pack. */
  source?: CompareSource | null;
}

/**
 * The styles of a pack side by side on the same data: storage, query time with spread and
 * agreement, the SQL each style needs, write cost, and growth across scales.
 */
export function CompareScreen({ source: given }: CompareScreenProps) {
  const { engine, openInEditor, showPlan } = useStudio();
  const bundled = useBundledSource();
  const source = given ?? bundled;
  const state = useCompareRun(engine, source);
  const [scale, setScale] = useState<string | null>(null);
  const [runs, setRuns] = useState(5);
  const [growthScales, setGrowthScales] = useState<string[] | null>(null);
  const ids = useId();
  useEffect(() => {
    // A bench hook, only in test builds (the shipped bundle drops this branch).
    if (import.meta.env.MODE !== 'production' && source) installCompareBench(engine, source);
  }, [engine, source]);
  if (!source) return <div className="compare">Loading the dataset pack…</div>;

  const chosenScale = scale ?? source.defaultScale;
  const scaleChoices = source.scales.filter((s) => s.orders > 0);
  const growthChosen = growthScales ?? scaleChoices.filter((s) => s.orders <= 100_000).map((s) => s.id);
  const results = state.results;

  return (
    <div className="compare">
      <header className="compare__bar">
        <h1>Compare styles — {source.title}</h1>
        <div className="compare__controls" role="group" aria-label="Comparison settings">
          <label htmlFor={`${ids}-scale`}>Scale</label>
          <select id={`${ids}-scale`} value={chosenScale} onChange={(e) => setScale(e.target.value)} disabled={state.running}>
            {source.scales.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
          <label htmlFor={`${ids}-runs`}>Runs</label>
          <input
            id={`${ids}-runs`}
            type="number"
            min={1}
            max={50}
            value={runs}
            disabled={state.running}
            onChange={(e) => setRuns(Math.max(1, Math.min(50, Math.round(Number(e.target.value) || 1))))}
          />
          <button type="button" className="primary" onClick={() => void state.run(chosenScale, runs)} disabled={state.running}>
            Run comparison
          </button>
          {state.running && (
            <button type="button" onClick={state.cancel}>
              Cancel
            </button>
          )}
        </div>
      </header>

      {state.progress && (
        <div className="compare__progress">
          <progress max={1} value={state.progress.fraction} aria-label="Comparison progress" />
          <span role="status">{state.progress.label}</span>
        </div>
      )}
      {state.error && (
        <p className="compare__error" role="alert">
          {state.error}
        </p>
      )}
      {!results && !state.running && (
        <p className="compare__intro">
          Builds the {source.styles.length} styles at the chosen scale, measures their storage, times the {source.questions.length} questions
          ({runs} runs each, interleaved across styles), checks that every style gives the same answers, and counts the rows each write
          touches.
        </p>
      )}

      {results && results.storage.length > 0 && <StoragePanel storage={results.storage} scale={results.scale} />}
      {results?.timing && <TimingPanel timing={results.timing} styles={source.styles} scale={results.scale} />}
      {results && results.writes.length > 0 && <WriteCostPanel writes={results.writes} styles={source.styles} scale={results.scale} />}
      <SqlColumns questions={source.questions} styles={source.styles} timing={results?.timing ?? null} onOpen={(sql, title) => openInEditor(sql, { title })} onPlan={(sql) => showPlan(sql)} />

      <section className="compare__section" aria-labelledby={`${ids}-growth`}>
        <h2 id={`${ids}-growth`}>Growth</h2>
        <fieldset className="compare__controls" disabled={state.running}>
          <legend>Scales to build</legend>
          {scaleChoices.map((s) => (
            <label key={s.id} className="compare__check">
              <input
                type="checkbox"
                checked={growthChosen.includes(s.id)}
                onChange={(e) => setGrowthScales(e.target.checked ? [...growthChosen, s.id] : growthChosen.filter((x) => x !== s.id))}
              />
              {s.label}
            </label>
          ))}
          <button type="button" onClick={() => void state.runGrowth(growthChosen, Math.min(runs, 3))} disabled={growthChosen.length < 2}>
            Run growth
          </button>
        </fieldset>
        {state.growth && <GrowthPanel points={state.growth} styles={source.styles} />}
      </section>
    </div>
  );
}

export default CompareScreen;
