-- Link: which customer placed which order. Its key hashes the business keys of both parent hubs;
-- the parents' hash keys are looked up in the hubs (a join is cheaper than hashing again).
SELECT md5(o.order_id::VARCHAR || '|' || o.customer_id::VARCHAR) AS order_customer_hash_key,
       ho.order_hash_key, hc.customer_hash_key, o.order_id, o.customer_id,
       TIMESTAMP '2025-01-01 00:00:00' AS load_date, 'retail.source' AS record_source
FROM nf3.orders AS o
JOIN vault.hub_order AS ho ON ho.order_id = o.order_id
JOIN vault.hub_customer AS hc ON hc.customer_id = o.customer_id
