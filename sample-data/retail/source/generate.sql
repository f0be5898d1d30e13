-- Deterministic retail generator: the same {{orders}} and {{seed}} give the same rows on every
-- machine, because every random-looking choice is hash(id, seed, purpose) — no random().
-- u(x) below is written out as (hash(...) % 1000003) / 1000003.0: a uniform number in [0, 1).
--
-- History is part of the source, as the operational systems would hand it over:
--   * source.customers and source.items hold one row per VERSION (the CRM's and the catalog's
--     change log): valid_from is the day the version took effect. Customers move (zip, city and
--     street change together; within their country), and a few customers' first records carry a
--     misspelt city that is corrected later. Items change list price, and some change product line.
--   * Every row carries the batch that delivered it and that batch's load_date. The warehouse loads
--     monthly: batch 1 (loaded 2022-02-01) is the initial load of January 2022 with every customer,
--     item and store; each later batch brings one month's orders and changes. A customer or item
--     changes at most once a month, so one batch never holds two versions of the same key.
--   * Order lines carry price_paid: the item's list price on the order date. Returns arrive later,
--     as events of their own (source.returns).
CREATE SCHEMA source;

-- Sizes grow with the number of orders: ~8 orders per customer, up to 2,000 items, 4 to 40 stores.
CREATE TABLE source.sizes AS
SELECT {{orders}}::BIGINT AS n_orders,
       greatest(10, {{orders}} // 8)::BIGINT AS n_customers,
       least(40, greatest(4, round(sqrt({{orders}}) / 8)))::BIGINT AS n_stores,
       least(2000, greatest(30, {{orders}} // 50))::BIGINT AS n_items;

-- Places: the USA holds half the cities (and so about half the customers). A customer who moves
-- stays in the same country: place_in_country numbers the places of each country from 0.
CREATE TABLE source.places AS
SELECT place_no, city, zip, country,
       (row_number() OVER (PARTITION BY country ORDER BY place_no) - 1)::INTEGER AS place_in_country,
       count(*) OVER (PARTITION BY country)::INTEGER AS places_in_country
FROM (SELECT row_number() OVER () - 1 AS place_no, * FROM (VALUES
  ('New York', '10001', 'USA'), ('Chicago', '60601', 'USA'), ('Austin', '73301', 'USA'),
  ('Seattle', '98101', 'USA'), ('Denver', '80201', 'USA'), ('Atlanta', '30301', 'USA'),
  ('Boston', '02108', 'USA'), ('Portland', '97201', 'USA'),
  ('Toronto', 'M5H', 'Canada'), ('Vancouver', 'V6B', 'Canada'),
  ('London', 'EC1A', 'United Kingdom'), ('Manchester', 'M1', 'United Kingdom'),
  ('Berlin', '10115', 'Germany'), ('Munich', '80331', 'Germany'),
  ('Paris', '75001', 'France'), ('Mexico City', '06000', 'Mexico')
) AS t(city, zip, country));

-- The monthly batches: batch n covers month n (1 = January 2022) and is loaded on the 1st of the next month.
CREATE TABLE source.batches AS
SELECT (range + 1)::INTEGER AS batch,
       (DATE '2022-01-01' + to_months(range::INTEGER))::DATE AS month_start,
       (DATE '2022-01-01' + to_months(range::INTEGER + 1))::TIMESTAMP AS load_date
FROM range(36);

-- Each customer: a first version on 2022-01-01 and up to three changes, each in its own month:
-- a move (1 in 5 customers), a second move (1 in 20), a corrected city spelling (1 in 12).
CREATE TABLE source.customer_changes AS
SELECT c.customer_id, e.change_no,
       CASE e.change_no WHEN 0 THEN DATE '2022-01-01'
            ELSE (DATE '2022-01-01' + to_months((2 + hash(c.customer_id, e.change_no, {{seed}}, 'month') % 34)::INTEGER))::DATE
                  + (hash(c.customer_id, e.change_no, {{seed}}, 'day') % 28)::INTEGER END AS valid_from,
       e.kind
FROM (SELECT range + 1 AS customer_id FROM range((SELECT n_customers FROM source.sizes))) AS c
JOIN (VALUES (0, 'first'), (1, 'move'), (2, 'move'), (3, 'fix')) AS e(change_no, kind)
  ON e.change_no = 0
  OR (e.change_no = 1 AND hash(c.customer_id, {{seed}}, 'moves') % 100 < 20)
  OR (e.change_no = 2 AND hash(c.customer_id, {{seed}}, 'moves') % 100 < 5)
  OR (e.change_no = 3 AND hash(c.customer_id, {{seed}}, 'typo') % 100 < 8)
-- One change per customer per month: a later change in the same month replaces an earlier one.
QUALIFY row_number() OVER (PARTITION BY c.customer_id, date_trunc('month', valid_from) ORDER BY e.change_no DESC) = 1;

CREATE TABLE source.customers AS
WITH versions AS (
  SELECT customer_id, valid_from, kind,
         -- How many moves have happened by this version, and whether the first record's typo is still there
         -- (a move types the new address afresh, so it also ends the typo).
         count(*) FILTER (WHERE kind = 'move') OVER w AS moves,
         hash(customer_id, {{seed}}, 'typo') % 100 < 8 AND count(*) FILTER (WHERE kind IN ('fix', 'move')) OVER w = 0 AS misspelt
  FROM source.customer_changes
  WINDOW w AS (PARTITION BY customer_id ORDER BY valid_from ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
), placed AS (
  SELECT v.customer_id, v.valid_from, v.moves, v.misspelt, p.city, p.zip, p.country
  FROM versions AS v
  JOIN source.places AS home ON home.place_no = hash(v.customer_id, {{seed}}, 'place') % 16
  JOIN source.places AS p ON p.country = home.country
   AND p.place_in_country = (home.place_in_country + v.moves) % home.places_in_country
  -- A correction after a move changes nothing: the move already typed the city afresh.
  WHERE NOT (v.kind = 'fix' AND v.moves > 0)
)
SELECT v.customer_id::INTEGER AS customer_id,
       ['Ada','Ben','Cora','Dev','Eli','Fay','Gus','Hana','Ivan','Jo','Kai','Lena','Max','Nia','Omar',
        'Pia','Quinn','Rosa','Sam','Tara','Uma','Vic','Wes','Xena','Yuri','Zoe','Joe','Matt','Lin','Ravi']
         [1 + (hash(v.customer_id, {{seed}}, 'first') % 30)::INTEGER]
       || ' ' ||
       ['Reis','Housely','Smith','Garcia','Chen','Muller','Dubois','Kowalski','Tanaka','Okafor','Silva',
        'Novak','Rossi','Jensen','Patel','Kim','Lopez','Brown','Nguyen','Cohen','Ali','Murphy','Larsen','Ivanova']
         [1 + (hash(v.customer_id, {{seed}}, 'last') % 24)::INTEGER] AS customer_name,
       (1 + hash(v.customer_id, v.moves, {{seed}}, 'house') % 999)::VARCHAR || ' ' ||
       ['Oak','Maple','Pine','Cedar','Elm','Birch','Lake','Hill','Park','River','Main','1st','2nd','3rd']
         [1 + (hash(v.customer_id, v.moves, {{seed}}, 'street') % 14)::INTEGER] || ' ' ||
       ['St.','Ave.','Rd.','Blvd.','Lane'][1 + (hash(v.customer_id, v.moves, {{seed}}, 'suffix') % 5)::INTEGER] AS customer_address,
       v.zip AS customer_zip,
       -- A misspelt city drops its fourth letter ("Chicgo"); the correction is a later version.
       CASE WHEN v.misspelt THEN left(v.city, 3) || substr(v.city, 5) ELSE v.city END AS customer_city,
       v.country AS customer_country,
       v.valid_from, b.batch, b.load_date
FROM placed AS v
JOIN source.batches AS b ON b.month_start = date_trunc('month', v.valid_from)
ORDER BY v.customer_id, v.valid_from;

CREATE TABLE source.stores AS
SELECT s.store_id::INTEGER AS store_id,
       p.city || ' ' || ['Central','North','South','East','West','Mall','Outlet','Airport','Harbor','Station']
         [1 + ((s.store_id - 1) // 16 % 10)::INTEGER] AS store_name,
       p.city AS store_city, p.zip AS store_zipcode, p.country AS store_country,
       1 AS batch, TIMESTAMP '2022-02-01 00:00:00' AS load_date
FROM (SELECT range + 1 AS store_id FROM range((SELECT n_stores FROM source.sizes))) AS s
JOIN source.places AS p ON p.place_no = (s.store_id - 1 + {{seed}}) % 16
ORDER BY s.store_id;

-- Items: a first version, then list price changes (1 in 3 items, a second one for 1 in 10) and a
-- move to another product line (1 in 12), each in its own month. Brands and names never change.
CREATE TABLE source.item_changes AS
SELECT i.sku, e.change_no,
       CASE e.change_no WHEN 0 THEN DATE '2022-01-01'
            ELSE (DATE '2022-01-01' + to_months((2 + hash(i.sku, e.change_no, {{seed}}, 'month') % 34)::INTEGER))::DATE
                  + (hash(i.sku, e.change_no, {{seed}}, 'day') % 28)::INTEGER END AS valid_from,
       e.kind
FROM (SELECT range + 1 AS sku FROM range((SELECT n_items FROM source.sizes))) AS i
JOIN (VALUES (0, 'first'), (1, 'price'), (2, 'price'), (3, 'line')) AS e(change_no, kind)
  ON e.change_no = 0
  OR (e.change_no = 1 AND hash(i.sku, {{seed}}, 'reprice') % 100 < 33)
  OR (e.change_no = 2 AND hash(i.sku, {{seed}}, 'reprice') % 100 < 10)
  OR (e.change_no = 3 AND hash(i.sku, {{seed}}, 'reline') % 100 < 8)
QUALIFY row_number() OVER (PARTITION BY i.sku, date_trunc('month', valid_from) ORDER BY e.change_no DESC) = 1;

-- Prices skew low (most items are cheap); each price change moves the price by -10 % to +25 %.
CREATE TABLE source.items AS
WITH versions AS (
  SELECT sku, valid_from, change_no,
         count(*) FILTER (WHERE kind = 'line') OVER w AS line_moves,
         -- The price factor of each change, multiplied up over the changes so far (exp of a sum of logs).
         exp(sum(CASE WHEN kind = 'price' THEN ln(0.90 + 0.35 * (hash(sku, change_no, {{seed}}, 'factor') % 1000003) / 1000003.0) ELSE 0 END) OVER w) AS factor
  FROM source.item_changes
  WINDOW w AS (PARTITION BY sku ORDER BY valid_from ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
)
SELECT v.sku::INTEGER AS sku,
       ['Super','Mini','Smart','Classic','Eco','Turbo','Quiet','Pocket','Deluxe','Handy','Bright','Swift']
         [1 + (hash(v.sku, {{seed}}, 'adj') % 12)::INTEGER] || ' ' ||
       ['Thingamajig','Watchamcallit','Whoozeewhatzit','Doohickey','Gizmo','Widget','Gadget','Contraption',
        'Doodad','Whatsit','Thingummy','Gubbins'][1 + (hash(v.sku, {{seed}}, 'noun') % 12)::INTEGER] || ' ' ||
       (100 + v.sku)::VARCHAR AS name,
       (floor((2 + 198 * pow((hash(v.sku, {{seed}}, 'price') % 1000003) / 1000003.0, 2)) * v.factor) + 0.99)::DECIMAL(10,2) AS price,
       ['Acme','Globex','Initech','Umbrella','Hooli','Stark','Wayne','Wonka','Soylent','Tyrell','Cyberdyne','Vandelay']
         [1 + (hash(v.sku, {{seed}}, 'brand') % 12)::INTEGER] AS brand,
       ['Gadgets','Gizmos','Kitchen','Garden','Toys','Tools','Outdoors','Office']
         [1 + ((hash(v.sku, {{seed}}, 'line') + v.line_moves * (1 + hash(v.sku, {{seed}}, 'newline') % 7)) % 8)::INTEGER] AS product_line,
       v.valid_from, b.batch, b.load_date
FROM versions AS v
JOIN source.batches AS b ON b.month_start = date_trunc('month', v.valid_from)
-- A price change too small to move the rounded price is no change at all.
WINDOW previous AS (PARTITION BY v.sku ORDER BY v.valid_from)
QUALIFY (lag(price) OVER previous, lag(product_line) OVER previous) IS DISTINCT FROM (price, product_line)
ORDER BY v.sku, v.valid_from;

-- Orders over 2022-2024: sales grow each year and a fifth of them fall in the Nov-Dec season.
-- Customers and stores are skewed: low ids buy (and sell) more. One order in 400 falls on
-- 2024-01-08, the day of the notes' orders, so questions about that day have data at every scale.
CREATE TABLE source.orders AS
SELECT o.order_id, o.customer_id, o.store_id, o.order_date, b.batch, b.load_date
FROM (
  SELECT o.order_id::INTEGER AS order_id,
         (1 + floor(z.n_customers * pow((hash(o.order_id, {{seed}}, 'cust') % 1000003) / 1000003.0, 1.6)))::INTEGER AS customer_id,
         (1 + floor(z.n_stores * pow((hash(o.order_id, {{seed}}, 'store') % 1000003) / 1000003.0, 1.4)))::INTEGER AS store_id,
         (CASE WHEN o.order_id % 400 = 7 THEN DATE '2024-01-08' ELSE make_date(CASE WHEN hash(o.order_id, {{seed}}, 'year') % 100 < 27 THEN 2022
                         WHEN hash(o.order_id, {{seed}}, 'year') % 100 < 60 THEN 2023 ELSE 2024 END, 1, 1)
          + CASE WHEN hash(o.order_id, {{seed}}, 'season') % 100 < 20
                 THEN 318 + hash(o.order_id, {{seed}}, 'day') % 47
                 ELSE hash(o.order_id, {{seed}}, 'day') % 365 END::INTEGER END)::DATE AS order_date
  FROM (SELECT range + 1 AS order_id FROM range({{orders}})) AS o, source.sizes AS z
) AS o
JOIN source.batches AS b ON b.month_start = date_trunc('month', o.order_date);

-- 1 to 4 lines per order (2.5 on average); item popularity follows a steep power law. The price
-- paid is the list price of the item's version in effect on the order date.
CREATE TABLE source.order_lines AS
SELECT l.order_id, l.item_number, l.sku, l.quantity, i.price AS price_paid, l.batch, l.load_date
FROM (
  SELECT l.order_id, l.item_number::INTEGER AS item_number, l.order_date, l.batch, l.load_date,
         (1 + floor(z.n_items * pow((hash(l.order_id, l.item_number, {{seed}}, 'sku') % 1000003) / 1000003.0, 3)))::INTEGER AS sku,
         (CASE WHEN hash(l.order_id, l.item_number, {{seed}}, 'qty') % 100 < 70 THEN 1
               WHEN hash(l.order_id, l.item_number, {{seed}}, 'qty') % 100 < 90 THEN 2
               WHEN hash(l.order_id, l.item_number, {{seed}}, 'qty') % 100 < 97 THEN 3 ELSE 5 END)::INTEGER AS quantity
  FROM (SELECT o.order_id, o.order_date, o.batch, o.load_date, n.item_number
        FROM source.orders AS o
        JOIN (SELECT range AS item_number FROM range(1, 5)) AS n
          ON n.item_number <= 1 + hash(o.order_id, {{seed}}, 'lines') % 4) AS l, source.sizes AS z
) AS l
-- The item version valid on the order date: join on the sku and the validity range.
JOIN (SELECT sku, price, valid_from,
             coalesce(lead(valid_from) OVER (PARTITION BY sku ORDER BY valid_from), DATE '9999-12-31') AS valid_to
      FROM source.items) AS i
  ON i.sku = l.sku AND l.order_date >= i.valid_from AND l.order_date < i.valid_to;

-- Returns: about 1 line in 25 comes back, whole, 3 to 30 days after the order, refunded at the
-- price paid. A return is an event of its own, delivered in the batch of the month it happened;
-- returns after the data's last batch (2024-12) have not arrived yet.
CREATE TABLE source.returns AS
SELECT r.order_id, r.item_number, r.return_date, r.quantity AS quantity_returned,
       (r.quantity * r.price_paid)::DECIMAL(12,2) AS refund, b.batch, b.load_date
FROM (
  SELECT l.order_id, l.item_number, l.quantity, l.price_paid,
         o.order_date + (3 + hash(l.order_id, l.item_number, {{seed}}, 'return_day') % 28)::INTEGER AS return_date
  FROM source.order_lines AS l
  JOIN source.orders AS o ON o.order_id = l.order_id
  WHERE hash(l.order_id, l.item_number, {{seed}}, 'returned') % 100 < 4
) AS r
JOIN source.batches AS b ON b.month_start = date_trunc('month', r.return_date);

DROP TABLE source.sizes;
DROP TABLE source.places;
DROP TABLE source.batches;
DROP TABLE source.customer_changes;
DROP TABLE source.item_changes;
