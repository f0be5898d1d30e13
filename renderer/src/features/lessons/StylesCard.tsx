import { useRef, useState } from 'react';
import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { Table } from '../../components/Table';
import { sqlShape } from '../../core/measure/sqlShape';
import { median } from '../../core/measure/stats';
import type { Lesson, StylesExercise } from '../../core/lessons/lessonSchema';
import { badgeOf, exerciseProgress, recordAttempt, revealHint, saveDraft } from '../../core/lessons/progress';
import { useStudio } from '../studio';
import { AfterPass } from './AfterPass';
import { SqlBox } from '../../components/sqlEditor/SqlBox';
import { checkStyleAnswer, type CheckOutcome } from '../../engine/lessons/checkAnswer';
import { ExerciseFeedback } from './ExerciseFeedback';
import { ExerciseHeading } from './ExerciseHeading';
import { ExerciseHints } from './ExerciseHints';
import { ExpectedPreview } from './ExpectedPreview';
import { updateProgress, useProgress } from './progressStore';
import type { VariantHost } from '../../engine/lessons/variantData';
import './ExerciseCard.css';

export interface StylesCardProps {
  lesson: Lesson;
  exercise: StylesExercise;
  number: number;
  canCheck: boolean;
  variant: VariantHost | undefined;
}

/** What the student's own SQL for one style asked of the model. */
interface StyleFigures {
  outcome: CheckOutcome;
  joins: number;
  tables: string[];
  medianMs: number | null;
}

/** Runs of the student's SQL timed per style (medians, as Compare does). */
const TIMED_RUNS = 5;
const SCHEMAS = ['denormalized', 'nf1', 'nf2', 'nf3', 'star', 'vault', 'obt'];

function readDrafts(saved: string, exercise: StylesExercise): Record<string, string> {
  const starters = Object.fromEntries(Object.entries(exercise.styles).map(([s, p]) => [s, p!.starter]));
  try {
    const value: unknown = JSON.parse(saved);
    if (value && typeof value === 'object') return { ...starters, ...(value as Record<string, string>) };
  } catch {
    // a draft from before, or nothing: start from the starters
  }
  return starters;
}

/** The same question in several styles: one editor per style, each checked, then their shapes and times side by side. */
export function StylesCard({ lesson, exercise, number, canCheck, variant }: StylesCardProps) {
  const { engine } = useStudio();
  const progress = useProgress();
  const saved = exerciseProgress(progress, lesson.id, exercise.id);
  const [drafts, setDrafts] = useState(() => readDrafts(saved.lastSql, exercise));
  const draftsRef = useRef(drafts);
  draftsRef.current = drafts;
  const [checking, setChecking] = useState(false);
  const [figures, setFigures] = useState<Record<string, StyleFigures>>({});
  const id = `exercise-${lesson.id}-${exercise.id}`;
  const styles = Object.keys(exercise.styles);

  const edit = (style: string, text: string) => {
    const next = { ...draftsRef.current, [style]: text };
    setDrafts(next);
    updateProgress((p) => saveDraft(p, lesson.id, exercise.id, JSON.stringify(next)));
  };

  const check = async () => {
    if (!canCheck || checking) return;
    setChecking(true);
    const answers = draftsRef.current;
    const next: Record<string, StyleFigures> = {};
    try {
      for (const style of styles) {
        const sql = answers[style] ?? '';
        const outcome = await checkStyleAnswer(engine, lesson, exercise, style, sql, variant);
        const shape = sqlShape(sql, SCHEMAS);
        let medianMs: number | null = null;
        if (outcome.status === 'passed') {
          const times: number[] = [];
          for (let i = 0; i < TIMED_RUNS; i++) times.push((await engine.query(sql)).elapsedMs);
          medianMs = median(times);
        }
        next[style] = { outcome, joins: shape.joins, tables: shape.tables, medianMs };
        setFigures({ ...next });
      }
      const all = styles.every((s) => next[s]?.outcome.status === 'passed');
      const messages = styles.flatMap((s) => (next[s]!.outcome.status === 'passed' ? [] : next[s]!.outcome.messages.map((m) => `${s}: ${m}`)));
      updateProgress((p) => recordAttempt(p, lesson.id, exercise.id, { sql: JSON.stringify(answers), passed: all, feedback: messages, at: new Date().toISOString() }));
    } finally {
      setChecking(false);
    }
  };

  const passedNow = badgeOf(saved) === 'passed';
  const checked = styles.filter((s) => figures[s]);
  return (
    <section className={`exercise${passedNow ? ' exercise--passed' : ''}`} aria-labelledby={`${id}-title`}>
      <ExerciseHeading id={`${id}-title`} number={number} kindLabel="Every style" saved={saved} />
      <div className="exercise__prompt">
        <Markdown remarkPlugins={[remarkGfm]}>{exercise.prompt}</Markdown>
      </div>
      <ExpectedPreview lesson={lesson} exercise={exercise} canRun={canCheck} />
      {styles.map((style) => (
        <div key={style} className="exercise__style">
          <p className="exercise__label">Your query on the {style} tables</p>
          <SqlBox label={`Your query on the ${style} tables`} value={drafts[style] ?? ''} onChange={(t) => edit(style, t)} onSubmit={() => void check()} />
          {figures[style] && <ExerciseFeedback outcome={figures[style].outcome} passedText={`${style}: correct.`} />}
        </div>
      ))}
      <div className="exercise__actions">
        <button type="button" className="primary" onClick={() => void check()} disabled={!canCheck || checking}>
          {checking ? 'Checking…' : `Check all ${styles.length}`}
        </button>
        <button type="button" onClick={() => updateProgress((p) => revealHint(p, lesson.id, exercise.id, exercise.hints.length))} disabled={saved.hintsShown >= exercise.hints.length}>
          {exercise.hints.length === 0 ? 'No hints' : saved.hintsShown >= exercise.hints.length ? 'No more hints' : `Hint ${saved.hintsShown + 1} of ${exercise.hints.length}`}
        </button>
      </div>
      {checked.length > 0 && (
        <Table
          variant="wrap"
          rowHeaders
          label="Your queries side by side"
          captionNote={` (median of ${TIMED_RUNS} runs on this data)`}
          header={['style', 'answer', 'joins', 'tables touched', 'median ms']}
          rows={checked.map((s) => {
            const f = figures[s]!;
            return [
              { value: s },
              { value: f.outcome.status === 'passed' ? '✓ right' : '✗ not yet' },
              { value: f.joins },
              { value: `${f.tables.length}: ${f.tables.join(', ')}` },
              { value: f.medianMs === null ? '—' : f.medianMs.toFixed(1) },
            ];
          })}
        />
      )}
      <ExerciseHints hints={exercise.hints.slice(0, saved.hintsShown)} />
      {saved.passed && (
        <AfterPass
          solution={Object.entries(exercise.styles).map(([s, p]) => `-- ${s}\n${p!.reference.trim()}`).join('\n\n')}
          explanation={exercise.explanation}
          alternative={exercise.alternative}
        />
      )}
    </section>
  );
}
