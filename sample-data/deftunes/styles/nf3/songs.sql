-- Songs from the PostgreSQL table (CSV), schema enforced; year 0 in the source means unknown.
SELECT track_id, title, song_id, release, artist_id,
       CAST(duration AS DOUBLE) AS duration, CAST(nullif(year, 0) AS INTEGER) AS year,
       CAST(track_7digitalid AS BIGINT) AS track_7digitalid
FROM source.songs
