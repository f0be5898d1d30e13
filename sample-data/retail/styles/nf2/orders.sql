-- Second normal form, part 2: the columns that depend on order_id alone (a partial dependency
-- in 1NF) move to their own table, one row per order.
SELECT DISTINCT order_id, customer_id, customer_name, customer_address, customer_zip, customer_city,
       customer_country, store_id, store_name, store_city, store_zipcode, order_date
FROM nf1.sales_order_lines
