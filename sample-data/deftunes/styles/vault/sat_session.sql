-- Satellite on hub_session: when the session started. Insert-only with a hashdiff, as every satellite.
SELECT session_hash_key, load_date, hashdiff, session_start_time, record_source
FROM (
  SELECT md5(upper(trim(CAST(session_id AS VARCHAR)))) AS session_hash_key, load_date,
         md5(coalesce(trim(session_start_time), '')) AS hashdiff,
         CAST(session_start_time AS TIMESTAMP) AS session_start_time, 'api:/sessions' AS record_source
  FROM source.sessions
)
QUALIFY hashdiff IS DISTINCT FROM lag(hashdiff) OVER (PARTITION BY session_hash_key ORDER BY load_date)
