-- Hub: the unique list of store business keys (store_id), its hash key, when it was first loaded and from where.
SELECT md5(store_id::VARCHAR) AS store_hash_key, store_id,
       TIMESTAMP '2025-01-01 00:00:00' AS load_date, 'retail.source' AS record_source
FROM nf3.stores
