-- Third normal form: one row per customer, its CURRENT record (the latest version in the CRM's
-- change log) — a move overwrites the old address, as 3NF keeps only what is true now. City and
-- country are not here: they depend on the zip (see zip_codes). Read from the source rather than
-- from nf2.orders, so customers who never ordered are not lost.
SELECT customer_id, customer_name, customer_address, customer_zip
FROM source.customers
QUALIFY valid_from = max(valid_from) OVER (PARTITION BY customer_id)
