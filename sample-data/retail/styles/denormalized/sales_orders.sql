-- The notes' SalesOrders table: one row per order, written as it was when the order was placed.
-- The customer's address (street, zip, city) is the version in effect on the order date (an as-of
-- join on the CRM's change log), repeated on every order; each line keeps the price paid and the
-- item's product line of that day. The lines are nested as a LIST of STRUCTs (sorted by item_number).
SELECT o.order_id, o.order_date,
       c.customer_id, c.customer_name, c.customer_address, c.customer_zip, c.customer_city, c.customer_country,
       s.store_id, s.store_name, s.store_city, s.store_zipcode,
       l.order_items
FROM source.orders AS o
ASOF JOIN source.customers AS c ON c.customer_id = o.customer_id AND o.order_date >= c.valid_from
JOIN source.stores AS s ON s.store_id = o.store_id
JOIN (
  -- list_sort on each short list is cheap; list(... ORDER BY ...) over the whole table is not.
  SELECT ol.order_id,
         list_sort(list(struct_pack(item_number := ol.item_number, sku := ol.sku, name := i.name,
                                    price := ol.price_paid, brand := i.brand, product_line := i.product_line,
                                    quantity := ol.quantity))) AS order_items
  FROM (SELECT ol.*, o.order_date FROM source.order_lines AS ol JOIN source.orders AS o ON o.order_id = ol.order_id) AS ol
  ASOF JOIN source.items AS i ON i.sku = ol.sku AND ol.order_date >= i.valid_from
  GROUP BY ol.order_id
) AS l ON l.order_id = o.order_id
ORDER BY o.order_id
