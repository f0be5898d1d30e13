-- Artist attributes repeat on every song in the source; here they are stored once per artist.
SELECT DISTINCT artist_id, artist_mbid, artist_name,
       CAST(artist_familiarity AS DOUBLE) AS artist_familiarity,
       CAST(artist_hottness AS DOUBLE) AS artist_hottness
FROM source.songs
