import { useEffect, useState } from 'react';
import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import type { Lesson } from '../../core/lessons/lessonSchema';
import { useCatalog } from '../editor';
import { useStudio } from '../studio';
import { ExerciseCard } from './ExerciseCard';
import { LessonChart } from './LessonChart';
import { PcaFigure } from './PcaFigure';
import { SqlBlock } from './SqlBlock';
import { useLessonData } from './useLessonData';
import './LessonView.css';

/** The page has one h1 (the lesson title): a `#` heading in the body becomes an h2. */
const demoteH1: Components = {
  h1: ({ node: _node, ...props }) => <h2 {...props} />,
  // Code samples may scroll sideways; a scrollable region must be reachable by keyboard.
  pre: ({ node: _node, ...props }) => <pre tabIndex={0} {...props} />,
};

export interface LessonViewProps {
  lesson: Lesson;
  previous: Lesson | null;
  next: Lesson | null;
  onOpen(id: string): void;
}

/** One lesson: header, data banner, the body with runnable blocks and exercises, previous/next. */
export function LessonView({ lesson, previous, next, onOpen }: LessonViewProps) {
  const { engine, showView } = useStudio();
  const data = useLessonData(lesson);
  const ready = data.state === 'ready';
  // The answer editors complete table and column names from the same catalog as the editor
  // view; refresh it once the lesson's tables exist.
  const catalog = useCatalog(engine);
  useEffect(() => {
    if (ready) catalog.refresh();
  }, [ready, catalog]);
  const [instructor, setInstructor] = useState(false);
  const hasNotes = lesson.blocks.some((b) => b.kind === 'instructor');
  let exerciseNo = 0;
  return (
    <article className="lesson" aria-labelledby="lesson-title">
      <header className="lesson__header">
        <p className="lesson__kicker">
          Lesson {Number(lesson.id.slice(0, 2)) || ''} · about {lesson.meta.minutes} minutes · {lesson.exercises.length} exercises
        </p>
        <h1 id="lesson-title">{lesson.meta.title}</h1>
        {hasNotes && (
          <button type="button" className="lesson__notes-toggle" aria-pressed={instructor} onClick={() => setInstructor((v) => !v)}>
            {instructor ? 'Hide instructor notes' : 'Show instructor notes'}
          </button>
        )}
        <div className="lesson__objectives">
          <h2>You will be able to</h2>
          <ul>
            {lesson.meta.objectives.map((o, i) => (
              <li key={i}>{o}</li>
            ))}
          </ul>
        </div>
        <div className={`lesson__data lesson__data--${data.state}`} role="status">
          <span>{data.message}</span>
          {(data.state === 'other-build' || data.state === 'failed') && (
            <button type="button" onClick={data.prepare}>
              Prepare the lesson's data
            </button>
          )}
        </div>
      </header>
      <div className="lesson__body">
        {lesson.blocks.map((block, i) => {
          switch (block.kind) {
            case 'markdown':
              return (
                <div key={i} className="lesson__markdown">
                  <Markdown remarkPlugins={[remarkGfm]} components={demoteH1}>
                    {block.text}
                  </Markdown>
                </div>
              );
            case 'sql':
              return <SqlBlock key={i} sql={block.sql} number={block.index + 1} expectError={block.expectError} canRun={ready} lessonTitle={lesson.meta.title} />;
            case 'exercise':
              exerciseNo += 1;
              return <ExerciseCard key={`${lesson.id}-${block.exercise.id}`} lesson={lesson} exercise={block.exercise} number={exerciseNo} canCheck={ready} variant={data.variant} />;
            case 'chart':
              return <LessonChart key={i} chart={block.chart} canRun={ready} />;
            case 'pca':
              return <PcaFigure key={i} block={block.pca} canRun={ready} />;
            case 'instructor':
              return instructor ? (
                <aside key={i} className="lesson__instructor" aria-label="Instructor notes">
                  <p className="lesson__instructor-title">For the instructor</p>
                  <Markdown remarkPlugins={[remarkGfm]} components={demoteH1}>
                    {block.text}
                  </Markdown>
                </aside>
              ) : null;
            case 'view':
              return (
                <p key={i}>
                  <button type="button" className="primary" onClick={() => showView(block.link.view)}>
                    {block.link.label}
                  </button>
                </p>
              );
          }
        })}
      </div>
      <nav className="lesson__pager" aria-label="Lesson navigation">
        {previous ? (
          <button type="button" onClick={() => onOpen(previous.id)}>
            ← Previous: {previous.meta.title}
          </button>
        ) : (
          <span />
        )}
        {next && (
          <button type="button" className="primary" onClick={() => onOpen(next.id)}>
            Next: {next.meta.title} →
          </button>
        )}
      </nav>
    </article>
  );
}
