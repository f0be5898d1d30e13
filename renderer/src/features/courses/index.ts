/** What other features use of courses: the opened course folders and opening one. */
export * from './courseStore';
export * from './openCourseFolder';
