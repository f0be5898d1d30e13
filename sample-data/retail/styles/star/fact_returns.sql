-- A second fact table, for a second business process: returns, at the grain of one returned order
-- line. It shares the conformed dimensions of fact_order_items — the same dim_customers, dim_items,
-- dim_stores and dim_date, with the same keys — so the two facts can be compared side by side
-- ("drilled across") on any attribute the dimensions share. Its keys point at the dimension
-- versions current on the return date.
SELECT md5(r.order_id::VARCHAR || '-' || r.item_number::VARCHAR) AS fact_return_key,
       r.order_id, r.item_number,
       c.customer_key, s.store_key, i.item_key,
       r.return_date AS date_key,
       r.quantity_returned AS returned_quantity,
       r.refund AS refund_amount
FROM nf3.returns AS r
JOIN nf3.order_items AS oi ON oi.order_id = r.order_id AND oi.item_number = r.item_number
JOIN nf3.orders AS o ON o.order_id = r.order_id
JOIN star.dim_customers AS c ON c.customer_id = o.customer_id AND r.return_date >= c.valid_from AND r.return_date < c.valid_to
JOIN star.dim_stores AS s ON s.store_id = o.store_id
JOIN star.dim_items AS i ON i.sku = oi.sku AND r.return_date >= i.valid_from AND r.return_date < i.valid_to
