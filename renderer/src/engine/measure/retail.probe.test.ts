import { it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadPackFromDisk } from '../../../../scripts/lib/loadPackFromDisk';
import { buildPack } from '../pack/buildPack';
import { scratchEngine } from './scratchEngine';
import { storageOfSchema } from './storage';
import { timeQuestions } from './timing';
it('probe retail', async () => {
  const e = await scratchEngine();
  const pack = loadPackFromDisk('retail');
  const scale = process.env.SCALE ?? '10k';
  let t = performance.now();
  await buildPack(e, pack, scale);
  console.log('build', performance.now() - t);
  const dir = mkdtempSync(path.join(tmpdir(), 'probe-')) + '/';
  for (const s of pack.styles) {
    t = performance.now();
    const st = await storageOfSchema(e, s, { fileDir: dir });
    console.log(s, Math.round(performance.now() - t), 'ms', st.tables.length, st.rows, st.duckdbBytes, st.dataBytes, st.csvBytes, st.csvMethod);
  }
  t = performance.now();
  const r = await timeQuestions(e, pack.questions, pack.styles, { runs: 5 });
  console.log('timing', performance.now() - t, JSON.stringify(r.overhead));
  for (const q of r.questions) console.log(q.id, Object.entries(q.styles).map(([s, x]) => `${s}:${x.summary?.median.toFixed(1)}${x.agrees ? '✓' : '✗' + (x.problem ?? x.error)}`).join(' '));
  await e.close();
}, 600000);
