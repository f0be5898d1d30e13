-- Who bought: a slowly changing dimension of type 2 — one row per VERSION of a customer. A move
-- (or a corrected city) adds a version instead of overwriting, so each sale keeps pointing at the
-- address that was true when it happened.
--   customer_key  surrogate key, one per version (a meaningless integer, as Kimball advises)
--   customer_id   the durable natural key: the same for every version of one customer
--   valid_from / valid_to   the half-open period [valid_from, valid_to) the version was true;
--                           the current version ends on 9999-12-31, so as-of joins need no NULL test
--   is_current    true on exactly one version per customer
SELECT row_number() OVER (ORDER BY customer_id, valid_from)::INTEGER AS customer_key,
       customer_id, customer_name, customer_address, customer_zip, customer_city, customer_country,
       valid_from,
       coalesce(lead(valid_from) OVER (PARTITION BY customer_id ORDER BY valid_from), DATE '9999-12-31') AS valid_to,
       lead(valid_from) OVER (PARTITION BY customer_id ORDER BY valid_from) IS NULL AS is_current
FROM source.customers
