-- Business process: songs liked. Grain: one user liking one song. The sessions API reports a like
-- on each purchased item; a user who bought a song twice reports it twice, so the likes of a user
-- and track are one row here, dated by the earliest liked_since. A second fact sharing the
-- conformed dimensions (dim_users, dim_songs, dim_artists, dim_date) with fact_order_items, so the
-- two processes can be compared side by side ("drilled across") on the same attributes.
-- user_key: the buyer's version current when the like was first reported (the session's start).
SELECT md5(l.user_id || '|' || l.track_id) AS like_key, l.user_id, l.track_id,
       coalesce(u.user_key, '-1') AS user_key, coalesce(s.song_key, '-1') AS song_key,
       coalesce(a.artist_key, '-1') AS artist_key,
       CAST(l.liked_since AS DATE) AS date_key, l.liked_since, l.reported_at,
       l.ingested_at, l.ingested_at + INTERVAL 30 MINUTE AS processed_at, 'api:/sessions' AS source_name
FROM (
  SELECT user_id, track_id, arg_min(artist_id, started) AS artist_id,
         min(liked_since) AS liked_since, min(started) AS reported_at, min(load_date) AS ingested_at
  FROM (
    SELECT user_id, started, load_date, item.song_id AS track_id, item.artist_id AS artist_id,
           CAST(item.liked_since AS TIMESTAMP) AS liked_since
    FROM (SELECT CAST(user_id AS VARCHAR) AS user_id, CAST(session_start_time AS TIMESTAMP) AS started,
                 load_date, unnest(session_items) AS item
          FROM source.sessions)
    WHERE item.liked
  )
  GROUP BY user_id, track_id
) AS l
LEFT JOIN star.dim_songs AS s ON s.track_id = l.track_id
LEFT JOIN star.dim_artists AS a ON a.artist_id = l.artist_id
LEFT JOIN star.dim_users AS u
  ON u.user_id = l.user_id AND l.reported_at >= u.valid_from AND l.reported_at < u.valid_to
