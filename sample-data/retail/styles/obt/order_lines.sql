-- One Big Table: one row per order line with every attribute beside it — the 1NF rows plus the
-- calendar attributes and the line amount — so questions need no joins, at the cost of repeating
-- customer, store and item on every line.
SELECT order_id, item_number, order_date,
       year(order_date) AS order_year, quarter(order_date) AS order_quarter, month(order_date) AS order_month,
       isodow(order_date) AS order_day_of_week, dayname(order_date) AS order_day_name,
       customer_id, customer_name, customer_address, customer_zip, customer_city, customer_country,
       store_id, store_name, store_city, store_zipcode,
       sku, name AS item_name, brand, product_line,
       price, quantity, price * quantity AS line_amount
FROM nf1.sales_order_lines
