/**
 * The polluted-CSV corpus through the Data view's path with every default accepted (preview,
 * then load with the detected types and the suggested name), scored per family against the
 * clean originals. Also: no row is loaded changed without the preview saying how many rows it
 * repaired, and the session stays usable after every file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollutedCorpus } from '../../core/importing/corpus/pollutedCsv';
import { scoreTable } from '../../core/importing/corpus/scoreTable';
import { quoteIdent } from '../../core/sqlText/quote';
import type { Engine } from '../engine';
import { createNodeEngine } from '../nodeEngine';
import { ImportFailure } from './importFailure';
import { discardImport, loadImport } from './loadImport';
import { previewImport } from './previewImport';
import { listTables } from './tables';

let engine: Engine;
beforeAll(async () => {
  engine = createNodeEngine();
  await engine.ready();
  await engine.query('CREATE TABLE earlier AS SELECT 42 AS answer');
});
afterAll(async () => { await engine.close(); });

/** Lowest score (0–10) each family may reach; raise these when the importer improves. */
const FLOORS: Record<string, number> = {
  extra_separator: 9.9, missing_separator: 9.6, stray_quote: 9.9, preamble: 9.9, multirow_header: 9.9,
  delimiter: 9.9, quote_char: 9.9, escape_char: 9.9, encoding: 9.9, empty: 10, line_endings: 9.9,
};

async function tableAsText(name: string): Promise<(string | null)[][]> {
  const cols = await engine.query(`SELECT column_name FROM information_schema.columns WHERE table_catalog = 'memory' AND table_name = '${name}' ORDER BY ordinal_position`);
  const names = cols.rows.map((r) => String(r[0])).filter((n) => n !== '_extra');
  const rows = await engine.query(`SELECT ${names.map((n) => `CAST(${quoteIdent(n)} AS VARCHAR)`).join(', ')} FROM memory.main.${quoteIdent(name)}`);
  return [names, ...rows.rows.map((r) => r.map((v) => (v === null ? null : String(v))))];
}

describe('polluted CSV corpus', () => {
  it('scores per family, reports every changed row, and keeps the session usable', async () => {
    const sums = new Map<string, { score: number; files: number; loaded: number }>();
    const unreported: string[] = [];
    const unclear: string[] = [];
    let n = 0;
    for (const file of pollutedCorpus()) {
      const name = `c${++n}`;
      let score = 0;
      let loaded = false;
      try {
        const p = await previewImport(engine, { name: file.name, bytes: file.bytes }, []);
        try {
          await loadImport(engine, p, { tableName: name, columns: p.columns });
        } catch (error) {
          await discardImport(engine, p);
          throw error;
        }
        loaded = true;
        if (file.clean) {
          const s = scoreTable(file.clean, await tableAsText(name));
          score = s.score;
          const reported = p.repairs?.rowsRepaired ?? 0;
          if (s.changedRows > reported) unreported.push(`${file.name}: ${s.changedRows} rows changed, ${reported} reported`);
        }
        await engine.query(`DROP TABLE IF EXISTS memory.main.${name}; DROP TABLE IF EXISTS memory.main.${name}_rejects`);
      } catch (error) {
        if (!(error instanceof ImportFailure)) throw error;
        if (/Possible (fixes|Solution)|Error:/.test(error.message)) unclear.push(error.message);
        else if (file.clean === null) score = 10;
      }
      if (process.env.CORPUS_DEBUG && score < 10) console.log('LOW', file.name, score.toFixed(2));
      const sum = sums.get(file.family) ?? { score: 0, files: 0, loaded: 0 };
      sums.set(file.family, { score: sum.score + score, files: sum.files + 1, loaded: sum.loaded + (loaded ? 1 : 0) });
      // The session stays usable: the earlier table answers and the table list works.
      expect((await engine.query('SELECT answer FROM earlier')).rows[0]?.[0]).toBe(42);
      expect((await listTables(engine)).map((t) => t.name)).toContain('earlier');
    }
    const table = [...sums].map(([family, s]) => ({ family, loaded: `${s.loaded}/${s.files}`, score: Math.round((10 * s.score) / s.files) / 10 }));
    console.log(table.map((r) => `${r.family.padEnd(18)} ${r.loaded.padStart(5)}  ${r.score.toFixed(1)}`).join('\n'));
    expect(unclear).toEqual([]);
    expect(unreported).toEqual([]);
    for (const r of table) expect(r.score, r.family).toBeGreaterThanOrEqual(FLOORS[r.family] ?? 10);
  });
});
