-- Satellite: the store's descriptive attributes.
SELECT md5(upper(trim(store_id::VARCHAR))) AS store_hash_key, load_date,
       md5(concat_ws('||', upper(trim(store_name)), upper(trim(store_city)), upper(trim(store_zipcode)))) AS hashdiff,
       store_name, store_city, store_zipcode, 'erp.stores' AS record_source
FROM source.stores
