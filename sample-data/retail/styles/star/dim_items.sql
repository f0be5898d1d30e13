-- What was sold: one row per item, with brand and product line for grouping.
SELECT md5(sku::VARCHAR) AS item_key, sku, name, price, brand, product_line
FROM nf3.items
