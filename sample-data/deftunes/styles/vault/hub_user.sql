-- Hub: every user business key any source delivered (the users API, and the sessions API that
-- names the buyer), with the load date and source of its first arrival. Loaded from the source
-- batches, insert-only. The hash key is the MD5 of the normalized business key (text, trimmed,
-- upper case), so 'a3141825-…' and ' A3141825-… ' are one user.
SELECT md5(bk) AS user_hash_key,
       arg_min(user_id, (load_date, source_order)) AS user_id, min(load_date) AS load_date,
       arg_min(record_source, (load_date, source_order)) AS record_source
FROM (
  SELECT upper(trim(CAST(user_id AS VARCHAR))) AS bk, CAST(user_id AS VARCHAR) AS user_id, load_date,
         'api:/users' AS record_source, 1 AS source_order
  FROM source.users
  UNION ALL
  SELECT upper(trim(CAST(user_id AS VARCHAR))), CAST(user_id AS VARCHAR), load_date, 'api:/sessions', 2
  FROM source.sessions
)
GROUP BY bk
