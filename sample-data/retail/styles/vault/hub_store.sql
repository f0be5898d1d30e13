-- Hub: the unique list of store business keys, from the store master extract.
SELECT md5(upper(trim(store_id::VARCHAR))) AS store_hash_key, store_id,
       min(load_date) AS load_date, 'erp.stores' AS record_source
FROM source.stores
GROUP BY store_id
