import { useState } from 'react';
import type { Lesson } from '../../core/lessons/lessonSchema';
import type { ResultSet } from '../../core/result';
import { useStudio } from '../studio';
import { expectedResult, type SqlExercise } from '../../engine/lessons/checkAnswer';
import { ResultTable } from './ResultTable';

export interface ExpectedPreviewProps {
  lesson: Lesson;
  exercise: SqlExercise;
  /** A same-question exercise's style. */
  style?: string;
  canRun: boolean;
}

const ROWS = 5;

/** "Show the expected result": the reference's first rows, visible before attempting. */
export function ExpectedPreview({ lesson, exercise, style, canRun }: ExpectedPreviewProps) {
  const { engine } = useStudio();
  const [state, setState] = useState<{ kind: 'idle' | 'running' } | { kind: 'done'; result: ResultSet } | { kind: 'error'; message: string }>({ kind: 'idle' });
  const show = async () => {
    setState({ kind: 'running' });
    try {
      setState({ kind: 'done', result: await expectedResult(engine, lesson, exercise, style) });
    } catch (e) {
      setState({ kind: 'error', message: (e as Error).message });
    }
  };
  const caption = `${exercise.kind === 'design' ? 'Expected answer to the check question' : 'Expected result'}${style ? ` (${style})` : ''}`;
  return (
    <div className="exercise__expected">
      {state.kind !== 'done' && (
        <button type="button" onClick={show} disabled={!canRun || state.kind === 'running'}>
          {state.kind === 'running' ? 'Running…' : `Show ${exercise.kind === 'design' ? 'what the check question returns' : 'the expected result'}`}
        </button>
      )}
      {state.kind === 'done' && <ResultTable result={state.result} caption={caption} maxRows={ROWS} />}
      {state.kind === 'error' && <p className="exercise__feedback exercise__feedback--error">{state.message}</p>}
    </div>
  );
}
