/**
 * The current pack, scale and build, shared by every view (schemas, compare, lessons, diagrams,
 * the editor). A module-level store read with `useSyncExternalStore`, so views mounted lazily
 * need no provider and there is exactly one build state for the one engine: this is the only
 * module of the app that calls the pack runner's `buildPack`.
 */
import type { Pack } from '../../core/pack/loadPack';
import type { Engine } from '../../engine/engine';
import { buildPack, PackCancelled, testBuild, type BuildReport, type PackProgress } from '../../engine/pack';
import { catalogPacks, findPack } from './packCatalog';

export type BuildStatus = 'idle' | 'building' | 'ready' | 'failed' | 'cancelled';

export interface PackState {
  packId: string | null;
  scaleId: string | null;
  status: BuildStatus;
  progress: PackProgress | null;
  /** The last successful build (kept while a new build runs, fails or is cancelled). */
  report: BuildReport | null;
  /** The last failure's message (names the file when a pack file is at fault). */
  error: string | null;
  /**
   * The data tests of the current build, while they run after it became queryable (the launch
   * build defers them); null otherwise. The report's styles say `tests_pending` until they end.
   */
  testing: PackProgress | null;
}

type Listener = () => void;

function initialState(): PackState {
  // The course's running example first, when bundled.
  const loaded = catalogPacks().flatMap((p) => (p.pack ? [p.pack] : []));
  const first = loaded.find((p) => p.id === 'retail') ?? loaded[0] ?? null;
  return { packId: first?.id ?? null, scaleId: first?.defaultScale ?? null, status: 'idle', progress: null, report: null, error: null, testing: null };
}

let state: PackState | null = null;
const listeners = new Set<Listener>();
let controller: AbortController | null = null;
/** The pack object of the last successful build (an opened pack may since have been closed). */
let builtPack: Pack | null = null;
/** The running build is the one started at launch (`buildOpening`), which other builds replace. */
let opening = false;
/** The opening build was stopped because another build wants the engine (not by the user). */
let superseded = false;
/** The build in progress, so a caller can wait for the launch build to end. */
let running: Promise<BuildReport | null> | null = null;
/** The deferred data tests of the current build while they run, and how to stop them. */
let tests: { done: Promise<void>; controller: AbortController } | null = null;

function set(patch: Partial<PackState>): void {
  state = { ...getPackState(), ...patch };
  for (const listener of listeners) listener();
}

export function getPackState(): PackState {
  state ??= initialState();
  return state;
}

export function subscribePack(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The selected pack's loaded definition. */
export function selectedPack(s: PackState = getPackState()): Pack | null {
  return findPack(s.packId);
}

export function selectPack(packId: string): void {
  const pack = findPack(packId);
  if (pack && packId !== getPackState().packId) set({ packId, scaleId: pack.defaultScale });
}

export function selectScale(scaleId: string): void {
  set({ scaleId });
}

/** Build the selected pack at the selected scale; resolves with the report (null if it failed). */
export function buildSelected(engine: Engine, seed = 0): Promise<BuildReport | null> {
  const s = getPackState();
  return buildAt(engine, selectedPack(s), s.scaleId, seed);
}

/** Build the selected pack at launch: like `buildSelected`, but any other build replaces it. */
export function buildOpening(engine: Engine): Promise<BuildReport | null> {
  const s = getPackState();
  return buildAt(engine, selectedPack(s), s.scaleId, 0, true);
}

/**
 * Stop the launch build, if it is the one running, because another build (the comparison's, a
 * lesson's) needs the engine: the status bar then says nothing rather than "cancelled".
 */
export function stopOpeningBuild(): void {
  if (!opening || !controller) return;
  superseded = true;
  controller.abort();
}

function buildAt(engine: Engine, pack: Pack | null, scaleId: string | null, seed: number, atLaunch = false, holdTests = false): Promise<BuildReport | null> {
  if (!pack || !scaleId || getPackState().status === 'building') return Promise.resolve(null);
  const build = runBuild(engine, pack, scaleId, seed, atLaunch, holdTests);
  running = build;
  void build.finally(() => { if (running === build) running = null; });
  return build;
}

async function runBuild(engine: Engine, pack: Pack, scaleId: string, seed: number, atLaunch: boolean, holdTests: boolean): Promise<BuildReport | null> {
  controller = new AbortController();
  opening = atLaunch;
  superseded = false;
  set({ status: 'building', progress: { step: 'Starting', done: 0, total: 1 }, error: null });
  // A new build detaches the one whose tests still run: stop them first.
  await stopTests();
  try {
    // The launch build is queryable as soon as its tables exist; its data tests follow.
    const report = await buildPack(engine, pack, scaleId, { seed, signal: controller.signal, deferTests: atLaunch || holdTests, onProgress: (progress) => set({ progress }) });
    builtPack = pack;
    set({ status: 'ready', report, progress: null });
    if (!holdTests && report.styles.some((s) => s.tests_pending)) startTests(engine, pack, report);
    return report;
  } catch (error) {
    if (error instanceof PackCancelled) set({ status: superseded ? 'idle' : 'cancelled', progress: null });
    else set({ status: 'failed', progress: null, error: error instanceof Error ? error.message : String(error) });
    return null;
  } finally {
    controller = null;
    opening = false;
  }
}

/** Run the deferred data tests of `report` (the current build), their progress in `testing`. */
function startTests(engine: Engine, pack: Pack, report: BuildReport): void {
  const stop = new AbortController();
  set({ testing: { step: 'Starting', done: 0, total: 1 } });
  const done = testBuild(engine, pack, report, { signal: stop.signal, onProgress: (testing) => set({ testing }) }).then(
    (tested) => { if (getPackState().report === report) set({ report: tested }); },
    (error: unknown) => {
      if (error instanceof PackCancelled || getPackState().report !== report) return;
      set({ error: `the data tests could not run: ${error instanceof Error ? error.message : String(error)}` });
    },
  ).finally(() => {
    if (tests?.done === done) {
      tests = null;
      set({ testing: null });
    }
  });
  tests = { done, controller: stop };
}

/** Run the current build's data tests if they were held back (`deferTests`) and are not running. */
export function runPendingTests(engine: Engine): void {
  const { report } = getPackState();
  if (tests || !report || !builtPack || !report.styles.some((st) => st.tests_pending)) return;
  startTests(engine, builtPack, report);
}

/** Stop the deferred data tests, if they run; resolves once they have stopped. */
async function stopTests(): Promise<void> {
  const current = tests;
  if (!current) return;
  current.controller.abort();
  await current.done;
}

/** How a caller that needs a built pack follows and stops its build. */
export interface EnsureOptions {
  signal?: AbortSignal;
  onProgress?: (progress: PackProgress) => void;
  /** Build even when this pack and scale are the current build (timings of the build itself). */
  force?: boolean;
  /**
   * Leave the build's data tests unrun until `runPendingTests` or a caller that needs them: growth
   * measures builds that its next scale replaces, and tests running beside it would skew its timings.
   */
  deferTests?: boolean;
}

/**
 * The current build of `pack` at `scaleId`, building it first unless it already is the current
 * build (then nothing runs). Makes that pack and scale the selected ones, so every view shows
 * what the caller built. Rejects with the build's message when it fails, with an `AbortError`
 * when it is cancelled, and when another build is already running (one engine, one build).
 */
export async function ensureBuilt(engine: Engine, pack: Pack, scaleId: string, options: EnsureOptions = {}): Promise<BuildReport> {
  let s = getPackState();
  if (s.status === 'building' && opening && running) {
    // The launch build: wait for it when it builds what the caller wants, else replace it.
    const same = s.packId === pack.id && s.scaleId === scaleId && !options.force;
    if (!same) stopOpeningBuild();
    await running;
    s = getPackState();
  }
  if (s.status === 'building') throw new Error('Another build is running: wait for it to finish or cancel it.');
  // A caller that gets a report reads its test figures: let deferred tests finish first.
  if (tests && !options.force) {
    await tests.done;
    s = getPackState();
  }
  const current = s.report;
  if (!options.force && current && current.pack === pack.id && current.scale === scaleId && current.seed === 0 && builtPack === pack) {
    set({ packId: pack.id, scaleId });
    if (options.deferTests || !current.styles.some((st) => st.tests_pending)) return current;
    // Built with its tests held back: a caller that reads the report gets them run first.
    runPendingTests(engine);
    await tests?.done;
    return getPackState().report ?? current;
  }
  set({ packId: pack.id, scaleId });
  const off = options.onProgress ? subscribePack(() => { const p = getPackState().progress; if (p) options.onProgress!(p); }) : () => undefined;
  const abort = (): void => cancelBuild();
  options.signal?.addEventListener('abort', abort);
  try {
    const report = await buildAt(engine, pack, scaleId, 0, false, options.deferTests ?? false);
    if (report) return report;
    const after = getPackState();
    if (after.status === 'cancelled') throw new DOMException('Build cancelled', 'AbortError');
    throw new Error(after.error ?? 'The build failed.');
  } finally {
    off();
    options.signal?.removeEventListener('abort', abort);
  }
}

/** Cancel the running build (the previous build stays in place), or the deferred data tests. */
export function cancelBuild(): void {
  controller?.abort();
  tests?.controller.abort();
}

const watched = new WeakMap<Engine, () => void>();

/**
 * Rebuild session state after the engine restarts (a crash, or a cancel that had to restart the
 * worker): its tables are gone, so when it reports restarting → ready the last successfully
 * built pack is built again at its scale and seed, with the usual progress. Once per engine;
 * returns the unsubscribe function. `onRebuilt` (tests) receives each rebuild's result.
 */
export function rebuildAfterRestart(engine: Engine, onRebuilt?: (report: BuildReport | null) => void): () => void {
  const existing = watched.get(engine);
  if (existing) return existing;
  let restarting = false;
  const off = engine.onStatus((status) => {
    if (status.state === 'restarting') restarting = true;
    if (status.state !== 'ready' || !restarting) return;
    restarting = false;
    const last = getPackState().report;
    if (!last) return;
    const pack = builtPack;
    set({ packId: last.pack, scaleId: last.scale });
    void buildAt(engine, pack, last.scale, last.seed).then((report) => onRebuilt?.(report));
  });
  const stop = (): void => { off(); watched.delete(engine); };
  watched.set(engine, stop);
  return stop;
}
