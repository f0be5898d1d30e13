-- Hub: artists by their business key.
SELECT md5(artist_id) AS artist_hash_key, artist_id, TIMESTAMP '2024-07-01 06:00:00' AS load_date, 'postgres:deftunes.songs' AS record_source
FROM nf3.artists
