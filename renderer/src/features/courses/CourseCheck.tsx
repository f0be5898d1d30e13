/** "Check every exercise" on a course card: progress and Cancel while it runs, then what it found. */
import type { Lesson } from '../../core/lessons/lessonSchema';
import { useCourseCheck } from './useCourseCheck';

export interface CourseCheckProps {
  name: string;
  /** Read when the check starts, so an edited or reopened course is checked as it is now. */
  lessons(): readonly Lesson[];
}

export function CourseCheck({ name, lessons }: CourseCheckProps) {
  const { state, start, cancel } = useCourseCheck();
  const running = state.phase === 'running';
  return (
    <div className="course-check">
      {running ? (
        <div className="course-check__progress">
          <progress value={state.done} max={Math.max(1, state.total)} aria-label={`Checking ${name}`} />
          <span role="status">
            Checking lesson {Math.min(state.done + 1, state.total)} of {state.total}
            {state.current ? `: ${state.current}` : ''}…
          </span>
          <button type="button" className="btn" onClick={cancel}>
            Cancel check
          </button>
        </div>
      ) : (
        <button type="button" className="btn" onClick={() => start(lessons())} disabled={lessons().length === 0}>
          Check every exercise in {name}
        </button>
      )}
      {state.phase === 'done' && (
        <p role="status" className={state.problems.length > 0 ? 'course-check__verdict bad' : 'course-check__verdict'}>
          {state.total} lesson{state.total === 1 ? '' : 's'} and {state.exercises} exercise{state.exercises === 1 ? '' : 's'} checked:{' '}
          {state.problems.length === 0 ? 'every block, reference and hidden variant works.' : `${state.problems.length} problem${state.problems.length === 1 ? '' : 's'}.`}
          {state.skipped.length > 0 && ` ${state.skipped.length} skipped (${state.skipped.join('; ')}).`}
        </p>
      )}
      {state.phase === 'cancelled' && <p role="status">Check cancelled after {state.done} of {state.total} lessons.</p>}
      {state.phase === 'failed' && <p role="alert">The check stopped: {state.error}</p>}
      {state.problems.length > 0 && (
        <ul className="course-card__problems" aria-label={`Problems the check found in ${name}`}>
          {state.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
