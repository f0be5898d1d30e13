-- Who bought: one row per customer, keyed by an MD5 surrogate key as in the notes.
SELECT md5(customer_id::VARCHAR) AS customer_key,
       customer_id, customer_name, customer_address, customer_zip, customer_city, customer_country
FROM nf3.customers
