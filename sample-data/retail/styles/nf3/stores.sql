-- Third normal form: one row per store.
SELECT store_id, store_name, store_city, store_zipcode
FROM source.stores
