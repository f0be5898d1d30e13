-- Satellite: what describes the order itself.
SELECT ho.order_hash_key, o.load_date,
       md5(concat_ws('||', o.order_date)) AS hashdiff,
       o.order_date, 'pos.orders' AS record_source
FROM source.orders AS o
JOIN vault.hub_order AS ho ON ho.order_id = o.order_id
