/**
 * Capture the fixture plans used by renderer/src/core/plan tests: each query below, run through
 * DuckDB-Wasm in Node (the same build as the studio), with `EXPLAIN (FORMAT JSON)` and
 * `EXPLAIN (ANALYZE, FORMAT JSON)`, saved as numbered JSON files.
 * Usage: npx tsx scripts/capturePlans.ts
 * Timings in analyzed plans differ between runs; tests only assert on timings with tolerances
 * or on fixed fixture values read back from the saved files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createNodeEngine } from '../renderer/src/engine/nodeEngine';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, '..', 'renderer', 'src', 'core', 'plan', 'fixtures');

/** Small retail-like tables, deterministic (hash()-based), big enough for visible timings. */
export const setupSql = `
SET autoload_known_extensions = false;
CREATE TABLE customers AS SELECT i AS customer_id, 'Customer ' || i AS customer_name,
  ['Lyon','Paris','Nice','Lille'][1 + (hash(i) % 4)::INT] AS city FROM range(1, 2001) t(i);
CREATE TABLE items AS SELECT i AS item_id, 'Item ' || i AS name, 5 + (hash(i * 7) % 95)::INT AS price,
  ['Acme','Globex','Initech'][1 + (hash(i) % 3)::INT] AS brand FROM range(1, 501) t(i);
CREATE TABLE orders AS SELECT i AS order_id, 1 + (hash(i) % 2000)::INT AS customer_id,
  DATE '2024-01-01' + (hash(i * 3) % 365)::INT AS order_date FROM range(1, 50001) t(i);
CREATE TABLE order_lines AS SELECT o.order_id, l AS line_no, 1 + (hash(o.order_id * 13 + l) % 500)::INT AS item_id,
  1 + (hash(o.order_id + l) % 5)::INT AS quantity
  FROM orders o, range(1, 4) r(l);
CREATE TABLE sales_orders AS SELECT o.order_id, o.customer_id,
  list({'item_id': ol.item_id, 'quantity': ol.quantity}) AS order_items
  FROM orders o JOIN order_lines ol USING (order_id) GROUP BY ALL;
`;

/** The fixture queries, in file-number order. */
export const planQueries: { slug: string; sql: string }[] = [
  { slug: 'scan', sql: 'SELECT order_id, order_date FROM orders' },
  { slug: 'filter', sql: "SELECT order_id FROM orders WHERE order_date >= DATE '2024-12-01' AND customer_id % 7 = 0" },
  {
    slug: 'join3',
    sql: `SELECT c.customer_name, i.name, ol.quantity
  FROM order_lines ol JOIN orders o ON o.order_id = ol.order_id
  JOIN customers c ON c.customer_id = o.customer_id
  JOIN items i ON i.item_id = ol.item_id`,
  },
  { slug: 'groupby', sql: 'SELECT customer_id, count(*) AS n, min(order_date) AS first FROM orders GROUP BY customer_id' },
  {
    slug: 'unnest',
    sql: `SELECT order_id, x.item_id, x.quantity FROM (SELECT order_id, unnest(order_items) AS x FROM sales_orders)`,
  },
  {
    slug: 'deep',
    sql: `WITH lines AS (
    SELECT ol.order_id, ol.quantity * i.price AS amount, i.brand FROM order_lines ol JOIN items i USING (item_id)),
  per_order AS (SELECT order_id, brand, sum(amount) AS total FROM lines GROUP BY ALL),
  per_customer AS (
    SELECT o.customer_id, p.brand, sum(p.total) AS total FROM per_order p JOIN orders o USING (order_id) GROUP BY ALL)
  SELECT c.city, pc.brand, sum(pc.total) AS revenue, count(DISTINCT pc.customer_id) AS customers
  FROM per_customer pc JOIN customers c USING (customer_id)
  WHERE pc.total > 10
  GROUP BY ALL ORDER BY revenue DESC LIMIT 10`,
  },
  {
    slug: 'window',
    sql: `SELECT order_id, customer_id, order_date,
  row_number() OVER (PARTITION BY customer_id ORDER BY order_date) AS nth FROM orders`,
  },
];

/** A DuckDB-Wasm (Node build) session with the fixture tables, able to explain queries. */
export interface PlanSession {
  explain(sql: string, analyze: boolean): Promise<unknown>;
  close(): Promise<void>;
}

/** Open the studio's Node engine (DuckDB-Wasm, same build as the app) with the fixture tables. */
export async function openPlanSession(): Promise<PlanSession> {
  const engine = createNodeEngine();
  await engine.ready();
  await engine.query(setupSql);
  return {
    explain: (sql, analyze) => engine.explain(sql, analyze),
    close: () => engine.close(),
  };
}

async function main(): Promise<void> {
  const session = await openPlanSession();
  mkdirSync(out, { recursive: true });
  let n = 1;
  for (const q of planQueries) {
    for (const analyze of [false, true]) {
      const json = await session.explain(q.sql, analyze);
      const file = `${String(n).padStart(2, '0')}-${q.slug}${analyze ? '-analyze' : ''}.json`;
      writeFileSync(path.join(out, file), JSON.stringify({ sql: q.sql, analyze, plan: json }, null, 1) + '\n');
      console.log(file);
      n++;
    }
  }
  await session.close();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
