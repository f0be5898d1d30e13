-- Link: which store took which order.
SELECT md5(o.order_id::VARCHAR || '|' || o.store_id::VARCHAR) AS order_store_hash_key,
       ho.order_hash_key, hs.store_hash_key, o.order_id, o.store_id,
       TIMESTAMP '2025-01-01 00:00:00' AS load_date, 'retail.source' AS record_source
FROM nf3.orders AS o
JOIN vault.hub_order AS ho ON ho.order_id = o.order_id
JOIN vault.hub_store AS hs ON hs.store_id = o.store_id
