-- Satellite on hub_song: the songs table's attributes, schema enforced. Insert-only with a hashdiff.
SELECT song_hash_key, load_date, hashdiff, title, song_id, release, duration, year, track_7digitalid, record_source
FROM (
  SELECT md5(upper(trim(track_id))) AS song_hash_key, load_date,
         md5(concat_ws('||', coalesce(trim(title), ''), coalesce(trim(song_id), ''), coalesce(trim(release), ''),
                       coalesce(duration::VARCHAR, ''), coalesce(year::VARCHAR, ''), coalesce(track_7digitalid::VARCHAR, ''))) AS hashdiff,
         CAST(title AS VARCHAR) AS title, CAST(song_id AS VARCHAR) AS song_id, CAST(release AS VARCHAR) AS release,
         CAST(duration AS DOUBLE) AS duration, CAST(nullif(year, 0) AS INTEGER) AS year,
         CAST(track_7digitalid AS BIGINT) AS track_7digitalid, 'postgres:deftunes.songs' AS record_source
  FROM source.songs
)
QUALIFY hashdiff IS DISTINCT FROM lag(hashdiff) OVER (PARTITION BY song_hash_key ORDER BY load_date)
