-- Hub: artists by their business key, from the songs table and the sessions API's items.
SELECT md5(bk) AS artist_hash_key, artist_id, load_date, record_source
FROM (
  SELECT upper(trim(artist_id)) AS bk, artist_id, load_date, 'postgres:deftunes.songs' AS record_source, 1 AS source_order
  FROM source.songs
  UNION ALL
  SELECT upper(trim(item.artist_id)), item.artist_id, load_date, 'api:/sessions', 2
  FROM (SELECT unnest(session_items) AS item, load_date FROM source.sessions)
)
QUALIFY row_number() OVER (PARTITION BY bk ORDER BY load_date, source_order) = 1
