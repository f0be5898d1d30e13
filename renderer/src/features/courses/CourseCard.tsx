/** One course in the Courses view: what it holds, its problems (file and line), a full check, export and close. */
import type { CoursePack } from '../../core/course/courseFiles';
import type { Lesson } from '../../core/lessons/lessonSchema';
import { CourseCheck } from './CourseCheck';

export interface CourseCardProps {
  name: string;
  lessons: number;
  packs: CoursePack[];
  /** Each names its file (and line when known). */
  problems: string[];
  /** Its lessons, for "Check every exercise". */
  lessonsToCheck(): readonly Lesson[];
  onExport(): void;
  /** Absent for the bundled course, which cannot be closed. */
  onClose?(): void;
}

export function CourseCard({ name, lessons, packs, problems, lessonsToCheck, onExport, onClose }: CourseCardProps) {
  const headingId = `course-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  return (
    <section className="course-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{name}</h2>
      <p>
        {lessons} lesson{lessons === 1 ? '' : 's'}
        {packs.length > 0 && ` · packs: ${packs.map((p) => (p.pack ? `${p.pack.title} (${p.pack.id})` : `${p.folder} (not loaded)`)).join(', ')}`}
      </p>
      {problems.length > 0 && (
        <ul className="course-card__problems" aria-label={`Problems in ${name}`}>
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <CourseCheck name={name} lessons={lessonsToCheck} />
      <div className="course-card__actions">
        <button type="button" className="btn" onClick={onExport}>
          Export {name} as .zip
        </button>
        {onClose && (
          <button type="button" className="btn" onClick={onClose}>
            Close {name}
          </button>
        )}
      </div>
    </section>
  );
}
