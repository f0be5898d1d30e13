/**
 * npm run compare -- --pack retail --scale 100k [--json] [--seed N] [--runs N] [--scales 1000,10000,100000]
 * Builds a pack in DuckDB-Wasm (the same core and engine code as the app), runs its tests,
 * questions and write scenarios, and prints a table or, with --json, the shape described in sample-data/README.md.
 * With --json, storage bytes per style and run-time distributions come from scripts/lib/compareMeasure
 * (--runs runs each; --scales adds a growth list). Exit code 1 when a question disagrees or a data test fails.
 */
import { parseArgs } from 'node:util';
import { buildPack, runQuestions, runWrites } from '../renderer/src/engine/pack';
import { measureBuild, measureGrowth, mergeMeasurements, scalesFromArg } from './lib/compareMeasure';
import { compareJson, compareText } from './lib/formatCompare';
import { loadPackFromDisk } from './lib/loadPackFromDisk';
import { createPackEngine } from './lib/packEngine';

const { values } = parseArgs({
  options: {
    pack: { type: 'string', default: 'retail' },
    scale: { type: 'string' },
    seed: { type: 'string', default: '0' },
    runs: { type: 'string', default: '1' },
    json: { type: 'boolean', default: false },
    scales: { type: 'string' },
  },
});

const pack = loadPackFromDisk(values.pack!);
const scale = values.scale ?? pack.defaultScale;
const engine = await createPackEngine();
try {
  const log = (text: string) => !values.json && process.stderr.isTTY && process.stderr.write(`\r${text.padEnd(60)}`);
  const build = await buildPack(engine, pack, scale, { seed: Number(values.seed), onProgress: (p) => log(`build: ${p.step}`) });
  const questions = await runQuestions(engine, pack, { runs: Number(values.runs), onProgress: (p) => log(`questions: ${p.step}`) });
  const writes = await runWrites(engine, pack);
  log('');
  const json = compareJson(build, questions, writes);
  if (values.json) {
    const runs = Math.max(1, Number(values.runs));
    const measured = await measureBuild(engine, pack, scale, runs);
    const growth = values.scales ? await measureGrowth(engine, pack, scalesFromArg(pack, values.scales), runs) : undefined;
    process.stdout.write(`${JSON.stringify(mergeMeasurements(json, measured, growth))}\n`);
  } else {
    process.stdout.write(`${compareText(json)}\n`);
  }
  const failed = json.questions.some((q) => !q.agree) || json.styles.some((s) => s.tests.failed > 0);
  process.exitCode = failed ? 1 : 0;
} finally {
  await engine.close();
}
