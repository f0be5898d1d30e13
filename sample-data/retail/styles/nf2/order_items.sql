-- Second normal form, part 1: the columns that depend on the whole key (order_id, item_number).
-- name, price, brand and product_line still depend on sku: a transitive dependency 3NF removes.
SELECT order_id, item_number, sku, price, quantity, name, brand, product_line
FROM nf1.sales_order_lines
