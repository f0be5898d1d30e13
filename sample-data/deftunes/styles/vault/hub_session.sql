-- Hub: purchase sessions by their business key, first load date and source.
SELECT md5(upper(trim(CAST(session_id AS VARCHAR)))) AS session_hash_key,
       CAST(session_id AS VARCHAR) AS session_id, load_date, 'api:/sessions' AS record_source
FROM source.sessions
QUALIFY row_number() OVER (PARTITION BY upper(trim(CAST(session_id AS VARCHAR))) ORDER BY load_date) = 1
