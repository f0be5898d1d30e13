-- The course notes' running example, row for row: orders 100 and 101 on 2024-01-08,
-- customers 5 (Joe Reis) and 7 (Matt Housely), items 1-3. Store, zip, city, country, brand and
-- product line are not in the notes; they are filled in so every style has something to show.
CREATE SCHEMA source;

CREATE TABLE source.customers AS
SELECT * FROM (VALUES
  (5, 'Joe Reis',     '1st St.',  '62701', 'Springfield', 'USA'),
  (7, 'Matt Housely', '2nd Ave.', '62702', 'Springfield', 'USA')
) AS t(customer_id, customer_name, customer_address, customer_zip, customer_city, customer_country);

CREATE TABLE source.stores AS
SELECT * FROM (VALUES
  (1, 'Main Street', 'Springfield', '62701')
) AS t(store_id, store_name, store_city, store_zipcode);

CREATE TABLE source.items AS
SELECT sku, name, price::DECIMAL(10,2) AS price, brand, product_line FROM (VALUES
  (1, 'Thingamajig',    50, 'Acme',   'Gadgets'),
  (2, 'Watchamcallit',  25, 'Acme',   'Gizmos'),
  (3, 'Whoozeewhatzit', 75, 'Globex', 'Gadgets')
) AS t(sku, name, price, brand, product_line);

CREATE TABLE source.orders AS
SELECT order_id, customer_id, store_id, order_date::DATE AS order_date FROM (VALUES
  (100, 5, 1, '2024-01-08'),
  (101, 7, 1, '2024-01-08')
) AS t(order_id, customer_id, store_id, order_date);

CREATE TABLE source.order_lines AS
SELECT * FROM (VALUES
  (100, 1, 1, 1),
  (100, 2, 2, 2),
  (101, 1, 3, 1),
  (101, 2, 2, 3)
) AS t(order_id, item_number, sku, quantity);
