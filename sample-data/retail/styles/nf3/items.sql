-- Third normal form: price, name, brand and product line depend on sku alone.
SELECT sku, name, price, brand, product_line
FROM source.items
