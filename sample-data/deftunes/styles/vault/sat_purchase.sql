-- Satellite on link_purchase: the price paid and whether the buyer liked the song, as the sessions
-- API delivered them (raw: nothing derived from other sources). Insert-only with a hashdiff.
SELECT purchase_hash_key, load_date, hashdiff, price, liked, liked_since, record_source
FROM (
  SELECT md5(s_bk || '||' || item_number::VARCHAR || '||' || upper(trim(item.song_id))) AS purchase_hash_key, load_date,
         md5(concat_ws('||', coalesce(item.price::VARCHAR, ''), coalesce(item.liked::VARCHAR, ''),
                       coalesce(trim(item.liked_since), ''))) AS hashdiff,
         CAST(item.price AS DECIMAL(10, 2)) AS price, item.liked AS liked,
         CAST(item.liked_since AS TIMESTAMP) AS liked_since, 'api:/sessions' AS record_source
  FROM (SELECT upper(trim(CAST(session_id AS VARCHAR))) AS s_bk, load_date, unnest(session_items) AS item,
               generate_subscripts(session_items, 1) AS item_number
        FROM source.sessions)
)
QUALIFY hashdiff IS DISTINCT FROM lag(hashdiff) OVER (PARTITION BY purchase_hash_key ORDER BY load_date)
