-- Nested, as the API serves it: one row per session, the purchased songs nested in session_items.
-- The buyer's attributes are copied onto the session as they were when it was written: the user's
-- record valid at the session's start (each record is valid from its batch's load date until the
-- user's next record; a hash join on user_id, then the range), so a later move
-- does not rewrite past sessions. A session whose user is unknown keeps NULL attributes rather than
-- vanishing. Types enforced: ids as text (native DuckDB reads them as UUID), timestamps parsed from
-- ISO text, prices as exact decimals (all USD, as the notes assume). The API's song_id is a track
-- id, so it is called track_id here, as everywhere in the pack.
SELECT s.session_id, s.user_id, u.user_name, u.user_lastname,
       u.user_location[3] AS user_place_name, u.user_location[4] AS user_country_code,
       s.started AS session_start_time,
       list_transform(s.session_items, lambda i: struct_pack(
         track_id := i.song_id, song_name := i.song_name, artist_id := i.artist_id,
         artist_name := i.artist_name, price := CAST(i.price AS DECIMAL(10, 2)), liked := i.liked,
         liked_since := CAST(i.liked_since AS TIMESTAMP))) AS session_items,
       s.load_date AS ingested_at
FROM (SELECT CAST(session_id AS VARCHAR) AS session_id, CAST(user_id AS VARCHAR) AS user_id,
             CAST(session_start_time AS TIMESTAMP) AS started, session_items, load_date
      FROM source.sessions) AS s
LEFT JOIN (SELECT CAST(user_id AS VARCHAR) AS user_id, user_name, user_lastname, user_location,
                  load_date AS valid_from,
                  coalesce(lead(load_date) OVER (PARTITION BY user_id ORDER BY load_date), TIMESTAMP '9999-12-31') AS valid_to
           FROM source.users) AS u
  ON u.user_id = s.user_id AND s.started >= u.valid_from AND s.started < u.valid_to
