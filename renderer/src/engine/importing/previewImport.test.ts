import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../engine';
import { createNodeEngine } from '../nodeEngine';
import { ImportFailure } from './importFailure';
import { discardImport, loadImport, needsTextStaging } from './loadImport';
import { previewImport } from './previewImport';
import { listSchemasWithTables, listTables } from './tables';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
let engine: Engine;

beforeAll(async () => {
  engine = createNodeEngine();
  await engine.ready();
});
afterAll(async () => { await engine.close(); });

async function failure(name: string, text: string | Uint8Array): Promise<ImportFailure> {
  try {
    const p = await previewImport(engine, { name, bytes: typeof text === 'string' ? enc(text) : text }, []);
    await discardImport(engine, p);
  } catch (error) {
    if (error instanceof ImportFailure) return error;
    throw error;
  }
  throw new Error(`${name} was accepted`);
}

describe('previewImport: CSV', () => {
  it('detects columns and types and samples rows', async () => {
    const p = await previewImport(engine, { name: 'Prices 2024.csv', bytes: enc('id,name,price,d\n1,foo,1.5,2024-01-08\n2,"bar, baz",2.25,2024-02-01\n') }, []);
    expect(p.kind).toBe('csv');
    expect(p.suggestedName).toBe('prices_2024');
    expect(p.columns.map((c) => [c.name, c.detectedType])).toEqual([['id', 'BIGINT'], ['name', 'VARCHAR'], ['price', 'DOUBLE'], ['d', 'DATE']]);
    expect(p.sampleRows.map((r) => r[1])).toEqual(['foo', 'bar, baz']);
    await discardImport(engine, p);
  });
  it('reads semicolon-separated files', async () => {
    const p = await previewImport(engine, { name: 's.csv', bytes: enc('a;b\n1;x\n') }, []);
    expect(p.columns.map((c) => c.name)).toEqual(['a', 'b']);
    await discardImport(engine, p);
  });
});

describe('previewImport: numbers written with a decimal comma', () => {
  const european = 'id;name;amount;rate\n1;Ada;1.234,56;0,5\n2;Bruno;12,00;1,25\n3;Chiara;-7,5;\n';

  it('reads 1.234,56 as the number 1234.56 and says so', async () => {
    const p = await previewImport(engine, { name: 'eu.csv', bytes: enc(european) }, []);
    expect(p.dialect?.decimal).toBe(',');
    expect(p.columns.map((c) => [c.name, c.detectedType])).toEqual([['id', 'BIGINT'], ['name', 'VARCHAR'], ['amount', 'DOUBLE'], ['rate', 'DOUBLE']]);
    expect(p.repairs?.notes).toContain('Numbers are written with a decimal comma (as 1.234,56), so they are read as 1234.56; change "Decimal mark" if that is wrong.');
    const t = await loadImport(engine, p, { tableName: 'eu_amounts', columns: p.columns });
    expect(t.rows).toBe(3);
    expect((await engine.query('SELECT amount, rate FROM eu_amounts ORDER BY id')).rows).toEqual([[1234.56, 0.5], [12, 1.25], [-7.5, null]]);
    await engine.query('DROP TABLE eu_amounts');
  });

  it('converts them on the repair path too (a row with a missing field)', async () => {
    const p = await previewImport(engine, { name: 'eu2.csv', bytes: enc(`${european}4;Dmitri\n`) }, []);
    expect(p.columns.find((c) => c.name === 'amount')?.detectedType).toBe('DOUBLE');
    await loadImport(engine, p, { tableName: 'eu_ragged', columns: p.columns });
    expect((await engine.query('SELECT amount FROM eu_ragged ORDER BY id')).rows).toEqual([[1234.56], [12], [-7.5], [null]]);
    await engine.query('DROP TABLE eu_ragged');
  });

  it('keeps the text when the learner chooses the decimal point', async () => {
    const p = await previewImport(engine, { name: 'eu3.csv', bytes: enc(european) }, [], { decimal: '.' });
    expect(p.dialect?.decimal).toBeUndefined();
    expect(p.columns.find((c) => c.name === 'amount')?.detectedType).toBe('VARCHAR');
    await discardImport(engine, p);
  });
});

describe('a column changed to text keeps the file\u2019s spelling', () => {
  const days = 'id,day,price\n1,08/01/2024,1.50\n2,31/12/2023,2.00\n';

  it('stages as text when asked, so 08/01/2024 and 1.50 load as written', async () => {
    const typed = await previewImport(engine, { name: 'days.csv', bytes: enc(days) }, []);
    expect(typed.typed).toBe(true);
    const asText = typed.columns.map((c) => (c.name === 'id' ? c : { ...c, type: 'VARCHAR' }));
    expect(needsTextStaging(typed, asText)).toBe(true);
    expect(needsTextStaging(typed, typed.columns)).toBe(false);
    await discardImport(engine, typed);

    const staged = await previewImport(engine, { name: 'days.csv', bytes: enc(days) }, [], { asText: true });
    expect(staged.typed).toBeFalsy();
    expect(staged.columns.map((c) => c.detectedType)).toEqual(['BIGINT', 'DATE', 'DOUBLE']);
    const columns = staged.columns.map((c) => (c.name === 'id' ? c : { ...c, type: 'VARCHAR' }));
    await loadImport(engine, staged, { tableName: 'days_text', columns });
    expect((await engine.query('SELECT day, price FROM days_text ORDER BY id')).rows).toEqual([['08/01/2024', '1.50'], ['31/12/2023', '2.00']]);
    await engine.query('DROP TABLE days_text');
  });
});

describe('previewImport: a bad row does not refuse a good file', () => {
  it('pads a short row and keeps extra values in _extra, naming the lines', async () => {
    const p = await previewImport(engine, { name: 'r.csv', bytes: enc('id,name,x\n1,foo,1\n2,bar\n3,baz,3,extra\n4,qux,4\n') }, []);
    expect(p.repairs?.notes).toEqual(['2 rows repaired (line 3: one field missing; padded with NULL at the end; line 4: one field too many; the extra values are kept in column _extra); the file has 3 columns.']);
    expect(p.columns.map((c) => c.name)).toEqual(['id', 'name', 'x', '_extra']);
    expect(p.sampleRows).toEqual([[1, "foo", 1, null], [2, "bar", null, null], [3, "baz", 3, "extra"], [4, "qux", 4, null]]);
    const t = await loadImport(engine, p, { tableName: 'ragged', columns: p.columns });
    expect(t.rows).toBe(4);
    await engine.query('DROP TABLE ragged');
  });
  it('sets a row with a quote never closed aside into a rejects table the learner can query', async () => {
    const p = await previewImport(engine, { name: 'q.csv', bytes: enc('id,name\n1,foo\n2,"bar\n3,baz\n') }, []);
    expect(p.repairs?.notes).toEqual(['1 row set aside (line 3: a quoted value is never closed, or text follows its closing quote); they are kept, as written, in a table of rejects loaded with the table.']);
    expect(p.rowCount).toBe(1);
    await loadImport(engine, p, { tableName: 'quoted', columns: p.columns });
    expect((await engine.query('SELECT line, problem FROM quoted_rejects')).rows).toEqual([[3, 'a quoted value is never closed, or text follows its closing quote']]);
    expect((await engine.query('SELECT count(*) FROM quoted')).rows[0]?.[0]).toBe(1);
    await engine.query('DROP TABLE quoted; DROP TABLE quoted_rejects');
  });
  it('reads Latin-1 and mixed line breaks, saying so', async () => {
    const latin = new Uint8Array([...enc('id,city\r\n1,Orl'), 0xe9, ...enc('ans\n2,Gent\r\n')]);
    const p = await previewImport(engine, { name: 'l.csv', bytes: latin }, []);
    expect(p.sampleRows.map((r) => r[1])).toEqual(['Orléans', 'Gent']);
    expect(p.repairs?.notes).toEqual([
      'The file is not UTF-8 (line 2, byte 15 is 0xe9); it was read as Windows-1252 (Latin-1), where that byte is "é".',
      'Line breaks are mixed (2 CRLF, 1 LF; line 2 is the first to end with LF alone); all were read as line breaks.',
    ]);
    await discardImport(engine, p);
  });
  it('previews again with the dialect the learner chose (blank lines after the skipped ones are no rows)', async () => {
    const bytes = enc('Title\n\n\nid;x\n1;2\n3;4\n');
    const guessed = await previewImport(engine, { name: 'd.csv', bytes }, []);
    expect(guessed.dialect).toMatchObject({ delimiter: ';', skip: 3, headerRows: 1 });
    await discardImport(engine, guessed);
    const chosen = await previewImport(engine, { name: 'd.csv', bytes }, [], { skip: 1 });
    expect(chosen.columns.map((c) => c.name)).toEqual(['id', 'x']);
    expect(chosen.sampleRows).toEqual([[1, 2], [3, 4]]);
    await discardImport(engine, chosen);
    const comma = await previewImport(engine, { name: 'd.csv', bytes }, [], { delimiter: ',', skip: 3 });
    expect(comma.columns.map((c) => c.name)).toEqual(['id;x']);
    await discardImport(engine, comma);
  });
  it('loads a file with a 50 MB line (DuckDB stops at 2 MB per line by default)', async () => {
    const p = await previewImport(engine, { name: 'wide.csv', bytes: enc(`a,b\n1,${'x'.repeat(50_000_000)}\n2,y\n`) }, []);
    expect(p.rowCount).toBe(2);
    expect(p.repairs?.notes).toEqual([]);
    await discardImport(engine, p);
  });
  it('names a number too large for DOUBLE instead of loading it as NULL', async () => {
    const p = await previewImport(engine, { name: 'big.csv', bytes: enc('id,x\n1,1.5\n2,1e400\n3,2.5\n') }, []);
    expect(p.columns[1]).toMatchObject({ name: 'x', detectedType: 'VARCHAR' });
    expect(p.repairs?.notes).toEqual(['Column "x" is kept as text: line 3 holds "1e400", which is out of the range of DOUBLE.']);
    const cols = p.columns.map((c) => (c.name === 'x' ? { ...c, type: 'DOUBLE' } : c));
    await expect(loadImport(engine, p, { tableName: 'big', columns: cols })).rejects.toMatchObject({
      problem: { line: 3, reason: 'column "x": "1e400" is not a valid DOUBLE; choose VARCHAR to keep the column as text' },
    });
    await discardImport(engine, p);
  });
});

describe('previewImport: a clean CSV is read once with its types', () => {
  it('reads a clean file straight into typed columns, and falls back to text when a value beyond the sniffed rows does not fit', async () => {
    const clean = await previewImport(engine, { name: 'clean.csv', bytes: enc('id,name\n1,a\n2,b\n') }, []);
    expect(clean.typed).toBe(true);
    expect((await engine.query(`SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = '_import' ORDER BY ordinal_position`)).rows)
      .toEqual([['_row', 'BIGINT'], ['id', 'BIGINT'], ['name', 'VARCHAR']]);
    await discardImport(engine, clean);
    // DuckDB's sniffer sees the first 2,000 records only: the 2,051st does not fit its BIGINT.
    const values = Array.from({ length: 2100 }, (_, i) => (i === 2050 ? 'x' : String(i)));
    const late = await previewImport(engine, { name: 'late.csv', bytes: enc(`v\n${values.join('\n')}\n`) }, []);
    expect(late.typed).toBeUndefined();
    expect(late.columns.map((c) => c.type)).toEqual(['VARCHAR']);
    expect(late.repairs?.notes).toEqual(['Column "v" is kept as text: line 2052 holds "x", which is not a valid BIGINT.']);
    expect(late.rowCount).toBe(2100);
    await discardImport(engine, late);
    expect((await engine.query(`SELECT count(*) FROM duckdb_tables() WHERE schema_name = '_import'`)).rows[0]?.[0]).toBe(0);
  });
});

describe('previewImport: broken files name the line and reason', () => {
  it.each([
    ['invalid JSON', 'bad.json', '[{"a":1},\n{"a":2,,}]', 2, 'Expected double-quoted property name (column 8)'],
    ['invalid NDJSON line', 'bad.ndjson', '{"a":1}\n{"a":2\n{"a":3}\n', 2, "Expected ',' or '}' after property value"],
  ])('%s', async (_label, name, text, line, reason) => {
    const f = await failure(name, text);
    expect(f.problem.line).toBe(line);
    expect(f.problem.reason).toBe(reason);
    expect(f.message).toContain(`${name}, line ${line}`);
  });
  it.each([
    ['empty CSV', 'e.csv', '', 'The file is empty'],
    ['empty JSON', 'e.json', '  \n', 'The file is empty'],
    ['binary garbage', 'g.csv', new Uint8Array([0x61, 0x2c, 0x62, 0x0a, 0x00, 0x01, 0xff, 0xfe, 0x0a]), 'Line 2: byte 5 is 0x00, which never appears in a text file; this looks like a binary file, not CSV text'],
    ['a number beyond DOUBLE', 'h.json', '[{"x":1.5},\n{"x":1e400}]', 'the number 1e400 is beyond the range of a double (about ±1.8e308); put it in quotes to keep it as text'],
    ['two values on a line', 'two.json', '{"a":1} {"a":2}', 'a second value follows the first (a JSON file holds one value, or one per line) (column 9)'],
    ['empty object', 'o.json', '{}', 'the file is an empty object {}: there is nothing to load'],
    ['empty array', 'a.json', '[]', 'the array is empty: there are no records to load'],
    ['trailing comma', 't.json', '[{"a":1,}]', 'Expected double-quoted property name (column 9); a trailing comma is not standard JSON'],
    ['comment', 'c.json', '[{"a":1} // one\n]', "Expected ',' or ']' after array element (column 10); comments are not part of standard JSON"],
    ['invalid UTF-8 in a key', 'u.json', new Uint8Array([...enc('{"'), 0xb9, ...enc('":"0",}')]), 'byte 3 (0xb9) is not UTF-8; JSON text must be UTF-8'],
    ['nested 5,000 deep', 'deep.json', `${'['.repeat(5000)}${']'.repeat(5000)}`, 'the values are nested more than 64 levels deep, more than the studio\'s JSON reader can take'],
    ['objects nested 10,000 deep', 'deepo.json', `${'{"a":'.repeat(10000)}1${'}'.repeat(10000)}`, 'the values are nested more than 64 levels deep, more than the studio\'s JSON reader can take'],
  ])('%s', async (_label, name, text, reason) => {
    expect((await failure(name, text)).problem.reason).toBe(reason);
  });
  it('Parquet without its extension says why', async () => {
    const f = await failure('x.parquet', new Uint8Array([0x50, 0x41, 0x52, 0x31, 1, 2, 3, 4]));
    expect(f.problem.reason).toMatch(/parquet extension|Parquet/);
  });
});

describe('previewImport: JSON of every shape', () => {
  it.each<[string, string, string[], unknown[][], string[]]>([
    ['numbers', '[1,2,3]', ['value'], [[1], [2], [3]], ['The array holds values, not records: each value is one row of a column named "value".']],
    ['mixed scalars', '[1,"a",true]', ['value'], [['1'], ['a'], ['true']], ['The array holds values, not records: each value is one row of a column named "value"; its values are of different kinds, so they are kept as text.']],
    ['a scalar', '"hello"', ['value'], [['hello']], ['The file holds a single value, not records: it is loaded as one row of a column named "value".']],
    ['one object', '{"a":1,"b":"x"}', ['a', 'b'], [[1, 'x']], []],
    ['an object holding records', '{"count":2,"items":[{"id":1},{"id":2}]}', ['id'], [[1], [2]], ['The file is one object; its member "items" holds 2 records, which are loaded as the table (other members, not loaded: "count").']],
    ['duplicate keys', '[{"a":1,"a":2}]', ['a'], [[2]], ['Line 1: the key "a" appears twice in one object; the last value is kept (as JavaScript does).']],
    ['keys differing in case', '[{"a":1,"A":2}]', ['a', 'A_2'], [[1, 2]], ['The keys "a" and "A" differ only in case, which column names ignore; the column of "A" is named "A_2".']],
    ['a field of mixed kinds', '[{"a":1},{"a":"x"}]', ['a'], [['1'], ['x']], ['The field "a" holds values of different kinds (number and string; record 2 is the first to differ): all its values are kept as text.']],
    ['lines that are not all records', '{"a":1}\n[1]\n"x"\n', ['value'], [['{"a":1}'], ['[1]'], ['x']], ['The array holds records and other values: each value is one row of a column named "value"; its values are of different kinds, so they are kept as text.']],
    ['an integer longer than 64 bits', '[{"x":123456789012345678901234567890}]', ['x'], [[1.2345678901234568e+29]], ['Line 1: the integer 123456789012345678901234... has more digits than a 64-bit integer holds; it is read as an approximate DOUBLE.']],
    ['an escaped NUL and an empty key', '[{"a\\u0000b":1,"":2}]', ['a\\u0000b', '(empty key)'], [[1, 2]], ['The key "a\\u0000b" cannot be a column name as it is; its column is named "a\\u0000b".', 'The key "" cannot be a column name as it is; its column is named "(empty key)".']],
  ])('%s', async (_label, text, names, rows, notes) => {
    const p = await previewImport(engine, { name: 'shape.json', bytes: enc(text) }, []);
    expect(p.columns.map((c) => c.name)).toEqual(names);
    expect(p.sampleRows).toEqual(rows);
    expect(p.repairs?.notes ?? []).toEqual(notes);
    await discardImport(engine, p);
  });
  it('an object holding several arrays of records loads the largest, names the others, and loads another when chosen', async () => {
    const text = '{"shop":"Niort","customers":[{"id":1,"name":"Ada"},{"id":2,"name":"Bruno"}],"orders":[{"order_id":10,"customer":1},{"order_id":11,"customer":2},{"order_id":12,"customer":1}]}';
    const p = await previewImport(engine, { name: 'shop.json', bytes: enc(text) }, []);
    expect(p.recordMembers).toEqual({ chosen: 'orders', choices: ['customers', 'orders'] });
    expect(p.columns.map((c) => c.name)).toEqual(['order_id', 'customer']);
    expect(p.repairs?.notes).toEqual(['The file is one object; its member "orders" holds 3 records, which are loaded as the table (other arrays of records: "customers", to choose under "Records from"; other members, not loaded: "shop").']);
    await discardImport(engine, p);
    const chosen = await previewImport(engine, { name: 'shop.json', bytes: enc(text) }, [], { member: 'customers' });
    expect(chosen.recordMembers?.chosen).toBe('customers');
    expect(chosen.sampleRows).toEqual([[1, 'Ada'], [2, 'Bruno']]);
    await discardImport(engine, chosen);
  });
  it('leaves no staging table and a readable catalog after any refusal', async () => {
    for (const bytes of [new Uint8Array([...enc('{"'), 0xb9, ...enc('":"0",}')]), enc('[{"a":1},{"a":"x"}]'), enc(`${'['.repeat(3000)}1${']'.repeat(3000)}`)]) {
      await previewImport(engine, { name: 'x.json', bytes }, []).then((p) => discardImport(engine, p), (e: unknown) => expect(e).toBeInstanceOf(ImportFailure));
    }
    expect((await engine.query(`SELECT count(*) FROM duckdb_tables() WHERE schema_name = '_import'`)).rows[0]?.[0]).toBe(0);
    await expect(engine.query('SELECT count(*) FROM information_schema.columns')).resolves.toBeDefined();
    const next = await previewImport(engine, { name: 'ok.json', bytes: enc('[{"a":1}]') }, []);
    expect(next.rowCount).toBe(1);
    await discardImport(engine, next);
  });
});

describe('previewImport: JSON', () => {
  it('keeps nested objects as STRUCT and arrays as LIST, in file column order', async () => {
    const text = JSON.stringify([
      { user_id: 'a', user_location: ['46.32313', '-0.45877', 'Niort', 'FR', 'Europe/Paris'], meta: { plan: 'pro', tags: [1, 2] } },
      { user_id: 'b', user_location: ['1', '2', 'X', 'US', 'UTC'], meta: { plan: 'free', tags: [] } },
    ]);
    const p = await previewImport(engine, { name: 'users.json', bytes: enc(text) }, []);
    expect(p.columns.map((c) => [c.name, c.detectedType])).toEqual([
      ['user_id', 'VARCHAR'], ['user_location', 'VARCHAR[]'], ['meta', 'STRUCT(plan VARCHAR, tags DOUBLE[])'], // an empty list in the block makes the reader widen to DOUBLE
    ]);
    expect(p.rowCount).toBe(2);
    expect(p.sampleRows[0]).toEqual(['a', ['46.32313', '-0.45877', 'Niort', 'FR', 'Europe/Paris'], { plan: 'pro', tags: [1, 2] }]);
    await discardImport(engine, p);
  });
  it('loads a field of empty lists as a list, and one mixing empty and full lists keeps its element type', async () => {
    const text = '[{"id":1,"tags":[],"scores":[1,2]},{"id":2,"tags":[],"scores":[]},{"id":3,"tags":null,"scores":[3]}]';
    // The element type the reader gives the same lists without the empty ones.
    const full = await previewImport(engine, { name: 'full.json', bytes: enc('[{"scores":[1,2]},{"scores":[3]}]') }, []);
    await discardImport(engine, full);
    const p = await previewImport(engine, { name: 'lists.json', bytes: enc(text) }, []);
    expect(p.columns.map((c) => [c.name, c.detectedType])).toEqual([['id', 'INTEGER'], ['tags', 'VARCHAR[]'], ['scores', full.columns[0]!.detectedType]]);
    expect(p.sampleRows).toEqual([[1, [], [1, 2]], [2, [], []], [3, null, [3]]]);
    expect(p.repairs?.notes).toEqual(['The field "tags" holds only empty lists, which say nothing of their elements: it is loaded as a list of text (VARCHAR[]).']);
    await loadImport(engine, p, { tableName: 'lists', columns: p.columns });
    expect((await engine.query('SELECT len(tags), scores[2] FROM lists ORDER BY id')).rows).toEqual([[0, 2], [0, null], [null, null]]);
    await engine.query('DROP TABLE lists');
  });
  it('reads newline-delimited JSON and a single object', async () => {
    const nd = await previewImport(engine, { name: 'e.ndjson', bytes: enc('{"a":1}\n\n{"a":2,"b":"x"}\n') }, []);
    expect(nd.rowCount).toBe(2);
    expect(nd.columns.map((c) => c.name)).toEqual(['a', 'b']);
    await discardImport(engine, nd);
    const one = await previewImport(engine, { name: 'one.json', bytes: enc('{"a":1}') }, []);
    expect(one.rowCount).toBe(1);
    await discardImport(engine, one);
  });
});

describe('loadImport', () => {
  it('loads a CSV with a changed type, and a bad value names its line while earlier tables survive', async () => {
    const good = await previewImport(engine, { name: 'good.csv', bytes: enc('id,since\n1,2020-12-22T14:15:35\n2,2021-01-01T00:00:00\n') }, []);
    const cols = good.columns.map((c) => (c.name === 'id' ? { ...c, type: 'INTEGER' } : c));
    const loaded = await loadImport(engine, good, { tableName: 'good', columns: cols });
    expect(loaded).toEqual({ schema: 'main', name: 'good', rows: 2, columns: 2 });
    const types = await engine.query(`SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'good' ORDER BY ordinal_position`);
    expect(types.rows).toEqual([['id', 'INTEGER'], ['since', 'TIMESTAMP']]);

    const bad = await previewImport(engine, { name: 'bad.csv', bytes: enc('id,v\n1,a\n2,b\nx3,c\n') }, ['good']);
    expect(bad.columns[0]?.detectedType).toBe('VARCHAR');
    const badCols = bad.columns.map((c) => (c.name === 'id' ? { ...c, type: 'INTEGER' } : c));
    await expect(loadImport(engine, bad, { tableName: 'bad', columns: badCols })).rejects.toMatchObject({
      problem: { line: 4, reason: 'column "id": "x3" is not a valid INTEGER; choose VARCHAR to keep the column as text' },
    });
    await discardImport(engine, bad);
    expect((await listTables(engine)).map((t) => [t.name, t.rows])).toEqual([['good', 2]]);
  });
  it('loads JSON with a cast and names the record that does not convert', async () => {
    const text = JSON.stringify([{ id: '1', since: '2020-12-22T14:15:35.936090' }, { id: '2', since: 'soon' }]);
    const p = await previewImport(engine, { name: 'u.json', bytes: enc(text) }, []);
    const cols = p.columns.map((c) => (c.name === 'since' ? { ...c, type: 'TIMESTAMP' } : c));
    await expect(loadImport(engine, p, { tableName: 'u', columns: cols })).rejects.toMatchObject({
      problem: { reason: 'record 2, field "since": "soon" is not a valid TIMESTAMP' },
    });
    const ok = await loadImport(engine, p, { tableName: 'u', columns: p.columns });
    expect(ok.rows).toBe(2);
    const stage = p.stagedTable!.split('.')[1]!;
    const staged = await engine.query(`SELECT count(*) FROM duckdb_tables() WHERE schema_name = '_import' AND table_name = '${stage}'`);
    expect(staged.rows[0]?.[0]).toBe(0);
  });
  it('refuses a type that is not offered (no SQL through the type box)', async () => {
    const p = await previewImport(engine, { name: 'x.csv', bytes: enc('a\n1\n') }, []);
    await expect(loadImport(engine, p, { tableName: 'x', columns: [{ name: 'a', detectedType: 'BIGINT', type: 'INTEGER); DROP TABLE good; --' }] }))
      .rejects.toBeInstanceOf(ImportFailure);
    await discardImport(engine, p);
  });
});

describe('the user’s tables live in the home catalog', () => {
  it('survive a pack build switching the default database, and are listed and exported from there', async () => {
    await engine.query(`ATTACH ':memory:' AS pack_9; CREATE SCHEMA pack_9.star; CREATE TABLE pack_9.star.t AS SELECT 1 AS x;
      USE pack_9; SET search_path = 'pack_9.main,memory.main'`);
    try {
      const p = await previewImport(engine, { name: 'kept.csv', bytes: enc('a\n1\n2\n') }, []);
      await loadImport(engine, p, { tableName: 'kept', columns: p.columns });
      const where = await engine.query(`SELECT database_name FROM duckdb_tables() WHERE table_name = 'kept'`);
      expect(where.rows).toEqual([['memory']]);
      expect((await listTables(engine)).map((t) => t.name)).toContain('kept');
      expect((await engine.query('SELECT count(*) FROM kept')).rows[0]?.[0]).toBe(2);
      const schemas = await listSchemasWithTables(engine);
      expect(schemas).toContainEqual({ catalog: 'pack_9', schema: 'star' });
      expect(schemas).toContainEqual({ catalog: 'memory', schema: 'main' });
    } finally {
      await engine.query(`USE memory; SET search_path = 'memory.main'; DETACH pack_9`);
    }
  });
});
