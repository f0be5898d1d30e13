-- Link: which customer placed which order. Its hash key is MD5 of the normalized business keys of
-- BOTH parents, joined with a delimiter. The parents' hash keys are the hubs' (looked up by
-- business key: on 100,000 orders a join is cheaper than hashing the same keys again).
SELECT md5(upper(trim(o.order_id::VARCHAR)) || '||' || upper(trim(o.customer_id::VARCHAR))) AS order_customer_hash_key,
       ho.order_hash_key, hc.customer_hash_key,
       o.order_id, o.customer_id, o.load_date, 'pos.orders' AS record_source
FROM source.orders AS o
JOIN vault.hub_order AS ho ON ho.order_id = o.order_id
JOIN vault.hub_customer AS hc ON hc.customer_id = o.customer_id
