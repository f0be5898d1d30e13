-- Link: who performs a song.
SELECT md5(s.track_id || '|' || s.artist_id) AS song_artist_hash_key,
       hg.song_hash_key, ha.artist_hash_key, TIMESTAMP '2024-07-01 06:00:00' AS load_date, 'postgres:deftunes.songs' AS record_source
FROM nf3.songs AS s
JOIN vault.hub_song AS hg ON hg.track_id = s.track_id
JOIN vault.hub_artist AS ha ON ha.artist_id = s.artist_id
