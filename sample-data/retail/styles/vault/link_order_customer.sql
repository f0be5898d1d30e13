-- Link: which customer placed which order. Its hash key is MD5 of the normalized business keys of
-- BOTH parents, joined with a delimiter; the parents' hash keys are computed the same way.
SELECT md5(upper(trim(order_id::VARCHAR)) || '||' || upper(trim(customer_id::VARCHAR))) AS order_customer_hash_key,
       md5(upper(trim(order_id::VARCHAR))) AS order_hash_key,
       md5(upper(trim(customer_id::VARCHAR))) AS customer_hash_key,
       order_id, customer_id, load_date, 'pos.orders' AS record_source
FROM source.orders
