-- Third normal form: one row per customer. Read from the source rather than from nf2.orders,
-- so customers who never ordered are not lost.
SELECT customer_id, customer_name, customer_address, customer_zip, customer_city, customer_country
FROM source.customers
