-- Link: who performs a song, as the songs table says.
SELECT md5(t_bk || '||' || a_bk) AS song_artist_hash_key, md5(t_bk) AS song_hash_key,
       md5(a_bk) AS artist_hash_key, min(load_date) AS load_date, 'postgres:deftunes.songs' AS record_source
FROM (SELECT upper(trim(track_id)) AS t_bk, upper(trim(artist_id)) AS a_bk, load_date FROM source.songs)
GROUP BY t_bk, a_bk
