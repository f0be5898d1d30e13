-- Current-row view over sat_item: today's list price and product line, one row per item.
SELECT *
FROM vault.sat_item
QUALIFY load_date = max(load_date) OVER (PARTITION BY item_hash_key)
