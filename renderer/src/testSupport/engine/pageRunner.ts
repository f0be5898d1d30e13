/**
 * Runs the Engine suite inside the page, against a browser engine of its own (a second worker,
 * so the studio's engine and its pack build are not disturbed): the test build exposes it as
 * `window.__studioTest.runEngineSuite()`, and `e2e/engineSuite.spec.ts` reports each case. The
 * assertions are Vitest's own (`@vitest/expect` on chai), so a case means the same in both hosts.
 */
import * as chai from 'chai';
import { JestAsymmetricMatchers, JestChaiExpect, JestExtend, type ExpectStatic } from '@vitest/expect';
import { createBrowserEngine } from '../../engine/browserEngine';
import type { Engine } from '../../engine/engine';
import { testEngine } from './engineSuite';
import { crashWorker } from './engineSuiteHelpers';
import type { SuiteApi } from './suiteApi';

/** One case's outcome. */
export interface CaseResult {
  name: string;
  ok: boolean;
  ms: number;
  error?: string;
}

/** A declared case: its full name, body and timeout. */
export interface Case {
  name: string;
  body: () => Promise<void> | void;
  timeoutMs: number;
}

/** Vitest's default per-test timeout is far below what these cases need; this is the config's. */
const DEFAULT_TIMEOUT_MS = 120_000;

function makeExpect(): ExpectStatic {
  chai.use(JestExtend);
  chai.use(JestChaiExpect);
  chai.use(JestAsymmetricMatchers);
  return chai.expect as unknown as ExpectStatic;
}

/** Collect the cases `register` declares, with their describe names as a prefix. */
export function collectCases(register: (t: SuiteApi) => void): Case[] {
  const cases: Case[] = [];
  const prefix: string[] = [];
  register({
    describe(name, body) {
      prefix.push(name);
      try {
        body();
      } finally {
        prefix.pop();
      }
    },
    it(name, body, timeoutMs = DEFAULT_TIMEOUT_MS) {
      cases.push({ name: [...prefix, name].join(' > '), body, timeoutMs });
    },
    expect: makeExpect(),
  });
  return cases;
}

/** Run one case, turning a failed assertion, an error or a timeout into a failed result. */
export async function runCase(c: Case): Promise<CaseResult> {
  const started = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${c.timeoutMs} ms`)), c.timeoutMs);
    });
    await Promise.race([Promise.resolve().then(c.body), timeout]);
    return { name: c.name, ok: true, ms: Math.round(performance.now() - started) };
  } catch (e) {
    return { name: c.name, ok: false, ms: Math.round(performance.now() - started), error: e instanceof Error ? e.message : String(e) };
  } finally {
    clearTimeout(timer);
  }
}

/** Run every case of the Engine suite in order on a fresh browser engine, then close it. */
export async function runEngineSuiteInPage(): Promise<CaseResult[]> {
  let worker: Worker | undefined;
  const engine: Engine = createBrowserEngine({ onWorker: (w) => (worker = w) });
  await engine.ready();
  const cases = collectCases((t) =>
    testEngine(t, () => engine, {
      killWorker: () => crashWorker(worker),
    }),
  );
  const results: CaseResult[] = [];
  try {
    for (const c of cases) results.push(await runCase(c));
  } finally {
    await engine.close();
  }
  return results;
}
