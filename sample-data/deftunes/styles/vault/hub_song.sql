-- Hub: songs by their business key, the track id, from every source that delivers one: the songs
-- table and the purchased items of the sessions API (which calls it song_id). A purchase of a
-- track missing from the songs table still finds its hub row.
SELECT md5(bk) AS song_hash_key, track_id, load_date, record_source
FROM (
  SELECT upper(trim(track_id)) AS bk, track_id, load_date, 'postgres:deftunes.songs' AS record_source, 1 AS source_order
  FROM source.songs
  UNION ALL
  SELECT upper(trim(item.song_id)), item.song_id, load_date, 'api:/sessions', 2
  FROM (SELECT unnest(session_items) AS item, load_date FROM source.sessions)
)
QUALIFY row_number() OVER (PARTITION BY bk ORDER BY load_date, source_order) = 1
