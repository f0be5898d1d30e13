import type { CheckOutcome } from '../../engine/lessons/checkAnswer';

export interface ExerciseFeedbackProps {
  outcome: CheckOutcome | null;
  /** Words for a pass, e.g. "Correct!". */
  passedText?: string;
}

/** The verdict of the latest check, announced politely to screen readers. */
export function ExerciseFeedback({ outcome, passedText = 'Correct!' }: ExerciseFeedbackProps) {
  return (
    <div aria-live="polite" className="exercise__feedback-region">
      {outcome && (
        <div className={`exercise__feedback exercise__feedback--${outcome.status}`} role="status">
          {outcome.status === 'passed' ? (
            <p>
              {passedText}
              {outcome.variant === 'passed' ? ' It also gives the right answer on a hidden variant of the data.' : ''}
            </p>
          ) : (
            <>
              <p>{outcome.status === 'error' ? 'The query did not run:' : 'Not yet:'}</p>
              <ul>
                {outcome.messages.map((m, i) => (
                  <li key={i}>{m}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
}
