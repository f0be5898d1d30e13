-- Business process: song purchases. Grain: one song bought within one session.
-- track_id is the API's song_id (a track id); song_id is the songs table's song_id, looked up by
-- track, so a join on song_id with dim_songs matches. user_key points at the version of the user
-- current when the session started (type 2), so a later move does not restate past purchases.
-- Left joins with the unknown members ('-1'): no purchase is dropped for a missing user or song.
-- Ingestion time (the batch's extract) and processing time (this step, 30 minutes after it; fixed
-- so every build gives the same rows).
SELECT md5(i.session_id || '-' || i.item_number) AS fact_key,
       i.session_id, i.item_number, i.track_id, s.song_id,
       coalesce(s.song_key, '-1') AS song_key, coalesce(u.user_key, '-1') AS user_key,
       coalesce(a.artist_key, '-1') AS artist_key,
       i.started AS session_start_time, CAST(i.started AS DATE) AS date_key,
       CAST(i.item.price AS DECIMAL(10, 2)) AS price, i.item.liked AS liked,
       CAST(i.item.liked_since AS TIMESTAMP) AS liked_since,
       i.load_date AS ingested_at, i.load_date + INTERVAL 30 MINUTE AS processed_at,
       'api:/sessions' AS source_name
FROM (
  SELECT *, item.song_id AS track_id, item.artist_id AS artist_id FROM (
    SELECT CAST(session_id AS VARCHAR) AS session_id, CAST(user_id AS VARCHAR) AS user_id,
           CAST(session_start_time AS TIMESTAMP) AS started, load_date,
           unnest(session_items) AS item, generate_subscripts(session_items, 1) AS item_number
    FROM source.sessions)
) AS i
LEFT JOIN star.dim_songs AS s ON s.track_id = i.track_id
LEFT JOIN star.dim_artists AS a ON a.artist_id = i.artist_id
LEFT JOIN star.dim_users AS u ON u.user_id = i.user_id AND i.started >= u.valid_from AND i.started < u.valid_to
