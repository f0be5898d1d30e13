SELECT md5(session_id) AS session_hash_key, TIMESTAMP '2024-07-01 06:00:00' AS load_date, session_start_time, 'api:/sessions' AS record_source
FROM nf3.sessions
