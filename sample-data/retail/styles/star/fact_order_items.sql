-- The fact table at the atomic grain: one item in one sales transaction. Each foreign key points at
-- the dimension version that was current on the order date (the order date falls in its validity);
-- the measures are the quantity and the price paid, which no later price change touches.
SELECT md5(oi.order_id::VARCHAR || '-' || oi.item_number::VARCHAR) AS fact_order_key,
       oi.order_id, oi.item_number,
       c.customer_key, s.store_key, i.item_key,
       o.order_date AS date_key,
       oi.quantity AS item_quantity,
       oi.price AS item_price
FROM nf3.order_items AS oi
JOIN nf3.orders AS o ON o.order_id = oi.order_id
JOIN star.dim_customers AS c ON c.customer_id = o.customer_id AND o.order_date >= c.valid_from AND o.order_date < c.valid_to
JOIN star.dim_stores AS s ON s.store_id = o.store_id
JOIN star.dim_items AS i ON i.sku = oi.sku AND o.order_date >= i.valid_from AND o.order_date < i.valid_to
