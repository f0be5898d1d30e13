-- Hub: the unique list of customer business keys, loaded from the CRM's extract (not from another
-- style). The hash key is MD5 of the normalized business key (text, trimmed, upper case), so every
-- source that knows the key computes the same hash. load_date: the batch that first brought the key.
SELECT md5(upper(trim(customer_id::VARCHAR))) AS customer_hash_key, customer_id,
       min(load_date) AS load_date, 'crm.customers' AS record_source
FROM source.customers
GROUP BY customer_id
