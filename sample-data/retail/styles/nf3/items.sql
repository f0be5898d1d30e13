-- Third normal form: name, brand, product line and list price depend on sku alone. Only the
-- current version is kept: a price change or a move to another product line overwrites it. What a
-- customer paid is not the item's list price: it belongs to the order line (order_items.price).
SELECT sku, name, price AS list_price, brand, product_line
FROM source.items
QUALIFY valid_from = max(valid_from) OVER (PARTITION BY sku)
