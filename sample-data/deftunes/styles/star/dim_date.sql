-- When: one row per day from the first to the last session day.
SELECT CAST(d AS DATE) AS date_key, year(d) AS year, quarter(d) AS quarter, month(d) AS month,
       monthname(d) AS month_name, day(d) AS day, isodow(d) AS day_of_week, dayname(d) AS day_name
FROM (
  SELECT unnest(generate_series(min(CAST(session_start_time AS TIMESTAMP))::DATE,
                                max(CAST(session_start_time AS TIMESTAMP))::DATE, INTERVAL 1 DAY)) AS d
  FROM source.sessions
)
