-- Third normal form: an order line keeps what depends on its whole key — the sku, the quantity
-- and the price paid, which is a fact of this sale (the item's list price may change later).
SELECT order_id, item_number, sku, quantity, price
FROM nf2.order_items
