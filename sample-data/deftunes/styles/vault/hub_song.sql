-- Hub: songs by their business key, the track id (what the sessions API calls song_id).
SELECT md5(track_id) AS song_hash_key, track_id, TIMESTAMP '2024-07-01 06:00:00' AS load_date, 'postgres:deftunes.songs' AS record_source
FROM nf3.songs
