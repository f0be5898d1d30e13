-- Satellite: the item's descriptive attributes (the current catalog price among them).
SELECT md5(sku::VARCHAR) AS item_hash_key, TIMESTAMP '2025-01-01 00:00:00' AS load_date,
       name, price, brand, product_line, 'retail.source' AS record_source
FROM nf3.items
