-- Satellite: the item's descriptive attributes, insert-only like sat_customer: a list price change
-- or a new product line adds a row with its effective_from; what customers paid is on sat_order_item.
SELECT item_hash_key, load_date, hashdiff, effective_from, name, list_price, brand, product_line, record_source
FROM (
  SELECT md5(upper(trim(sku::VARCHAR))) AS item_hash_key, load_date,
         md5(concat_ws('||', upper(trim(name)), price, upper(trim(brand)), upper(trim(product_line)))) AS hashdiff,
         valid_from AS effective_from, name, price AS list_price, brand, product_line, 'erp.catalog' AS record_source
  FROM source.items
)
QUALIFY hashdiff IS DISTINCT FROM lag(hashdiff) OVER (PARTITION BY item_hash_key ORDER BY load_date)
