import { useEffect, useId, useMemo, useState } from 'react';
import { installCompareBench } from './compareBench';
import { usePack } from '../packs';
import { useStudio } from '../studio';
import { GrowthPanel } from './GrowthPanel';
import { packSource } from './packSource';
import { SqlColumns } from './SqlColumns';
import { storageSentences, timingSentences, writeSentences } from '../../core/measure/compareSummary';
import { StoragePanel } from './StoragePanel';
import { questionFigures, storageFigures, writeFigures } from './summaryInputs';
import { SummarySentences } from './SummarySentences';
import { TimingPanel } from './TimingPanel';
import { useCompareRun } from './useCompareRun';
import { WriteCostPanel } from './WriteCostPanel';
import './CompareScreen.css';

export type CompareScreenProps = Record<string, never>;

/**
 * The styles of a pack side by side on the same data: storage, query time with spread and
 * agreement, the SQL each style needs, write cost, and growth across scales. The pack and scale
 * are the shared ones (the pack store): Compare reuses the build other views made, and builds
 * through the same store when it must.
 */
export function CompareScreen(_props: CompareScreenProps) {
  const { engine, openInEditor, showPlan } = useStudio();
  const { pack, packs, scaleId, selectPack, selectScale, status } = usePack();
  const source = useMemo(() => (pack ? packSource(pack) : null), [pack]);
  const state = useCompareRun(engine, source);
  const [runs, setRuns] = useState(5);
  const [growthScales, setGrowthScales] = useState<string[] | null>(null);
  const ids = useId();
  useEffect(() => {
    // A bench hook, only in test builds (the shipped bundle drops this branch).
    if (import.meta.env.MODE !== 'production' && source) installCompareBench(engine, source);
  }, [engine, source]);
  if (!source) return <div className="compare"><p role="alert">No dataset pack could be loaded.</p></div>;

  const chosenScale = scaleId && source.scales.some((s) => s.id === scaleId) ? scaleId : source.defaultScale;
  const scaleChoices = source.scales.filter((s) => s.orders > 0);
  const growthChosen = (growthScales ?? scaleChoices.filter((s) => s.orders <= 100_000).map((s) => s.id)).filter((id) => scaleChoices.some((s) => s.id === id));
  const results = state.results?.pack === source.id ? state.results : null;
  const busy = state.running || status === 'building';
  const usable = packs.filter((p) => p.pack);
  const stored = results ? storageFigures(results.storage) : null;
  const asOf = pack ? pack.questions.map((q) => ({ id: q.id, title: q.title, asOf: q.as_of })) : [];

  return (
    <div className="compare">
      <header className="compare__bar">
        <h1>Compare styles — {source.title}</h1>
        <div className="compare__controls" role="group" aria-label="Comparison settings">
          <label htmlFor={`${ids}-pack`}>Pack</label>
          <select id={`${ids}-pack`} value={source.id} onChange={(e) => selectPack(e.target.value)} disabled={busy}>
            {usable.map((p) => (
              <option key={p.pack!.id} value={p.pack!.id}>
                {p.pack!.title}
              </option>
            ))}
          </select>
          <label htmlFor={`${ids}-scale`}>Scale</label>
          <select id={`${ids}-scale`} value={chosenScale} onChange={(e) => selectScale(e.target.value)} disabled={busy}>
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
          <button type="button" className="primary" onClick={() => void state.run(chosenScale, runs)} disabled={busy}>
            Run comparison
          </button>
          {state.running && (
            <button type="button" onClick={state.cancel}>
              Cancel
            </button>
          )}
        </div>
      </header>

      {state.progress && state.progress.phase !== 'growth' && (
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
      {results && stored && results.storage.length > 0 && (
        <SummarySentences label="What the storage figures say" sentences={storageSentences(results.scale, stored.figures, stored.basis)} />
      )}
      {results?.timing && (
        <TimingPanel timing={results.timing} styles={source.styles} scale={results.scale} cannotAnswer={Object.fromEntries(source.questions.map((q) => [q.id, q.cannotAnswer ?? {}]))} />
      )}
      {results?.timing && <SummarySentences label="What the query times say" sentences={timingSentences(results.scale, questionFigures(results.timing, source.questions, source.styles))} />}
      {results && results.writes.length > 0 && <WriteCostPanel writes={results.writes} styles={source.styles} scale={results.scale} questions={source.questions} />}
      {results && results.writes.length > 0 && <SummarySentences label="What the write costs say" sentences={writeSentences(writeFigures(results.writes), asOf)} />}
      <SqlColumns
        questions={source.questions}
        styles={source.styles}
        timing={results?.timing ?? null}
        onOpen={(sql, title) => openInEditor(sql, { title })}
        onPlan={(sql) => showPlan(sql)}
        tablesOf={(style) => pack?.tables.filter((t) => t.style === style).map((t) => t.qualified) ?? []}
      />

      <section className="compare__section" aria-labelledby={`${ids}-growth`}>
        <h2 id={`${ids}-growth`}>Growth</h2>
        <fieldset className="compare__controls" disabled={busy}>
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
        {/* Beside the growth controls: the user who started growth is looking here, not at the top. */}
        {state.progress?.phase === 'growth' && (
          <div className="compare__progress">
            <progress max={1} value={state.progress.fraction} aria-label="Growth progress" />
            <span role="status">{state.progress.label}</span>
            <button type="button" onClick={state.cancel}>
              Cancel growth
            </button>
          </div>
        )}
        {state.growth && state.growthPack === source.id && <GrowthPanel points={state.growth} styles={source.styles} />}
      </section>
    </div>
  );
}

export default CompareScreen;
