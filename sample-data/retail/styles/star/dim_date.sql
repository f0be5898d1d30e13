-- When it was sold: one row per calendar day of the three years the data covers.
SELECT date_key::DATE AS date_key,
       year(date_key) AS year, quarter(date_key) AS quarter, month(date_key) AS month,
       monthname(date_key) AS month_name, isodow(date_key) AS day_of_week, dayname(date_key) AS day_name
FROM generate_series(DATE '2022-01-01', DATE '2024-12-31', INTERVAL 1 DAY) AS t(date_key)
