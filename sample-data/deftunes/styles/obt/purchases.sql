-- One Big Table: one row per purchased song with every attribute of the user, the session, the
-- song, the artist and the day, ready for charts without a join. Attributes are copied as they were
-- when the row was written: the user's record and the song's as delivered by the latest batch
-- before the session started. Left joins keep every purchase: one whose user or song is missing
-- from its source stays, with NULL attributes, instead of silently disappearing from the totals.
SELECT i.session_id, i.item_number, i.started AS session_start_time,
       year(i.started) AS purchase_year, month(i.started) AS purchase_month,
       i.user_id, u.user_name, u.user_lastname, CAST(u.user_since AS TIMESTAMP) AS user_since,
       u.user_location[4] AS country_code, u.user_location[3] AS place_name, u.user_location[5] AS timezone,
       i.track_id, s.song_id, s.title AS song_title, s.release,
       CAST(s.duration AS DOUBLE) AS duration, CAST(nullif(s.year, 0) AS INTEGER) AS song_year,
       i.item.artist_id AS artist_id, i.item.artist_name AS artist_name,
       CAST(s.artist_familiarity AS DOUBLE) AS artist_familiarity,
       CAST(s.artist_hottness AS DOUBLE) AS artist_hotness,
       CAST(i.item.price AS DECIMAL(10, 2)) AS price, i.item.liked AS liked,
       CAST(i.item.liked_since AS TIMESTAMP) AS liked_since,
       i.load_date AS ingested_at
FROM (
  -- the join keys are plain columns of the subquery, so DuckDB hash-joins on them
  SELECT *, item.song_id AS track_id FROM (
    SELECT CAST(session_id AS VARCHAR) AS session_id, CAST(user_id AS VARCHAR) AS user_id,
           CAST(session_start_time AS TIMESTAMP) AS started, load_date,
           unnest(session_items) AS item, generate_subscripts(session_items, 1) AS item_number
    FROM source.sessions)
) AS i
-- each record is valid from its batch's load date until the next record of the same user or track
LEFT JOIN (SELECT CAST(user_id AS VARCHAR) AS user_id, user_name, user_lastname, user_since, user_location,
                  load_date AS valid_from,
                  coalesce(lead(load_date) OVER (PARTITION BY user_id ORDER BY load_date), TIMESTAMP '9999-12-31') AS valid_to
           FROM source.users) AS u
  ON u.user_id = i.user_id AND i.started >= u.valid_from AND i.started < u.valid_to
LEFT JOIN (SELECT *, load_date AS valid_from,
                  coalesce(lead(load_date) OVER (PARTITION BY track_id ORDER BY load_date), TIMESTAMP '9999-12-31') AS valid_to
           FROM source.songs) AS s
  ON s.track_id = i.track_id AND i.started >= s.valid_from AND i.started < s.valid_to
