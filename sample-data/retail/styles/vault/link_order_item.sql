-- Link: which item is on which order line. Its hash key covers both parents' business keys (order
-- and sku) plus the line number, a dependent child key: the same sku can appear on two lines of
-- one order, and each line is its own relationship.
SELECT md5(upper(trim(order_id::VARCHAR)) || '||' || upper(trim(item_number::VARCHAR)) || '||' || upper(trim(sku::VARCHAR))) AS order_item_hash_key,
       md5(upper(trim(order_id::VARCHAR))) AS order_hash_key,
       md5(upper(trim(sku::VARCHAR))) AS item_hash_key,
       order_id, item_number, sku, load_date, 'pos.order_lines' AS record_source
FROM source.order_lines
