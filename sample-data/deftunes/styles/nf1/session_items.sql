-- First normal form: unnest session_items and the user_location array so every column holds one
-- value. Key: (session_id, item_number). User and session attributes repeat on every item.
SELECT s.session_id, s.item_number, s.user_id, u.user_name, u.user_lastname,
       CAST(u.user_location[1] AS DOUBLE) AS latitude, CAST(u.user_location[2] AS DOUBLE) AS longitude,
       u.user_location[3] AS place_name, u.user_location[4] AS country_code, u.user_location[5] AS timezone,
       CAST(u.user_since AS TIMESTAMP) AS user_since,
       CAST(s.session_start_time AS TIMESTAMP) AS session_start_time,
       s.item.song_id AS song_id, s.item.song_name AS song_name,
       s.item.artist_id AS artist_id, s.item.artist_name AS artist_name,
       CAST(s.item.price AS DECIMAL(10, 2)) AS price, s.item.liked AS liked,
       CAST(s.item.liked_since AS TIMESTAMP) AS liked_since
FROM (
  -- unnest in the SELECT list of a subquery: far faster than a lateral unnest in FROM.
  SELECT session_id, user_id, session_start_time,
         unnest(session_items) AS item, generate_subscripts(session_items, 1) AS item_number
  FROM source.sessions
) AS s
JOIN source.users AS u ON u.user_id = s.user_id
