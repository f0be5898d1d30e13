-- What was bought: one row per track. The API's song_id is the track_id of the songs table.
SELECT md5(track_id) AS song_key, song_id, title AS song_title, track_id, release,
       CAST(duration AS DOUBLE) AS duration, CAST(nullif(year, 0) AS INTEGER) AS year,
       TIMESTAMP '2024-07-01 06:00:00' AS ingest_ts, 'postgres:deftunes.songs' AS source
FROM source.songs
