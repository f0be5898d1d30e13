/**
 * Small hand-made styles for the measurement tests: the same 600 order lines stored as one wide
 * 1NF table (customer and item copied onto every line) and as 3NF tables (each fact once).
 */
import type { Engine } from '../engine';

/** Create schemas `w1` (wide, 1NF-like) and `w3` (3NF-like) holding the same data. */
export async function createTwoStyles(engine: Engine): Promise<void> {
  await engine.query(`
    CREATE SCHEMA w1; CREATE SCHEMA w3;
    CREATE TABLE w3.customers AS
      SELECT c AS customer_id, 'Customer ' || c AS customer_name, c || ' Long Street Name, Springfield' AS customer_address
      FROM range(1, 21) t(c);
    CREATE TABLE w3.items AS
      SELECT i AS sku, 'Item ' || i AS item_name, (i * 7) % 90 + 10 AS price FROM range(1, 11) t(i);
    CREATE TABLE w3.orders AS SELECT o AS order_id, o % 20 + 1 AS customer_id FROM range(1, 201) t(o);
    CREATE TABLE w3.order_items AS
      SELECT o AS order_id, l AS line, (o + l) % 10 + 1 AS sku, l AS quantity FROM range(1, 201) a(o), range(1, 4) b(l);
    CREATE TABLE w1.order_lines AS
      SELECT oi.order_id, oi.line, c.customer_id, c.customer_name, c.customer_address, i.sku, i.item_name, i.price, oi.quantity
      FROM w3.order_items oi JOIN w3.orders o USING (order_id) JOIN w3.customers c USING (customer_id) JOIN w3.items i USING (sku);
  `);
}

/** The same question in both styles. */
export const revenueByCustomer = {
  id: 'revenue_by_customer',
  title: 'Revenue by customer',
  ordered: true,
  sql: {
    w1: 'SELECT customer_name, sum(price * quantity) AS revenue FROM w1.order_lines GROUP BY 1 ORDER BY 2 DESC, 1',
    w3: `SELECT c.customer_name, sum(i.price * oi.quantity) AS revenue
         FROM w3.order_items oi JOIN w3.orders o USING (order_id) JOIN w3.customers c USING (customer_id) JOIN w3.items i USING (sku)
         GROUP BY 1 ORDER BY 2 DESC, 1`,
  },
};
