-- Third normal form: city and country depend on the zip code, not on the customer or the store
-- (zip → city is a transitive dependency), so they live here, once per zip. The names are taken
-- from the current customer records and the stores; a misspelling corrected in the CRM is gone.
SELECT DISTINCT zip, city, country
FROM (
  SELECT customer_zip AS zip, customer_city AS city, customer_country AS country
  FROM source.customers
  QUALIFY valid_from = max(valid_from) OVER (PARTITION BY customer_id)
  UNION
  SELECT store_zipcode, store_city, store_country
  FROM source.stores
)
