-- Deterministic retail generator: the same {{orders}} and {{seed}} give the same rows on every
-- machine, because every random-looking choice is hash(id, seed, purpose) — no random().
-- u(x) below is written out as (hash(...) % 1000003) / 1000003.0: a uniform number in [0, 1).
CREATE SCHEMA source;

-- Sizes grow with the number of orders: ~8 orders per customer, up to 2,000 items, 4 to 40 stores.
CREATE TABLE source.sizes AS
SELECT {{orders}}::BIGINT AS n_orders,
       greatest(10, {{orders}} // 8)::BIGINT AS n_customers,
       least(40, greatest(4, round(sqrt({{orders}}) / 8)))::BIGINT AS n_stores,
       least(2000, greatest(30, {{orders}} // 50))::BIGINT AS n_items;

-- Places: the USA holds half the cities (and so about half the customers).
CREATE TABLE source.places AS
SELECT row_number() OVER () - 1 AS place_no, * FROM (VALUES
  ('New York', '10001', 'USA'), ('Chicago', '60601', 'USA'), ('Austin', '73301', 'USA'),
  ('Seattle', '98101', 'USA'), ('Denver', '80201', 'USA'), ('Atlanta', '30301', 'USA'),
  ('Boston', '02108', 'USA'), ('Portland', '97201', 'USA'),
  ('Toronto', 'M5H', 'Canada'), ('Vancouver', 'V6B', 'Canada'),
  ('London', 'EC1A', 'United Kingdom'), ('Manchester', 'M1', 'United Kingdom'),
  ('Berlin', '10115', 'Germany'), ('Munich', '80331', 'Germany'),
  ('Paris', '75001', 'France'), ('Mexico City', '06000', 'Mexico')
) AS t(city, zip, country);

CREATE TABLE source.customers AS
SELECT c.customer_id::INTEGER AS customer_id,
       ['Ada','Ben','Cora','Dev','Eli','Fay','Gus','Hana','Ivan','Jo','Kai','Lena','Max','Nia','Omar',
        'Pia','Quinn','Rosa','Sam','Tara','Uma','Vic','Wes','Xena','Yuri','Zoe','Joe','Matt','Lin','Ravi']
         [1 + (hash(c.customer_id, {{seed}}, 'first') % 30)::INTEGER]
       || ' ' ||
       ['Reis','Housely','Smith','Garcia','Chen','Muller','Dubois','Kowalski','Tanaka','Okafor','Silva',
        'Novak','Rossi','Jensen','Patel','Kim','Lopez','Brown','Nguyen','Cohen','Ali','Murphy','Larsen','Ivanova']
         [1 + (hash(c.customer_id, {{seed}}, 'last') % 24)::INTEGER] AS customer_name,
       (1 + hash(c.customer_id, {{seed}}, 'house') % 999)::VARCHAR || ' ' ||
       ['Oak','Maple','Pine','Cedar','Elm','Birch','Lake','Hill','Park','River','Main','1st','2nd','3rd']
         [1 + (hash(c.customer_id, {{seed}}, 'street') % 14)::INTEGER] || ' ' ||
       ['St.','Ave.','Rd.','Blvd.','Lane'][1 + (hash(c.customer_id, {{seed}}, 'suffix') % 5)::INTEGER] AS customer_address,
       p.zip AS customer_zip, p.city AS customer_city, p.country AS customer_country
FROM (SELECT range + 1 AS customer_id FROM range((SELECT n_customers FROM source.sizes))) AS c
JOIN source.places AS p ON p.place_no = hash(c.customer_id, {{seed}}, 'place') % 16
ORDER BY c.customer_id;

CREATE TABLE source.stores AS
SELECT s.store_id::INTEGER AS store_id,
       p.city || ' ' || ['Central','North','South','East','West','Mall','Outlet','Airport','Harbor','Station']
         [1 + ((s.store_id - 1) // 16 % 10)::INTEGER] AS store_name,
       p.city AS store_city, p.zip AS store_zipcode
FROM (SELECT range + 1 AS store_id FROM range((SELECT n_stores FROM source.sizes))) AS s
JOIN source.places AS p ON p.place_no = (s.store_id - 1 + {{seed}}) % 16
ORDER BY s.store_id;

-- Items: brands belong to product lines; prices skew low (most items are cheap).
CREATE TABLE source.items AS
SELECT i.sku::INTEGER AS sku,
       ['Super','Mini','Smart','Classic','Eco','Turbo','Quiet','Pocket','Deluxe','Handy','Bright','Swift']
         [1 + (hash(i.sku, {{seed}}, 'adj') % 12)::INTEGER] || ' ' ||
       ['Thingamajig','Watchamcallit','Whoozeewhatzit','Doohickey','Gizmo','Widget','Gadget','Contraption',
        'Doodad','Whatsit','Thingummy','Gubbins'][1 + (hash(i.sku, {{seed}}, 'noun') % 12)::INTEGER] || ' ' ||
       (100 + i.sku)::VARCHAR AS name,
       (floor(2 + 198 * pow((hash(i.sku, {{seed}}, 'price') % 1000003) / 1000003.0, 2)) + 0.99)::DECIMAL(10,2) AS price,
       ['Acme','Globex','Initech','Umbrella','Hooli','Stark','Wayne','Wonka','Soylent','Tyrell','Cyberdyne','Vandelay']
         [1 + (hash(i.sku, {{seed}}, 'brand') % 12)::INTEGER] AS brand,
       ['Gadgets','Gizmos','Kitchen','Garden','Toys','Tools','Outdoors','Office']
         [1 + (hash(i.sku, {{seed}}, 'line') % 8)::INTEGER] AS product_line
FROM (SELECT range + 1 AS sku FROM range((SELECT n_items FROM source.sizes))) AS i;

-- Orders over 2022-2024: sales grow each year and a fifth of them fall in the Nov-Dec season.
-- Customers and stores are skewed: low ids buy (and sell) more. One order in 400 falls on
-- 2024-01-08, the day of the notes' orders, so questions about that day have data at every scale.
CREATE TABLE source.orders AS
SELECT o.order_id::INTEGER AS order_id,
       (1 + floor(z.n_customers * pow((hash(o.order_id, {{seed}}, 'cust') % 1000003) / 1000003.0, 1.6)))::INTEGER AS customer_id,
       (1 + floor(z.n_stores * pow((hash(o.order_id, {{seed}}, 'store') % 1000003) / 1000003.0, 1.4)))::INTEGER AS store_id,
       (CASE WHEN o.order_id % 400 = 7 THEN DATE '2024-01-08' ELSE make_date(CASE WHEN hash(o.order_id, {{seed}}, 'year') % 100 < 27 THEN 2022
                       WHEN hash(o.order_id, {{seed}}, 'year') % 100 < 60 THEN 2023 ELSE 2024 END, 1, 1)
        + CASE WHEN hash(o.order_id, {{seed}}, 'season') % 100 < 20
               THEN 318 + hash(o.order_id, {{seed}}, 'day') % 47
               ELSE hash(o.order_id, {{seed}}, 'day') % 365 END::INTEGER END)::DATE AS order_date
FROM (SELECT range + 1 AS order_id FROM range({{orders}})) AS o, source.sizes AS z;

-- 1 to 4 lines per order (2.5 on average); item popularity follows a steep power law.
CREATE TABLE source.order_lines AS
SELECT l.order_id, l.item_number::INTEGER AS item_number,
       (1 + floor(z.n_items * pow((hash(l.order_id, l.item_number, {{seed}}, 'sku') % 1000003) / 1000003.0, 3)))::INTEGER AS sku,
       (CASE WHEN hash(l.order_id, l.item_number, {{seed}}, 'qty') % 100 < 70 THEN 1
             WHEN hash(l.order_id, l.item_number, {{seed}}, 'qty') % 100 < 90 THEN 2
             WHEN hash(l.order_id, l.item_number, {{seed}}, 'qty') % 100 < 97 THEN 3 ELSE 5 END)::INTEGER AS quantity
FROM (SELECT o.order_id, n.item_number
      FROM source.orders AS o
      JOIN (SELECT range AS item_number FROM range(1, 5)) AS n
        ON n.item_number <= 1 + hash(o.order_id, {{seed}}, 'lines') % 4) AS l, source.sizes AS z;

DROP TABLE source.sizes;
DROP TABLE source.places;
