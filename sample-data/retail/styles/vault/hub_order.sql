-- Hub: the unique list of order business keys (order_id), its hash key, when it was first loaded and from where.
SELECT md5(order_id::VARCHAR) AS order_hash_key, order_id,
       TIMESTAMP '2025-01-01 00:00:00' AS load_date, 'retail.source' AS record_source
FROM nf3.orders
