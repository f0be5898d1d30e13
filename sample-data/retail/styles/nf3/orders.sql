-- Third normal form: customer and store details depend on customer_id / store_id, not on the
-- order, so only the foreign keys stay.
SELECT order_id, customer_id, store_id, order_date
FROM nf2.orders
