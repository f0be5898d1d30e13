-- Link: a song bought in a session. Its hash key comes from all its parents' business keys (the
-- session and the track) plus the item number, a dependent child key: a session may buy the same
-- song twice, and each purchase is one link row. (The session's key is normalized and hashed once
-- per session, before the items are unnested.)
SELECT md5(s_bk || '||' || item_number::VARCHAR || '||' || t_bk) AS purchase_hash_key,
       any_value(session_hash_key) AS session_hash_key, md5(t_bk) AS song_hash_key, item_number,
       min(load_date) AS load_date, 'api:/sessions' AS record_source
FROM (
  SELECT s_bk, session_hash_key, upper(trim(item.song_id)) AS t_bk, item_number, load_date
  FROM (SELECT s_bk, md5(s_bk) AS session_hash_key, load_date,
               unnest(session_items) AS item, generate_subscripts(session_items, 1) AS item_number
        FROM (SELECT upper(trim(CAST(session_id AS VARCHAR))) AS s_bk, load_date, session_items FROM source.sessions))
)
GROUP BY s_bk, item_number, t_bk
