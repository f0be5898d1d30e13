-- Hub: the unique list of item business keys (sku), its hash key, when it was first loaded and from where.
SELECT md5(sku::VARCHAR) AS item_hash_key, sku,
       TIMESTAMP '2025-01-01 00:00:00' AS load_date, 'retail.source' AS record_source
FROM nf3.items
