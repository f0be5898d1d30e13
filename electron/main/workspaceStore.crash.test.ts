/**
 * Crash safety of workspace saves: after a save dies at any point, the file on disk is either the
 * old or the new complete version. Two ways to die: real child processes SIGKILLed at random
 * delays, and an fs layer that fails at the k-th operation (and every one after, as a dead
 * process would). A naive in-place writer under the same faults is the control: it tears.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { cleanStaleTemps, nodeFs, type FsLayer } from './atomicWrite';
import { encodeWorkspace, loadWorkspaceFile, saveWorkspaceFile } from './workspaceStore';
import type { WorkspaceData } from '../common/contract';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-crash-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Deterministic pseudo-random numbers, so a failing run can be replayed from its seed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** Workspace data of roughly `size` characters, labelled so old and new are told apart. */
function payload(label: string, size: number): WorkspaceData {
  return { label, tabs: Array.from({ length: chunks(size) }, (_, i) => chunk(label, i)) };
}
// Few long strings rather than many short ones: validating the file stays cheap.
const chunks = (size: number): number => Math.max(1, Math.ceil(size / 1000));
const chunk = (label: string, i: number): string => `-- ${label} ${i}\n` + 'SELECT 1;'.repeat(110);

/** 'old', 'new', or a description of what else is on disk. */
function classify(file: string, oldText: string, newLabel: string): string {
  if (!fs.existsSync(file)) return 'missing';
  const text = fs.readFileSync(file, 'utf8');
  if (text === oldText) return 'old';
  try {
    const parsed = JSON.parse(text) as { version: number; data: WorkspaceData };
    if (parsed.version === 1 && parsed.data.label === newLabel && JSON.stringify(parsed.data) === JSON.stringify(payload(newLabel, (parsed.data.tabs as string[]).length * 1000))) return 'new';
  } catch {
    /* torn */
  }
  return `torn (${text.length} chars)`;
}

describe('SIGKILL during a save (real child processes)', () => {
  const runs = 100;
  let child: string;

  beforeAll(async () => {
    // One bundled script, so each child starts in tens of milliseconds rather than via tsx.
    child = path.join(dir, 'saveChild.cjs');
    await build({
      stdin: {
        contents: `import { saveWorkspaceFile } from './workspaceStore';
          const [file, size, label] = process.argv.slice(2);
          const chunks = ${chunks.toString()}, chunk = ${chunk.toString()};
          const tabs = Array.from({ length: chunks(Number(size)) }, (_, i) => chunk(label, i));
          process.stdout.write('ready\\n');
          const t0 = performance.now();
          saveWorkspaceFile(file, { label, tabs }).then(() => process.stdout.write('done ' + (performance.now() - t0) + '\\n'));`,
        resolveDir: __dirname,
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile: child,
      logLevel: 'silent',
    });
  });

  /** Run one child save; kill it `killAfterMs` after it says it is about to save (null: never). */
  function runChild(file: string, size: number, label: string, killAfterMs: number | null): Promise<{ killed: boolean; saveMs: number }> {
    return new Promise((resolve, reject) => {
      const proc = spawn(process.execPath, [child, file, String(size), label], { stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      proc.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (killAfterMs !== null && out.startsWith('ready\n') && !out.includes('armed')) {
          out += 'armed';
          setTimeout(() => proc.kill('SIGKILL'), killAfterMs);
        }
      });
      proc.on('error', reject);
      // 'close', not 'exit': only 'close' waits for the child's last stdout chunk ("done …").
      proc.on('close', (_code, signal) => {
        const done = /done ([\d.]+)/.exec(out);
        resolve({ killed: signal === 'SIGKILL', saveMs: done ? Number(done[1]) : NaN });
      });
    });
  }

  it(`leaves the old or the new complete file in each of ${runs} runs`, async () => {
    const size = 1_500_000;
    const lanes = 4;
    // Calibrate under the same parallel load: how long does an unkilled save take here? Kill
    // delays span 0..2× the slowest, so kills land before, during and after the commit.
    const calibrations = await Promise.all(
      Array.from({ length: lanes }, async (_, lane) => {
        const file = path.join(dir, `calibrate-${lane}.json`);
        const result = await runChild(file, size, 'calibrate', null);
        expect(classify(file, '', 'calibrate')).toBe('new');
        return result.saveMs;
      }),
    );
    const calibration = { saveMs: Math.max(...calibrations) };
    const random = rng(2026);
    const outcomes: Record<string, number> = {};
    let done = 0;
    /** Run `count` kills, delays drawn from 0..window ms, spread over a few lanes. */
    const batch = async (count: number, window: number): Promise<void> => {
      const delays = Array.from({ length: count }, () => Math.floor(random() * window));
      // A few lanes at once, each on its own file: children mostly wait on fsync, so this
      // overlaps their waits without changing what any single run sees.
      await Promise.all(
        Array.from({ length: lanes }, async (_, lane) => {
          const file = path.join(dir, `killed-${lane}.json`);
          for (let i = lane; i < count; i += lanes) {
            const run = done + i;
            const oldText = encodeWorkspace(payload(`old${run}`, 1000 + run), new Date());
            fs.writeFileSync(file, oldText);
            await runChild(file, size, `new${run}`, delays[i]!);
            const outcome = classify(file, oldText, `new${run}`);
            outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
            expect(outcome, `run ${run}`).toMatch(/^(old|new)$/);
            // Loading cleans up whatever temp file the dead process left (checked in full every 10th run).
            if (run % 10 === 0) expect((await loadWorkspaceFile(file)).status).toBe('loaded');
            else await cleanStaleTemps(file);
          }
        }),
      );
      done += count;
    };
    // Kill delays span 0..2× the slowest calibrated save, so kills land before, during and after
    // the commit. Under heavy load saves can run slower than calibrated; then the window widens
    // (a few extra batches) until kills have landed on both sides of the rename.
    let window = Math.max(5, calibration.saveMs * 2);
    await batch(runs, window);
    for (let extra = 0; extra < 4 && !(outcomes.old && outcomes.new); extra += 1) {
      window *= 2;
      await batch(20, window);
    }
    console.log(`SIGKILL runs: ${JSON.stringify(outcomes)}; slowest unkilled save took ${calibration.saveMs.toFixed(1)} ms`);
    expect(Object.values(outcomes).reduce((a, b) => a + b, 0)).toBe(done);
    // Both outcomes occur, so the kills really landed inside saves.
    expect(outcomes.old ?? 0).toBeGreaterThan(0);
    expect(outcomes.new ?? 0).toBeGreaterThan(0);
    expect(fs.readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

/**
 * An fs layer that dies at operation `failAt`: that operation throws (a write first writes a
 * random prefix, as a torn write would) and so does every later one.
 */
function dyingFs(failAt: number, random: () => number): FsLayer & { ops: string[] } {
  const ops: string[] = [];
  let count = 0;
  const gate = <A extends unknown[], R>(name: string, run: (...args: A) => Promise<R>) => async (...args: A): Promise<R> => {
    const index = count++;
    ops.push(name);
    if (index < failAt) return run(...args);
    if (index === failAt && name === 'write') {
      const [fd, data] = args as unknown as [number, Uint8Array];
      await nodeFs.write(fd, data.subarray(0, Math.floor(random() * data.length)));
    }
    throw Object.assign(new Error(`injected fault at operation ${index} (${name})`), { code: 'EIO' });
  };
  return {
    ops,
    open: gate('open', nodeFs.open),
    write: gate('write', nodeFs.write),
    fsync: gate('fsync', nodeFs.fsync),
    close: gate('close', nodeFs.close),
    rename: gate('rename', nodeFs.rename),
    unlink: gate('unlink', nodeFs.unlink),
  };
}

describe('faults injected at the k-th file operation', () => {
  const runs = 1200;

  it('lists the operations of one save: the rename is the commit point', async () => {
    const io = dyingFs(Infinity, rng(1));
    await saveWorkspaceFile(path.join(dir, 'ops.json'), { a: 1 }, { fs: io });
    expect(io.ops).toEqual(['open', 'write', 'fsync', 'close', 'rename', 'open', 'fsync', 'close']);
  });

  it(`leaves the old or the new complete file in each of ${runs} runs, exactly as the commit point predicts`, async () => {
    const file = path.join(dir, 'faulty.json');
    const random = rng(7);
    const outcomes: Record<string, number> = {};
    for (let run = 0; run < runs; run++) {
      const failAt = run % 9; // 0..7 fail at that operation; 8 never fails
      const oldText = encodeWorkspace(payload(`old${run}`, 200 + Math.floor(random() * 20_000)), new Date());
      fs.writeFileSync(file, oldText);
      const io = dyingFs(failAt, random);
      const error = await saveWorkspaceFile(file, payload(`new${run}`, 200 + Math.floor(random() * 20_000)), { fs: io }).then(() => null, (e: Error) => e);
      const outcome = classify(file, oldText, `new${run}`);
      outcomes[`${failAt}:${outcome}`] = (outcomes[`${failAt}:${outcome}`] ?? 0) + 1;
      expect(outcome, `run ${run}, fault at ${failAt}`).toBe(failAt <= 4 ? 'old' : 'new');
      expect(error === null, `run ${run}`).toBe(failAt === 8);
      for (const name of fs.readdirSync(dir)) if (name.endsWith('.tmp')) fs.unlinkSync(path.join(dir, name));
    }
    expect(Object.values(outcomes).reduce((a, b) => a + b, 0)).toBe(runs);
  });

  it('control: a naive in-place write under the same faults does tear the file', async () => {
    const file = path.join(dir, 'naive.json');
    const random = rng(11);
    let torn = 0;
    for (let run = 0; run < 50; run++) {
      const oldText = encodeWorkspace(payload('old', 5000), new Date());
      fs.writeFileSync(file, oldText);
      const io = dyingFs(1, random);
      const fd = await io.open(file, 'w');
      await io.write(fd, Buffer.from(encodeWorkspace(payload(`new${run}`, 5000), new Date()))).catch(() => undefined);
      fs.closeSync(fd);
      if (classify(file, oldText, `new${run}`).startsWith('torn')) torn++;
    }
    expect(torn).toBeGreaterThan(40);
  });
});
