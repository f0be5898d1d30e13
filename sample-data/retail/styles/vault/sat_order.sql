-- Satellite: what describes the order itself.
SELECT md5(upper(trim(order_id::VARCHAR))) AS order_hash_key, load_date,
       md5(concat_ws('||', order_date)) AS hashdiff,
       order_date, 'pos.orders' AS record_source
FROM source.orders
