-- Hub: the unique list of order business keys, from the point-of-sale extract.
SELECT md5(upper(trim(order_id::VARCHAR))) AS order_hash_key, order_id,
       load_date, 'pos.orders' AS record_source
FROM source.orders
