SELECT md5(artist_id) AS artist_hash_key, TIMESTAMP '2024-07-01 06:00:00' AS load_date, artist_name, artist_mbid, artist_familiarity, artist_hottness,
       'postgres:deftunes.songs' AS record_source
FROM nf3.artists
