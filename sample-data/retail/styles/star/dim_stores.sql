-- Where it was sold: SELECT MD5(store_id) AS store_key, ... FROM stores (the notes' query). Stores
-- do not change in this data, so one row per store is enough (type 1). The city comes from the
-- normalized zip codes.
SELECT md5(s.store_id::VARCHAR) AS store_key, s.store_id, s.store_name, z.city AS store_city, s.store_zipcode
FROM nf3.stores AS s
JOIN nf3.zip_codes AS z ON z.zip = s.store_zipcode
