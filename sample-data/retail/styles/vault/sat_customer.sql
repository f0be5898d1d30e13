-- Satellite: the customer's descriptive attributes, insert-only. Each batch adds a row only when
-- the hashdiff differs from the customer's previous row, so a move adds a row and the old address
-- stays. effective_from is the business date the version took effect (from the CRM); load_date is
-- when the warehouse received it. Questions choose one row per customer: the current row
-- (sat_customer_current) or the row in effect on a date (an as-of join on effective_from).
SELECT customer_hash_key, load_date, hashdiff, effective_from,
       customer_name, customer_address, customer_zip, customer_city, customer_country, record_source
FROM (
  SELECT md5(upper(trim(customer_id::VARCHAR))) AS customer_hash_key, load_date,
         md5(concat_ws('||', upper(trim(customer_name)), upper(trim(customer_address)), upper(trim(customer_zip)),
                       upper(trim(customer_city)), upper(trim(customer_country)))) AS hashdiff,
         valid_from AS effective_from,
         customer_name, customer_address, customer_zip, customer_city, customer_country, 'crm.customers' AS record_source
  FROM source.customers
)
QUALIFY hashdiff IS DISTINCT FROM lag(hashdiff) OVER (PARTITION BY customer_hash_key ORDER BY load_date)
