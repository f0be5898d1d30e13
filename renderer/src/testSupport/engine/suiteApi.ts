/**
 * What the Engine suite needs of a test framework, so the same cases run under Vitest in Node
 * (`nodeEngine.test.ts` passes vitest's own functions) and in the browser's page (the test
 * build's runner, driven by `e2e/engineSuite.spec.ts`).
 */
import type { ExpectStatic } from '@vitest/expect';

/** The three functions the suite's files call; vitest's `describe`, `it` and `expect` fit. */
export interface SuiteApi {
  describe(name: string, body: () => void): void;
  it(name: string, body: () => Promise<void> | void, timeoutMs?: number): void;
  expect: ExpectStatic;
}
