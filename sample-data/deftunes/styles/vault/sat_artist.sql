-- Satellite on hub_artist: the artist's attributes from the songs table (repeated on each of the
-- artist's songs there, so one row per artist and batch first). Insert-only with a hashdiff.
SELECT artist_hash_key, load_date, hashdiff, artist_name, artist_mbid, artist_familiarity, artist_hottness, record_source
FROM (
  SELECT DISTINCT md5(upper(trim(artist_id))) AS artist_hash_key, load_date,
         md5(concat_ws('||', coalesce(trim(artist_name), ''), coalesce(trim(CAST(artist_mbid AS VARCHAR)), ''),
                       coalesce(artist_familiarity::VARCHAR, ''), coalesce(artist_hottness::VARCHAR, ''))) AS hashdiff,
         artist_name, CAST(artist_mbid AS VARCHAR) AS artist_mbid,
         CAST(artist_familiarity AS DOUBLE) AS artist_familiarity, CAST(artist_hottness AS DOUBLE) AS artist_hottness,
         'postgres:deftunes.songs' AS record_source
  FROM source.songs
)
QUALIFY hashdiff IS DISTINCT FROM lag(hashdiff) OVER (PARTITION BY artist_hash_key ORDER BY load_date)
