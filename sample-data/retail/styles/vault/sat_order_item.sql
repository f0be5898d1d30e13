-- Satellite on the order-item link: the quantity and the price paid on that line.
SELECT md5(oi.order_id::VARCHAR || '|' || oi.item_number::VARCHAR) AS order_item_hash_key,
       TIMESTAMP '2025-01-01 00:00:00' AS load_date,
       oi.quantity, i.price AS price_paid, 'retail.source' AS record_source
FROM nf3.order_items AS oi
JOIN nf3.items AS i ON i.sku = oi.sku
