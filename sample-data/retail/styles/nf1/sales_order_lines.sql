-- First normal form: unnest the nested lines so every column holds a single value.
-- Key: (order_id, item_number). Order, customer and store attributes repeat on every line.
SELECT order_id, li.item_number, li.sku, li.price, li.quantity, li.name, li.brand, li.product_line,
       customer_id, customer_name, customer_address, customer_zip, customer_city, customer_country,
       store_id, store_name, store_city, store_zipcode, order_date
FROM (
  -- unnest in the SELECT list of a subquery: far faster than a lateral FROM t, unnest(...).
  SELECT order_id, order_date, customer_id, customer_name, customer_address, customer_zip,
         customer_city, customer_country, store_id, store_name, store_city, store_zipcode,
         unnest(order_items) AS li
  FROM denormalized.sales_orders
)
