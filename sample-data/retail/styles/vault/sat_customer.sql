-- Satellite: the customer's descriptive attributes. A change adds a row with a later load_date.
SELECT md5(customer_id::VARCHAR) AS customer_hash_key, TIMESTAMP '2025-01-01 00:00:00' AS load_date,
       customer_name, customer_address, customer_zip, customer_city, customer_country,
       'retail.source' AS record_source
FROM nf3.customers
