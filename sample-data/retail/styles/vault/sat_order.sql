-- Satellite: what describes the order itself.
SELECT md5(order_id::VARCHAR) AS order_hash_key, TIMESTAMP '2025-01-01 00:00:00' AS load_date,
       order_date, 'retail.source' AS record_source
FROM nf3.orders
