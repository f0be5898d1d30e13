import { useEffect, useRef, useState } from 'react';
import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import type { Exercise, Lesson } from '../../core/lessons/lessonSchema';
import { exerciseProgress, recordAttempt, revealHint, revealSolution, saveDraft } from '../../core/lessons/progress';
import { useStudio } from '../shell/StudioContext';
import { checkAnswer, type CheckOutcome } from './checkAnswer';
import { updateProgress, useProgress } from './progressStore';
import type { VariantHost } from './variantData';
import './ExerciseCard.css';

export interface ExerciseCardProps {
  lesson: Lesson;
  exercise: Exercise;
  /** 1-based number in the lesson. */
  number: number;
  /** False while the lesson's data is not ready. */
  canCheck: boolean;
  variant: VariantHost | undefined;
}

/** One exercise: prompt, answer box, Check with feedback, hints one at a time, the solution on request. */
export function ExerciseCard({ lesson, exercise, number, canCheck, variant }: ExerciseCardProps) {
  const { engine, openInEditor } = useStudio();
  const progress = useProgress();
  const saved = exerciseProgress(progress, lesson.id, exercise.id);
  const [sql, setSql] = useState(() => saved.lastSql || exercise.starter);
  const [checking, setChecking] = useState(false);
  const [outcome, setOutcome] = useState<CheckOutcome | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const id = `exercise-${lesson.id}-${exercise.id}`;

  // Keep the draft across restarts without writing storage on every keystroke.
  const edit = (text: string) => {
    setSql(text);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => updateProgress((p) => saveDraft(p, lesson.id, exercise.id, text)), 400);
  };
  useEffect(() => () => { if (timer.current) clearTimeout(timer.current); }, []);

  const check = async () => {
    if (timer.current) clearTimeout(timer.current);
    setChecking(true);
    try {
      const result = await checkAnswer(engine, lesson, exercise, sql, variant);
      setOutcome(result);
      updateProgress((p) => recordAttempt(p, lesson.id, exercise.id, { sql, passed: result.status === 'passed', feedback: result.messages, at: new Date().toISOString() }));
    } finally {
      setChecking(false);
    }
  };

  const feedback: CheckOutcome | null = outcome ?? (saved.lastFeedback ? { status: saved.lastFeedback.length === 0 ? 'passed' : 'failed', messages: saved.lastFeedback, variant: 'skipped' } : null);
  const hints = exercise.hints.slice(0, saved.hintsShown);

  return (
    <section className={`exercise${saved.passed ? ' exercise--passed' : ''}`} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="exercise__title">
        Exercise {number}
        {saved.passed && <span className="exercise__badge">✓ passed</span>}
      </h3>
      <div className="exercise__prompt">
        <Markdown remarkPlugins={[remarkGfm]}>{exercise.prompt}</Markdown>
      </div>
      <label htmlFor={`${id}-sql`} className="exercise__label">
        Your query
      </label>
      <textarea
        id={`${id}-sql`}
        className="exercise__sql"
        value={sql}
        spellCheck={false}
        rows={Math.min(14, Math.max(4, sql.split('\n').length + 1))}
        onChange={(e) => edit(e.target.value)}
        onKeyDown={(e) => {
          if ((e.ctrlKey || e.metaKey) && e.key === 'Enter' && canCheck && !checking) {
            e.preventDefault();
            void check();
          }
        }}
      />
      <div className="exercise__actions">
        <button type="button" className="primary" onClick={check} disabled={!canCheck || checking}>
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
      <div aria-live="polite" className="exercise__feedback-region">
        {feedback && (
          <div className={`exercise__feedback exercise__feedback--${feedback.status}`} role="status">
            {feedback.status === 'passed' ? (
              <p>
                Correct!{feedback.variant === 'passed' ? ' It also gives the right answer on a hidden variant of the data.' : ''}
              </p>
            ) : (
              <>
                <p>{feedback.status === 'error' ? 'The query did not run:' : 'Not yet:'}</p>
                <ul>
                  {feedback.messages.map((m, i) => (
                    <li key={i}>{m}</li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
      </div>
      {hints.length > 0 && (
        <ol className="exercise__hints" aria-label="Hints">
          {hints.map((h, i) => (
            <li key={i}>
              <Markdown remarkPlugins={[remarkGfm]}>{h}</Markdown>
            </li>
          ))}
        </ol>
      )}
      {saved.solutionShown && (
        <div className="exercise__solution">
          <p>A solution:</p>
          <pre aria-label="Solution">
            <code>{exercise.reference.trim()}</code>
          </pre>
        </div>
      )}
    </section>
  );
}
