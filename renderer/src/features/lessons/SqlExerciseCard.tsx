import { useEffect, useRef, useState } from 'react';
import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { designProbe } from '../../core/checker/designTests';
import type { DesignExercise, Lesson, QueryExercise } from '../../core/lessons/lessonSchema';
import { badgeOf, exerciseProgress, recordAttempt, revealHint, revealSolution, saveDraft } from '../../core/lessons/progress';
import { useStudio } from '../studio';
import { AfterPass } from './AfterPass';
import { SqlBox } from '../../components/sqlEditor/SqlBox';
import { checkAnswer, type CheckOutcome } from '../../engine/lessons/checkAnswer';
import { ExerciseFeedback } from './ExerciseFeedback';
import { ExerciseHeading } from './ExerciseHeading';
import { ExerciseHints } from './ExerciseHints';
import { ExpectedPreview } from './ExpectedPreview';
import { updateProgress, useProgress } from './progressStore';
import type { VariantHost } from '../../engine/lessons/variantData';
import './ExerciseCard.css';

export interface SqlExerciseCardProps {
  lesson: Lesson;
  exercise: QueryExercise | DesignExercise;
  /** 1-based number in the lesson. */
  number: number;
  /** False while the lesson's data is not ready. */
  canCheck: boolean;
  variant: VariantHost | undefined;
}

/**
 * A query or design exercise: prompt (and, for design, the tests that will run), the answer in
 * Monaco, Check with feedback, hints one at a time, the expected result's first rows, and after
 * passing the reference with its explanation and an alternative.
 */
export function SqlExerciseCard({ lesson, exercise, number, canCheck, variant }: SqlExerciseCardProps) {
  const { engine, openInEditor } = useStudio();
  const progress = useProgress();
  const saved = exerciseProgress(progress, lesson.id, exercise.id);
  const [sql, setSql] = useState(() => saved.lastSql || exercise.starter);
  const [checking, setChecking] = useState(false);
  const [outcome, setOutcome] = useState<CheckOutcome | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const sqlRef = useRef(sql);
  sqlRef.current = sql;
  const id = `exercise-${lesson.id}-${exercise.id}`;
  const design = exercise.kind === 'design';

  // Keep the draft across restarts without writing storage on every keystroke.
  const edit = (text: string) => {
    setSql(text);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => updateProgress((p) => saveDraft(p, lesson.id, exercise.id, text)), 400);
  };
  useEffect(() => () => { if (timer.current) clearTimeout(timer.current); }, []);

  const check = async () => {
    if (!canCheck || checking) return;
    if (timer.current) clearTimeout(timer.current);
    const answer = sqlRef.current;
    setChecking(true);
    try {
      const result = await checkAnswer(engine, lesson, exercise, answer, variant);
      setOutcome(result);
      updateProgress((p) => recordAttempt(p, lesson.id, exercise.id, { sql: answer, passed: result.status === 'passed', feedback: result.messages, at: new Date().toISOString() }));
    } finally {
      setChecking(false);
    }
  };

  const feedback: CheckOutcome | null = outcome ?? (saved.lastFeedback ? { status: saved.lastFeedback.length === 0 ? 'passed' : 'failed', messages: saved.lastFeedback, variant: 'skipped' } : null);
  const passedNow = badgeOf(saved) === 'passed';
  return (
    <section className={`exercise${passedNow ? ' exercise--passed' : ''}`} aria-labelledby={`${id}-title`}>
      <ExerciseHeading id={`${id}-title`} number={number} kindLabel={design ? 'Design' : undefined} saved={saved} />
      <div className="exercise__prompt">
        <Markdown remarkPlugins={[remarkGfm]}>{exercise.prompt}</Markdown>
      </div>
      {design && (
        <div className="exercise__tests">
          <p>
            Build your tables in the schema <code>{exercise.schema}</code> (it is emptied before each check). Then these tests run on them:
          </p>
          <ul aria-label="Tests on your tables">
            {exercise.tests.map((t, i) => (
              <li key={i}>{designProbe(exercise.schema, t).name}</li>
            ))}
            <li>the check question gives the reference's answer, on this data and on a hidden variant</li>
          </ul>
          <details>
            <summary>The check question</summary>
            <pre tabIndex={0}>
              <code>{exercise.question.trim()}</code>
            </pre>
          </details>
        </div>
      )}
      <ExpectedPreview lesson={lesson} exercise={exercise} canRun={canCheck} />
      <p className="exercise__label">{design ? 'Your CREATE statements' : 'Your query'}</p>
      <SqlBox label={design ? 'Your CREATE statements' : 'Your query'} value={sql} onChange={edit} onSubmit={() => void check()} />
      <div className="exercise__actions">
        <button type="button" className="primary" onClick={() => void check()} disabled={!canCheck || checking}>
          {checking ? 'Checking…' : 'Check'}
        </button>
        <button type="button" onClick={() => updateProgress((p) => revealHint(p, lesson.id, exercise.id, exercise.hints.length))} disabled={saved.hintsShown >= exercise.hints.length}>
          {exercise.hints.length === 0 ? 'No hints' : saved.hintsShown >= exercise.hints.length ? 'No more hints' : `Hint ${saved.hintsShown + 1} of ${exercise.hints.length}`}
        </button>
        <button type="button" onClick={() => updateProgress((p) => revealSolution(p, lesson.id, exercise.id))} disabled={saved.solutionShown}>
          Show solution
        </button>
        <button type="button" onClick={() => openInEditor(sql, { title: `${exercise.id}` })}>
          Open in editor
        </button>
        <span className="exercise__meta">
          {exercise.ordered ? 'Row order matters.' : 'Row order does not matter.'} {saved.attempts > 0 ? `${saved.attempts} attempt${saved.attempts === 1 ? '' : 's'}.` : ''}
        </span>
      </div>
      <ExerciseFeedback outcome={feedback} />
      <ExerciseHints hints={exercise.hints.slice(0, saved.hintsShown)} />
      {(saved.passed || saved.solutionShown) && <AfterPass solution={exercise.reference} explanation={exercise.explanation} alternative={exercise.alternative} />}
    </section>
  );
}
