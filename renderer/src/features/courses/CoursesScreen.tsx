/**
 * The Courses view: the bundled course and the course folders opened beside it. Open a folder
 * or a .zip (a broken file is named, the rest loads), check every exercise, export any course
 * (with the learner's own styles in its packs) as one .zip another studio opens, close an opened
 * course.
 */
import { useState, useSyncExternalStore, type DragEvent } from 'react';
import { COURSE_TEXT_FILES, withCourseOwnStyles, type CourseFiles } from '../../core/course/courseFiles';
import { zipCourse } from '../../core/course/courseZip';
import { loadLessons } from '../../core/lessons/parseLesson';
import { getPlatform } from '../../platform';
import { bundledLessonFiles } from '../lessons';
import { bundledPackFiles, bundledPacks, ownStylesOf } from '../packs';
import { CourseCard } from './CourseCard';
import { closeCourse, courseStorageProblem, openCourse, openedCourses, subscribeCourses } from './courseStore';
import { openCourseFolderFromPlatform, openedMessage } from './openCourseFolder';
import { readFolderFiles, readZipFile, type CourseInput } from './readCourseInput';
import './CoursesScreen.css';

export type CoursesScreenProps = Record<string, never>;

function bundledFiles(): CourseFiles {
  return Object.fromEntries(Object.entries({ ...bundledLessonFiles(), ...bundledPackFiles() }).filter(([p]) => COURSE_TEXT_FILES.test(p)));
}

export function CoursesScreen(_props: CoursesScreenProps) {
  const courses = useSyncExternalStore(subscribeCourses, openedCourses, openedCourses);
  const [message, setMessage] = useState<{ text: string; bad: boolean } | null>(null);

  const open = async (read: () => Promise<CourseInput>) => {
    try {
      const { name, files } = await read();
      const opened = openCourse(name, files);
      setMessage({ text: openedMessage(opened), bad: opened.course.problems.length > 0 });
    } catch (e) {
      setMessage({ text: e instanceof Error ? e.message : String(e), bad: true });
    }
  };
  // The learner's own styles in the course's packs go with it, so another studio opens them too.
  const exportZip = async (name: string, files: CourseFiles) => {
    const withStyles = withCourseOwnStyles(files, ownStylesOf);
    const styles = [...new Set(Object.keys(withStyles).filter((p) => !(p in files)).flatMap((p) => /^sample-data\/[^/]+\/styles\/([^/]+)\//.exec(p)?.[1] ?? []))];
    const saved = await getPlatform().saveFile(`${name}.zip`, zipCourse(withStyles), 'application/zip');
    const carried = styles.length === 0 ? '' : `, with your style${styles.length === 1 ? '' : 's'} ${styles.join(', ')}`;
    if (saved.status === 'error') setMessage({ text: `Export failed: ${saved.message}`, bad: true });
    else if (saved.status === 'saved') setMessage({ text: `Exported ${name}.zip (${saved.location})${carried}.`, bad: false });
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    e.stopPropagation();
    const zip = [...e.dataTransfer.files].find((f) => /\.zip$/i.test(f.name));
    if (zip) void open(() => readZipFile(zip));
    else setMessage({ text: 'Drop a course .zip here (to open a folder, use “Course folder”).', bad: true });
  };

  return (
    <div className="courses-screen">
      <h1>Courses</h1>
      <section className="courses-screen__open" aria-labelledby="courses-open" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
        <h2 id="courses-open">Open a course</h2>
        <p>
          A course folder holds lessons in <code>lessons/&lt;nn-name&gt;/lesson.md</code> and packs in <code>sample-data/&lt;pack&gt;/</code>, like
          the bundled course. Choose the folder, or a .zip of it (you can also drop the .zip here).
        </p>
        <div className="courses-screen__inputs">
          {getPlatform().kind === 'desktop' && (
            <button type="button" className="btn" onClick={() => void openCourseFolderFromPlatform(getPlatform()).then((m) => m.text && setMessage(m))}>
              Open course folder…
            </button>
          )}
          <label>
            Course folder
            <input type="file" multiple ref={(el) => el?.setAttribute('webkitdirectory', '')} onChange={(e) => e.target.files?.length && void open(() => readFolderFiles([...e.target.files!]))} />
          </label>
          <label>
            Course .zip
            <input type="file" accept=".zip,application/zip" onChange={(e) => e.target.files?.[0] && void open(() => readZipFile(e.target.files![0]!))} />
          </label>
        </div>
        <p role="status" className={message?.bad ? 'courses-screen__message bad' : 'courses-screen__message'}>
          {message?.text ?? ''}
        </p>
        {courseStorageProblem() && <p role="alert">{courseStorageProblem()}</p>}
      </section>
      <CourseCard name="Bundled course" lessons={Object.keys(bundledLessonFiles()).length} lessonsToCheck={() => loadLessons(bundledLessonFiles()).lessons} packs={bundledPacks()} problems={bundledPacks().flatMap((p) => (p.error ? [`sample-data/${p.folder}/${p.error}`] : []))} onExport={() => void exportZip('modeling-studio-course', bundledFiles())} />
      {courses.map((c) => (
        <CourseCard
          key={c.id}
          name={c.name}
          lessons={c.course.lessons.length}
          packs={c.course.packs}
          problems={c.course.problems}
          lessonsToCheck={() => c.course.lessons}
          onExport={() => void exportZip(c.name, c.files)}
          onClose={() => closeCourse(c.id)}
        />
      ))}
    </div>
  );
}

export default CoursesScreen;
