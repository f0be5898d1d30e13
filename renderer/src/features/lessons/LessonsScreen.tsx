import { useState, useSyncExternalStore } from 'react';
import { lessonSummary, markVisited } from '../../core/lessons/progress';
import { openedCourses, subscribeCourses } from '../courses';
import { bundledLessons } from './bundledLessons';
import { LessonList } from './LessonList';
import { LessonView } from './LessonView';
import { lastOpenLesson, rememberOpenLesson, updateProgress, useProgress } from './progressStore';
import { ReportButtons } from './ReportButtons';
import './LessonsScreen.css';

export type LessonsScreenProps = Record<string, never>;

/** The shell's 'lessons' view: the outline with progress, the open lesson, the report export. */
export function LessonsScreen(_props: LessonsScreenProps) {
  // Re-read the list when a course folder is opened or closed while this view is mounted.
  useSyncExternalStore(subscribeCourses, openedCourses, openedCourses);
  const { lessons, errors } = bundledLessons();
  const progress = useProgress();
  const [openId, setOpenId] = useState<string | null>(() => {
    const last = lastOpenLesson();
    return lessons.find((l) => l.id === last)?.id ?? lessons[0]?.id ?? null;
  });
  const open = (id: string) => {
    setOpenId(id);
    rememberOpenLesson(id);
    updateProgress((p) => markVisited(p, id));
    document.querySelector('.lessons-screen__main')?.scrollTo({ top: 0 });
  };
  const index = lessons.findIndex((l) => l.id === openId);
  const lesson = index >= 0 ? lessons[index]! : null;
  const passed = lessons.reduce((n, l) => n + lessonSummary(progress, l).passed, 0);
  const total = lessons.reduce((n, l) => n + l.exercises.length, 0);
  return (
    <div className="lessons-screen">
      <div className="lessons-screen__side">
        <div className="lessons-screen__head">
          <h2>Course</h2>
          <p>
            {passed} of {total} exercises passed
          </p>
          <ReportButtons lessons={lessons} progress={progress} />
        </div>
        <LessonList lessons={lessons} errors={errors} progress={progress} openId={openId} onOpen={open} />
      </div>
      <div className="lessons-screen__main">
        {lesson ? (
          <LessonView key={lesson.id} lesson={lesson} previous={lessons[index - 1] ?? null} next={lessons[index + 1] ?? null} onOpen={open} />
        ) : (
          <p className="lessons-screen__empty">No lessons are bundled with this build.</p>
        )}
      </div>
    </div>
  );
}

export default LessonsScreen;
