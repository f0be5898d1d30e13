-- Artist attributes repeat on every song in the source; here they are stored once per artist
-- (from the latest batch that delivered the artist).
SELECT CAST(artist_id AS VARCHAR) AS artist_id, CAST(artist_mbid AS VARCHAR) AS artist_mbid,
       artist_name, CAST(artist_familiarity AS DOUBLE) AS artist_familiarity,
       CAST(artist_hottness AS DOUBLE) AS artist_hottness
FROM source.songs
QUALIFY row_number() OVER (PARTITION BY artist_id ORDER BY load_date DESC, track_id) = 1
