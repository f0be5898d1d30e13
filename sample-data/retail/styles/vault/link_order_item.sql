-- Link: which item is on which order line. The line number is part of the key because the same
-- sku can appear on two lines of one order.
SELECT md5(oi.order_id::VARCHAR || '|' || oi.item_number::VARCHAR) AS order_item_hash_key,
       ho.order_hash_key, hi.item_hash_key, oi.order_id, oi.item_number, oi.sku,
       TIMESTAMP '2025-01-01 00:00:00' AS load_date, 'retail.source' AS record_source
FROM nf3.order_items AS oi
JOIN vault.hub_order AS ho ON ho.order_id = oi.order_id
JOIN vault.hub_item AS hi ON hi.sku = oi.sku
