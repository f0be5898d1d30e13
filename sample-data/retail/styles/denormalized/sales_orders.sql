-- The notes' SalesOrders table: one row per order, written as it was when the order was placed.
-- The customer's address (street, zip, city) is the version in effect on the order date, found in
-- the CRM's change log, repeated on every order; each line keeps the price paid and the item's
-- product line of that day. The lines are nested as a LIST of STRUCTs (sorted by item_number).
WITH customer_versions AS (
  SELECT *, coalesce(lead(valid_from) OVER (PARTITION BY customer_id ORDER BY valid_from), DATE '9999-12-31') AS valid_to
  FROM source.customers
), item_versions AS (
  SELECT *, coalesce(lead(valid_from) OVER (PARTITION BY sku ORDER BY valid_from), DATE '9999-12-31') AS valid_to
  FROM source.items
)
SELECT o.order_id, o.order_date,
       c.customer_id, c.customer_name, c.customer_address, c.customer_zip, c.customer_city, c.customer_country,
       s.store_id, s.store_name, s.store_city, s.store_zipcode,
       l.order_items
FROM source.orders AS o
-- The version valid on the order date: a join on the key plus the validity range (a key has few
-- versions, so this is a plain hash join; an ASOF join would sort the whole table first).
JOIN customer_versions AS c ON c.customer_id = o.customer_id AND o.order_date >= c.valid_from AND o.order_date < c.valid_to
JOIN source.stores AS s ON s.store_id = o.store_id
JOIN (
  -- list_sort on each short list is cheap; list(... ORDER BY ...) over the whole table is not.
  SELECT ol.order_id,
         list_sort(list(struct_pack(item_number := ol.item_number, sku := ol.sku, name := i.name,
                                    price := ol.price_paid, brand := i.brand, product_line := i.product_line,
                                    quantity := ol.quantity))) AS order_items
  FROM source.order_lines AS ol
  JOIN source.orders AS od ON od.order_id = ol.order_id
  JOIN item_versions AS i ON i.sku = ol.sku AND od.order_date >= i.valid_from AND od.order_date < i.valid_to
  GROUP BY ol.order_id
) AS l ON l.order_id = o.order_id
ORDER BY o.order_id
