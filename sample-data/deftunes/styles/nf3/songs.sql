-- The capstone's songs step: the PostgreSQL table (exported as CSV) with its schema enforced
-- (every column cast to its type; year 0 in the source means unknown), the ingestion time of its
-- batch and the name of the database it came from. The latest batch wins per track.
SELECT CAST(track_id AS VARCHAR) AS track_id, CAST(title AS VARCHAR) AS title,
       CAST(song_id AS VARCHAR) AS song_id, CAST(release AS VARCHAR) AS release,
       CAST(artist_id AS VARCHAR) AS artist_id,
       CAST(duration AS DOUBLE) AS duration, CAST(nullif(year, 0) AS INTEGER) AS year,
       CAST(track_7digitalid AS BIGINT) AS track_7digitalid,
       load_date AS ingested_at, 'postgres:deftunes.songs' AS source_name
FROM source.songs
QUALIFY row_number() OVER (PARTITION BY track_id ORDER BY load_date DESC) = 1
