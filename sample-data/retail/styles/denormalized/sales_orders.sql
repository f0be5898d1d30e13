-- The notes' SalesOrders table: one row per order, customer and store attributes repeated on
-- every order, the order's lines nested as a LIST of STRUCTs (sorted by item_number).
SELECT o.order_id, o.order_date,
       c.customer_id, c.customer_name, c.customer_address, c.customer_zip, c.customer_city, c.customer_country,
       s.store_id, s.store_name, s.store_city, s.store_zipcode,
       l.order_items
FROM source.orders AS o
JOIN source.customers AS c ON c.customer_id = o.customer_id
JOIN source.stores AS s ON s.store_id = o.store_id
JOIN (
  -- list_sort on each short list is cheap; list(... ORDER BY ...) over the whole table is not.
  SELECT ol.order_id,
         list_sort(list(struct_pack(item_number := ol.item_number, sku := ol.sku, name := i.name,
                                    price := i.price, brand := i.brand, product_line := i.product_line,
                                    quantity := ol.quantity))) AS order_items
  FROM source.order_lines AS ol
  JOIN source.items AS i ON i.sku = ol.sku
  GROUP BY ol.order_id
) AS l ON l.order_id = o.order_id
ORDER BY o.order_id
