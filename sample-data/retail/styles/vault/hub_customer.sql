-- Hub: the unique list of customer business keys (customer_id), its hash key, when it was first loaded and from where.
SELECT md5(customer_id::VARCHAR) AS customer_hash_key, customer_id,
       TIMESTAMP '2025-01-01 00:00:00' AS load_date, 'retail.source' AS record_source
FROM nf3.customers
