SELECT md5(track_id) AS song_hash_key, TIMESTAMP '2024-07-01 06:00:00' AS load_date, title, song_id, release, duration, year, track_7digitalid,
       'postgres:deftunes.songs' AS record_source
FROM nf3.songs
