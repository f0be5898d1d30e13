-- Link: which store took which order; hash key from both parents' business keys.
SELECT md5(upper(trim(order_id::VARCHAR)) || '||' || upper(trim(store_id::VARCHAR))) AS order_store_hash_key,
       md5(upper(trim(order_id::VARCHAR))) AS order_hash_key,
       md5(upper(trim(store_id::VARCHAR))) AS store_hash_key,
       order_id, store_id, load_date, 'pos.orders' AS record_source
FROM source.orders
