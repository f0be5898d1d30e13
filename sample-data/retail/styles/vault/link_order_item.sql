-- Link: which item is on which order line. Its hash key covers both parents' business keys (order
-- and sku) plus the line number, a dependent child key: the same sku can appear on two lines of
-- one order, and each line is its own relationship. Parents' hash keys come from the hubs.
SELECT md5(upper(trim(l.order_id::VARCHAR)) || '||' || upper(trim(l.item_number::VARCHAR)) || '||' || upper(trim(l.sku::VARCHAR))) AS order_item_hash_key,
       ho.order_hash_key, hi.item_hash_key,
       l.order_id, l.item_number, l.sku, l.load_date, 'pos.order_lines' AS record_source
FROM source.order_lines AS l
JOIN vault.hub_order AS ho ON ho.order_id = l.order_id
JOIN vault.hub_item AS hi ON hi.sku = l.sku
