/** What other features use of the lessons: the bundled lessons and the learner's progress. The lessons screen itself is reached through the view registry. */
export * from './bundledLessons';
export * from './progressStore';
