-- Third normal form: one row per store; its city depends on the zip (see zip_codes).
SELECT store_id, store_name, store_zipcode
FROM source.stores
