-- Hub: artists by their business key, from the songs table and the sessions API's items.
SELECT md5(bk) AS artist_hash_key,
       arg_min(artist_id, (load_date, source_order)) AS artist_id, min(load_date) AS load_date,
       arg_min(record_source, (load_date, source_order)) AS record_source
FROM (
  SELECT upper(trim(artist_id)) AS bk, artist_id, load_date, 'postgres:deftunes.songs' AS record_source, 1 AS source_order
  FROM source.songs
  UNION ALL
  SELECT upper(trim(artist_id)), artist_id, load_date, 'api:/sessions', 2
  -- distinct ids first: normalizing a few thousand keys, not every purchased item
  FROM (SELECT DISTINCT item.artist_id AS artist_id, load_date
        FROM (SELECT unnest(session_items) AS item, load_date FROM source.sessions))
)
GROUP BY bk
