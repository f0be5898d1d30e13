-- Link: a song bought in a session. Its hash key comes from all its parents' business keys (the
-- session and the track) plus the item number, a dependent child key: a session may buy the same
-- song twice, and each purchase is one link row.
SELECT md5(s_bk || '||' || item_number::VARCHAR || '||' || t_bk) AS purchase_hash_key,
       md5(s_bk) AS session_hash_key, md5(t_bk) AS song_hash_key, item_number, load_date, record_source
FROM (
  SELECT upper(trim(CAST(session_id AS VARCHAR))) AS s_bk, upper(trim(item.song_id)) AS t_bk, item_number,
         load_date, 'api:/sessions' AS record_source
  FROM (SELECT session_id, load_date, unnest(session_items) AS item, generate_subscripts(session_items, 1) AS item_number
        FROM source.sessions)
)
QUALIFY row_number() OVER (PARTITION BY s_bk, item_number, t_bk ORDER BY load_date) = 1
