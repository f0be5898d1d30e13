-- Link: which user a session belongs to. Its hash key is the MD5 of both parents' normalized
-- business keys; the parents' hash keys are computed the same way as in their hubs.
SELECT md5(s_bk || '||' || u_bk) AS session_user_hash_key,
       md5(s_bk) AS session_hash_key, md5(u_bk) AS user_hash_key,
       min(load_date) AS load_date, 'api:/sessions' AS record_source
FROM (
  SELECT upper(trim(CAST(session_id AS VARCHAR))) AS s_bk, upper(trim(CAST(user_id AS VARCHAR))) AS u_bk, load_date
  FROM source.sessions
)
GROUP BY s_bk, u_bk
