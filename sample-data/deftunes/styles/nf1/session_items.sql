-- First normal form: unnest session_items and the user_location array so every column holds one
-- value. Key: (session_id, item_number). The user's attributes repeat on every item, copied as
-- they were when the purchase was written (the user's record valid at the session's start), so a
-- user who moved later keeps the old place on old purchases. Left join: a purchase whose user is
-- unknown stays, with NULL attributes.
SELECT s.session_id, s.item_number, s.user_id, u.user_name, u.user_lastname,
       CAST(u.user_location[1] AS DOUBLE) AS latitude, CAST(u.user_location[2] AS DOUBLE) AS longitude,
       u.user_location[3] AS place_name, u.user_location[4] AS country_code, u.user_location[5] AS timezone,
       CAST(u.user_since AS TIMESTAMP) AS user_since,
       s.started AS session_start_time,
       s.item.song_id AS track_id, s.item.song_name AS song_name,
       s.item.artist_id AS artist_id, s.item.artist_name AS artist_name,
       CAST(s.item.price AS DECIMAL(10, 2)) AS price, s.item.liked AS liked,
       CAST(s.item.liked_since AS TIMESTAMP) AS liked_since
FROM (
  -- unnest in the SELECT list of a subquery: far faster than a lateral unnest in FROM.
  SELECT CAST(session_id AS VARCHAR) AS session_id, CAST(user_id AS VARCHAR) AS user_id,
         CAST(session_start_time AS TIMESTAMP) AS started,
         unnest(session_items) AS item, generate_subscripts(session_items, 1) AS item_number
  FROM source.sessions
) AS s
-- each user record is valid from its batch's load date until the user's next record
LEFT JOIN (SELECT CAST(user_id AS VARCHAR) AS user_id, user_name, user_lastname, user_location, user_since,
                  load_date AS valid_from,
                  coalesce(lead(load_date) OVER (PARTITION BY user_id ORDER BY load_date), TIMESTAMP '9999-12-31') AS valid_to
           FROM source.users) AS u
  ON u.user_id = s.user_id AND s.started >= u.valid_from AND s.started < u.valid_to
