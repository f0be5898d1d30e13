-- Business process: song purchases. Grain: one song bought within one session.
SELECT md5(i.session_id || '-' || i.item_number) AS fact_key,
       i.session_id, i.item_number, i.item.song_id AS song_id,
       md5(i.item.song_id) AS song_key, md5(i.user_id) AS user_key, md5(i.item.artist_id) AS artist_key,
       CAST(i.session_start_time AS TIMESTAMP) AS session_start_time,
       CAST(CAST(i.session_start_time AS TIMESTAMP) AS DATE) AS date_key,
       CAST(i.item.price AS DECIMAL(10, 2)) AS price, i.item.liked AS liked,
       CAST(i.item.liked_since AS TIMESTAMP) AS liked_since,
       TIMESTAMP '2024-07-01 06:00:00' AS ingest_ts, 'api:/sessions' AS source
FROM (
  SELECT session_id, user_id, session_start_time,
         unnest(session_items) AS item, generate_subscripts(session_items, 1) AS item_number
  FROM source.sessions
) AS i
