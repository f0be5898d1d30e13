/**
 * Course files from what a person hands the web edition: the files of a chosen folder
 * (`<input webkitdirectory>`, each with its `webkitRelativePath`) or a dropped/chosen `.zip`.
 */
import { COURSE_TEXT_FILES, normalizeCoursePaths, type CourseFiles } from '../../core/course/courseFiles';
import { unzipCourse } from '../../core/course/courseZip';

/** A course's name and files. */
export interface CourseInput {
  name: string;
  files: CourseFiles;
}

/** Read the text files of a chosen folder; the course is named after the folder. */
export async function readFolderFiles(list: readonly File[]): Promise<CourseInput> {
  const entries = await Promise.all(
    list.filter((f) => COURSE_TEXT_FILES.test(f.name)).map(async (f) => [f.webkitRelativePath || f.name, await f.text()] as const),
  );
  const name = (list[0]?.webkitRelativePath ?? '').split('/')[0] || 'course';
  return { name, files: normalizeCoursePaths(Object.fromEntries(entries)) };
}

/** Read a course .zip; the course is named after the file. */
export async function readZipFile(file: File): Promise<CourseInput> {
  return { name: file.name.replace(/\.zip$/i, ''), files: unzipCourse(new Uint8Array(await file.arrayBuffer())) };
}
