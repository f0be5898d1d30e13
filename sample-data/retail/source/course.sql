-- The course notes' running example, row for row: orders 100 and 101 on 2024-01-08,
-- customers 5 (Joe Reis) and 7 (Matt Housely), items 1-3. Store, zip, city, country, brand and
-- product line are not in the notes; they are filled in so every style has something to show.
-- The same shape as the generated scales (see generate.sql): one row per version with valid_from,
-- batch and load_date. January 2024 is loaded on 2024-02-01. One change arrives later: Matt's
-- record was typed with the city "Sprngfield"; the CRM corrected it on 2024-02-05 (batch 2,
-- loaded 2024-03-01) — after his order, which keeps the spelling it was written with.
CREATE SCHEMA source;

CREATE TABLE source.customers AS
SELECT customer_id, customer_name, customer_address, customer_zip, customer_city, customer_country,
       valid_from::DATE AS valid_from, batch, load_date::TIMESTAMP AS load_date
FROM (VALUES
  (5, 'Joe Reis',     '1st St.',  '62701', 'Springfield', 'USA', '2024-01-01', 1, '2024-02-01'),
  (7, 'Matt Housely', '2nd Ave.', '62701', 'Sprngfield',  'USA', '2024-01-01', 1, '2024-02-01'),
  (7, 'Matt Housely', '2nd Ave.', '62701', 'Springfield', 'USA', '2024-02-05', 2, '2024-03-01')
) AS t(customer_id, customer_name, customer_address, customer_zip, customer_city, customer_country, valid_from, batch, load_date);

CREATE TABLE source.stores AS
SELECT *, 1 AS batch, TIMESTAMP '2024-02-01 00:00:00' AS load_date FROM (VALUES
  (1, 'Main Street', 'Springfield', '62701', 'USA')
) AS t(store_id, store_name, store_city, store_zipcode, store_country);

CREATE TABLE source.items AS
SELECT sku, name, price::DECIMAL(10,2) AS price, brand, product_line,
       DATE '2024-01-01' AS valid_from, 1 AS batch, TIMESTAMP '2024-02-01 00:00:00' AS load_date
FROM (VALUES
  (1, 'Thingamajig',    50, 'Acme',   'Gadgets'),
  (2, 'Watchamcallit',  25, 'Acme',   'Gizmos'),
  (3, 'Whoozeewhatzit', 75, 'Globex', 'Gadgets')
) AS t(sku, name, price, brand, product_line);

CREATE TABLE source.orders AS
SELECT order_id, customer_id, store_id, order_date::DATE AS order_date, 1 AS batch, TIMESTAMP '2024-02-01 00:00:00' AS load_date
FROM (VALUES
  (100, 5, 1, '2024-01-08'),
  (101, 7, 1, '2024-01-08')
) AS t(order_id, customer_id, store_id, order_date);

-- The notes' lines; the price paid is the item's price on the order date.
CREATE TABLE source.order_lines AS
SELECT l.order_id, l.item_number, l.sku, l.quantity, i.price AS price_paid, 1 AS batch, TIMESTAMP '2024-02-01 00:00:00' AS load_date
FROM (VALUES
  (100, 1, 1, 1),
  (100, 2, 2, 2),
  (101, 1, 3, 1),
  (101, 2, 2, 3)
) AS l(order_id, item_number, sku, quantity)
JOIN source.items AS i ON i.sku = l.sku;

-- The notes have no returns; the table exists so every scale has the same shape.
CREATE TABLE source.returns AS
SELECT order_id, item_number, order_date AS return_date, 0 AS quantity_returned, 0::DECIMAL(12,2) AS refund, batch, load_date
FROM source.orders, (SELECT 1 AS item_number)
WHERE false;
