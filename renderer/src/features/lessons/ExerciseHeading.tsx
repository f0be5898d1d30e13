import type { ExerciseProgress } from '../../core/lessons/progress';
import { badgeOf } from '../../core/lessons/progress';

export interface ExerciseHeadingProps {
  id: string;
  number: number;
  /** e.g. "Design", "Every style", "Judgement"; nothing for a plain query exercise. */
  kindLabel?: string;
  saved: ExerciseProgress;
}

/** "Exercise 3 · Design" with a badge for the latest attempt: passed, or not passed since. */
export function ExerciseHeading({ id, number, kindLabel, saved }: ExerciseHeadingProps) {
  const badge = badgeOf(saved);
  return (
    <h3 id={id} className="exercise__title">
      Exercise {number}
      {kindLabel && <span className="exercise__kind">{kindLabel}</span>}
      {badge === 'passed' && <span className="exercise__badge">✓ passed</span>}
      {badge === 'failed' && saved.passed && <span className="exercise__badge exercise__badge--stale">passed before, not the latest attempt</span>}
    </h3>
  );
}
