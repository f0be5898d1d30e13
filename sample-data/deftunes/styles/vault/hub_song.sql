-- Hub: songs by their business key, the track id, from every source that delivers one: the songs
-- table and the purchased items of the sessions API (which calls it song_id). A purchase of a
-- track missing from the songs table still finds its hub row.
SELECT md5(bk) AS song_hash_key,
       arg_min(track_id, (load_date, source_order)) AS track_id, min(load_date) AS load_date,
       arg_min(record_source, (load_date, source_order)) AS record_source
FROM (
  SELECT upper(trim(track_id)) AS bk, track_id, load_date, 'postgres:deftunes.songs' AS record_source, 1 AS source_order
  FROM source.songs
  UNION ALL
  SELECT upper(trim(track_id)), track_id, load_date, 'api:/sessions', 2
  -- distinct ids first: normalizing a few thousand keys, not every purchased item
  FROM (SELECT DISTINCT item.song_id AS track_id, load_date
        FROM (SELECT unnest(session_items) AS item, load_date FROM source.sessions))
)
GROUP BY bk
