-- The fact table at the atomic grain: one item in one sales transaction. Its foreign keys are the
-- dimensions' MD5 surrogate keys (looked up by natural key: a join is cheaper than re-hashing);
-- the measures are the quantity and the price paid.
SELECT md5(oi.order_id::VARCHAR || '-' || oi.item_number::VARCHAR) AS fact_order_key,
       oi.order_id, oi.item_number,
       c.customer_key, s.store_key, i.item_key,
       o.order_date AS date_key,
       oi.quantity AS item_quantity,
       i.price AS item_price
FROM nf3.order_items AS oi
JOIN nf3.orders AS o ON o.order_id = oi.order_id
JOIN star.dim_customers AS c ON c.customer_id = o.customer_id
JOIN star.dim_stores AS s ON s.store_id = o.store_id
JOIN star.dim_items AS i ON i.sku = oi.sku
