-- One Big Table: one row per purchased song with every attribute of the user, the session, the
-- song, the artist and the day, ready for charts without a join.
SELECT i.session_id, i.item_number,
       CAST(i.session_start_time AS TIMESTAMP) AS session_start_time,
       year(CAST(i.session_start_time AS TIMESTAMP)) AS purchase_year,
       month(CAST(i.session_start_time AS TIMESTAMP)) AS purchase_month,
       i.user_id, u.user_name, u.user_lastname, CAST(u.user_since AS TIMESTAMP) AS user_since,
       u.user_location[4] AS country_code, u.user_location[3] AS place_name, u.user_location[5] AS timezone,
       i.item.song_id AS track_id, s.song_id, s.title AS song_title, s.release,
       CAST(s.duration AS DOUBLE) AS duration, CAST(nullif(s.year, 0) AS INTEGER) AS song_year,
       s.artist_id, s.artist_name, CAST(s.artist_familiarity AS DOUBLE) AS artist_familiarity,
       CAST(s.artist_hottness AS DOUBLE) AS artist_hotness,
       CAST(i.item.price AS DECIMAL(10, 2)) AS price, i.item.liked AS liked,
       CAST(i.item.liked_since AS TIMESTAMP) AS liked_since
FROM (
  -- the join key is a plain column of the subquery, so DuckDB hash-joins on it
  SELECT *, item.song_id AS item_track_id FROM (
    SELECT session_id, user_id, session_start_time,
           unnest(session_items) AS item, generate_subscripts(session_items, 1) AS item_number
    FROM source.sessions)
) AS i
JOIN source.users AS u ON u.user_id = i.user_id
JOIN source.songs AS s ON s.track_id = i.item_track_id
