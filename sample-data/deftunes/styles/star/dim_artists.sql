-- Who made it: artists are repeated on every song in the source; one row each here (type 1: the
-- latest batch's attributes), with the ingestion time and the source database's name.
SELECT md5(artist_id) AS artist_key, artist_id, artist_name, artist_familiarity, artist_hotness,
       ingested_at, source_name
FROM (
  SELECT CAST(artist_id AS VARCHAR) AS artist_id, artist_name,
         CAST(artist_familiarity AS DOUBLE) AS artist_familiarity,
         CAST(artist_hottness AS DOUBLE) AS artist_hotness,
         load_date AS ingested_at, 'postgres:deftunes.songs' AS source_name
  FROM source.songs
  QUALIFY row_number() OVER (PARTITION BY artist_id ORDER BY load_date DESC, track_id) = 1
)
UNION ALL
-- the unknown member, for a purchase whose artist is missing from the songs table
SELECT '-1', NULL, 'Unknown', NULL, NULL, NULL, 'unknown member'
