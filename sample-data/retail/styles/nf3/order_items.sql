-- Third normal form: an order line keeps only what depends on its key, plus the sku foreign key.
SELECT order_id, item_number, sku, quantity
FROM nf2.order_items
