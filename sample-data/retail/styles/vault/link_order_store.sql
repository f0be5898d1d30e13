-- Link: which store took which order; hash key from both parents' business keys, parents' hash
-- keys looked up in the hubs.
SELECT md5(upper(trim(o.order_id::VARCHAR)) || '||' || upper(trim(o.store_id::VARCHAR))) AS order_store_hash_key,
       ho.order_hash_key, hs.store_hash_key,
       o.order_id, o.store_id, o.load_date, 'pos.orders' AS record_source
FROM source.orders AS o
JOIN vault.hub_order AS ho ON ho.order_id = o.order_id
JOIN vault.hub_store AS hs ON hs.store_id = o.store_id
