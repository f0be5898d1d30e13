-- Hub: the unique list of item business keys (sku), from the catalog extract; hash key and first load as in hub_customer.
SELECT md5(upper(trim(sku::VARCHAR))) AS item_hash_key, sku,
       min(load_date) AS load_date, 'erp.catalog' AS record_source
FROM source.items
GROUP BY sku
