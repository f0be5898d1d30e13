-- Satellite: the store's descriptive attributes.
SELECT md5(store_id::VARCHAR) AS store_hash_key, TIMESTAMP '2025-01-01 00:00:00' AS load_date,
       store_name, store_city, store_zipcode, 'retail.source' AS record_source
FROM nf3.stores
