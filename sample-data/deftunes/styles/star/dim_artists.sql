-- Who made it: artists are repeated on every song in the source; one row each here.
SELECT md5(artist_id) AS artist_key, artist_id, artist_name,
       CAST(artist_familiarity AS DOUBLE) AS artist_familiarity,
       CAST(artist_hottness AS DOUBLE) AS artist_hotness,
       TIMESTAMP '2024-07-01 06:00:00' AS ingest_ts, 'postgres:deftunes.songs' AS source
FROM (SELECT DISTINCT artist_id, artist_name, artist_familiarity, artist_hottness FROM source.songs)
