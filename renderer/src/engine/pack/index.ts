/** The pack runner: build a pack into the engine, run its questions and write scenarios. */
export { buildPack, currentPackDatabase, testBuild, type BuildOptions, type TestOptions } from './buildPack';
export { runQuestions, type QuestionOptions } from './runQuestions';
export { runWrites } from './runWrites';
export * from './reports';
