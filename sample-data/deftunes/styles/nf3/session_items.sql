-- A purchased song: which track (the API's song_id is the songs table's track_id), the price paid
-- and whether the user liked it. Song and artist names live in songs and artists only.
SELECT session_id, item_number, item.song_id AS track_id,
       CAST(item.price AS DECIMAL(10, 2)) AS price, item.liked AS liked,
       CAST(item.liked_since AS TIMESTAMP) AS liked_since
FROM (
  SELECT CAST(session_id AS VARCHAR) AS session_id, unnest(session_items) AS item,
         generate_subscripts(session_items, 1) AS item_number
  FROM source.sessions
)
