-- What was bought: one row per track. song_id is the songs table's song_id and track_id its
-- track_id (what the sessions API calls song_id); the fact carries both with the same meaning.
-- The capstone's songs step: schema enforced, ingestion time and the source database's name.
SELECT md5(track_id) AS song_key, song_id, title AS song_title, track_id, release, duration, year,
       ingested_at, source_name
FROM (
  SELECT CAST(track_id AS VARCHAR) AS track_id, CAST(title AS VARCHAR) AS title,
         CAST(song_id AS VARCHAR) AS song_id, CAST(release AS VARCHAR) AS release,
         CAST(duration AS DOUBLE) AS duration, CAST(nullif(year, 0) AS INTEGER) AS year,
         load_date AS ingested_at, 'postgres:deftunes.songs' AS source_name
  FROM source.songs
  QUALIFY row_number() OVER (PARTITION BY track_id ORDER BY load_date DESC) = 1
)
UNION ALL
-- the unknown member, for a purchase of a track missing from the songs table
SELECT '-1', NULL, 'Unknown', NULL, NULL, NULL, NULL, NULL, 'unknown member'
