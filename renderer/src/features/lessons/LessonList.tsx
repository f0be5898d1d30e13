import type { Lesson, LessonLoadError } from '../../core/lessons/lessonSchema';
import { lessonSummary, type Progress } from '../../core/lessons/progress';
import './LessonList.css';

export interface LessonListProps {
  lessons: Lesson[];
  errors: LessonLoadError[];
  progress: Progress;
  openId: string | null;
  onOpen(id: string): void;
}

/** The course outline with each lesson's progress; broken lesson files are listed with their error. */
export function LessonList({ lessons, errors, progress, openId, onOpen }: LessonListProps) {
  return (
    <nav className="lesson-list" aria-label="Lessons">
      <ol>
        {lessons.map((lesson, i) => {
          const s = lessonSummary(progress, lesson);
          const done = s.total > 0 && s.passed === s.total;
          return (
            <li key={lesson.id}>
              <button
                type="button"
                className={`lesson-list__item${lesson.id === openId ? ' lesson-list__item--open' : ''}`}
                aria-current={lesson.id === openId ? 'page' : undefined}
                onClick={() => onOpen(lesson.id)}
              >
                <span className="lesson-list__number">{i + 1}</span>
                <span className="lesson-list__title">{lesson.meta.title}</span>
                <span className={`lesson-list__progress${done ? ' lesson-list__progress--done' : ''}`} aria-label={`${s.passed} of ${s.total} exercises passed`}>
                  {done ? '✓' : ''} {s.passed}/{s.total}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      {errors.length > 0 && (
        <div className="lesson-list__errors" role="alert">
          <p>{errors.length === 1 ? 'One lesson could not be loaded:' : `${errors.length} lessons could not be loaded:`}</p>
          <ul>
            {errors.map((e) => (
              <li key={e.id}>{e.message}</li>
            ))}
          </ul>
        </div>
      )}
    </nav>
  );
}
