-- Where it was sold: SELECT MD5(store_id) AS store_key, ... FROM stores (the notes' query).
SELECT md5(store_id::VARCHAR) AS store_key, store_id, store_name, store_city, store_zipcode
FROM nf3.stores
