import { useState } from 'react';
import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { judgeChoice, parseChosen } from '../../core/lessons/choice';
import type { ChoiceExercise, Lesson } from '../../core/lessons/lessonSchema';
import { badgeOf, exerciseProgress, recordAttempt } from '../../core/lessons/progress';
import { AfterPass } from './AfterPass';
import { ExerciseFeedback } from './ExerciseFeedback';
import { ExerciseHeading } from './ExerciseHeading';
import { updateProgress, useProgress } from './progressStore';
import './ExerciseCard.css';

export interface ChoiceCardProps {
  lesson: Lesson;
  exercise: ChoiceExercise;
  number: number;
}

/** A judgement question: radio buttons (one answer) or checkboxes (several), then the explanation. */
export function ChoiceCard({ lesson, exercise, number }: ChoiceCardProps) {
  const progress = useProgress();
  const saved = exerciseProgress(progress, lesson.id, exercise.id);
  const [chosen, setChosen] = useState<number[]>(() => parseChosen(saved.lastSql));
  const id = `exercise-${lesson.id}-${exercise.id}`;
  const answered = saved.attempts > 0;
  const verdict = answered ? judgeChoice(exercise, parseChosen(saved.lastSql)) : null;

  const toggle = (i: number) => setChosen((c) => (exercise.multiple ? (c.includes(i) ? c.filter((x) => x !== i) : [...c, i].sort((a, b) => a - b)) : [i]));
  const answer = () => {
    const v = judgeChoice(exercise, chosen);
    if (chosen.length === 0) return;
    updateProgress((p) => recordAttempt(p, lesson.id, exercise.id, { sql: JSON.stringify(chosen), passed: v.passed, feedback: v.messages, at: new Date().toISOString() }));
  };

  return (
    <section className={`exercise${badgeOf(saved) === 'passed' ? ' exercise--passed' : ''}`} aria-labelledby={`${id}-title`}>
      <ExerciseHeading id={`${id}-title`} number={number} kindLabel="Judgement" saved={saved} />
      <fieldset className="exercise__choice">
        <legend>
          <Markdown remarkPlugins={[remarkGfm]}>{exercise.prompt}</Markdown>
        </legend>
        <p className="exercise__meta">{exercise.multiple ? 'Choose every option that applies.' : 'Choose one.'}</p>
        {exercise.options.map((o, i) => (
          <label key={i} className={`exercise__option${answered && o.correct ? ' exercise__option--right' : ''}`}>
            <input type={exercise.multiple ? 'checkbox' : 'radio'} name={id} checked={chosen.includes(i)} onChange={() => toggle(i)} />
            <span>{o.text}</span>
            {answered && o.correct && <span className="exercise__option-mark"> — right</span>}
          </label>
        ))}
      </fieldset>
      <div className="exercise__actions">
        <button type="button" className="primary" onClick={answer} disabled={chosen.length === 0}>
          Answer
        </button>
        <span className="exercise__meta">{saved.attempts > 0 ? `${saved.attempts} attempt${saved.attempts === 1 ? '' : 's'}.` : ''}</span>
      </div>
      {verdict && <ExerciseFeedback outcome={{ status: verdict.passed ? 'passed' : 'failed', messages: verdict.messages, variant: 'skipped' }} passedText="Right." />}
      {answered && <AfterPass explanation={exercise.explanation} />}
    </section>
  );
}
