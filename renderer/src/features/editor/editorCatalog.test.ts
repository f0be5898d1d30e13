/** The editor's catalog read from the real engine (DuckDB-Wasm in Node). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/engine';
import { createNodeEngine } from '../../engine/nodeEngine';
import { completionCandidates } from '../../components/sqlEditor/completion';
import { loadEditorCatalog, loadTables } from './editorCatalog';

let engine: Engine;
beforeAll(async () => {
  engine = createNodeEngine();
  await engine.ready();
});
afterAll(() => engine.close());

describe('editor catalog', () => {
  it('has DuckDB keywords and functions with signatures', async () => {
    const catalog = await loadEditorCatalog(engine);
    expect(catalog.keywords).toEqual(expect.arrayContaining(['select', 'qualify', 'pivot']));
    expect(catalog.functions).toEqual(expect.arrayContaining(['sum', 'list_value', 'strftime']));
    expect(catalog.signatures?.['sum']).toMatch(/^sum\(/);
    expect(catalog.functions).not.toContain('+');
  });

  it('sees a table created in the session, and completes its columns after an alias', async () => {
    await engine.query('CREATE SCHEMA IF NOT EXISTS star; CREATE OR REPLACE TABLE star.fact_sales (sale_id INTEGER, "Amount Paid" DECIMAL(10,2))');
    const tables = await loadTables(engine);
    expect(tables).toContainEqual({ schema: 'star', name: 'fact_sales', columns: [{ name: 'sale_id', type: 'INTEGER' }, { name: 'Amount Paid', type: 'DECIMAL(10,2)' }] });
    const catalog = { keywords: [], functions: [], tables };
    const items = completionCandidates(catalog, 'SELECT f.', 'SELECT f. FROM star.fact_sales f');
    expect(items.map((i) => i.insertText)).toEqual(['sale_id', '"Amount Paid"']);
  });
});
