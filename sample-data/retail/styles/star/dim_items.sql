-- What was sold: type 2 as well, because the list price and the product line change. One row per
-- version (surrogate item_key), the durable sku, validity and the current flag as in dim_customers.
-- A sale is counted in the product line its item was in on the day it was sold; for "as the
-- catalog is today", join on sku to the version with is_current.
SELECT row_number() OVER (ORDER BY sku, valid_from)::INTEGER AS item_key,
       sku, name, price AS list_price, brand, product_line,
       valid_from,
       coalesce(lead(valid_from) OVER (PARTITION BY sku ORDER BY valid_from), DATE '9999-12-31') AS valid_to,
       lead(valid_from) OVER (PARTITION BY sku ORDER BY valid_from) IS NULL AS is_current
FROM source.items
