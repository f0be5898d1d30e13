-- When: one row per day from the first to the last day of any fact — purchases (session start)
-- and likes (liked_since, which can precede the purchase). Conformed: both facts use it.
SELECT CAST(d AS DATE) AS date_key, year(d) AS year, quarter(d) AS quarter, month(d) AS month,
       monthname(d) AS month_name, day(d) AS day, isodow(d) AS day_of_week, dayname(d) AS day_name
FROM (
  SELECT unnest(generate_series(min(t)::DATE, max(t)::DATE, INTERVAL 1 DAY)) AS d
  FROM (
    SELECT CAST(session_start_time AS TIMESTAMP) AS t FROM source.sessions
    UNION ALL
    SELECT CAST(item.liked_since AS TIMESTAMP)
    FROM (SELECT unnest(session_items) AS item FROM source.sessions)
  )
)
