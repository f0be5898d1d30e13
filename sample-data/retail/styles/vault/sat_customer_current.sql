-- Current-row view over sat_customer (a point-in-time structure for "now"): the latest row per
-- customer. A view, so a row a load inserts is seen at once; questions about today join this
-- instead of the satellite, which holds every version and would count a customer once per version.
SELECT *
FROM vault.sat_customer
QUALIFY load_date = max(load_date) OVER (PARTITION BY customer_hash_key)
