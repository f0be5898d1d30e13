-- Satellite on the order-line link: the quantity and the price paid, as the point of sale recorded
-- them (never looked up in the catalog). hashdiff: MD5 of the normalized descriptive columns, what
-- a loader compares to decide whether a row is a change.
SELECT md5(upper(trim(order_id::VARCHAR)) || '||' || upper(trim(item_number::VARCHAR)) || '||' || upper(trim(sku::VARCHAR))) AS order_item_hash_key,
       load_date,
       md5(concat_ws('||', quantity, price_paid)) AS hashdiff,
       quantity, price_paid, 'pos.order_lines' AS record_source
FROM source.order_lines
