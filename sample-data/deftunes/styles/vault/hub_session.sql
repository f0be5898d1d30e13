-- Hub: purchase sessions by their business key.
SELECT md5(session_id) AS session_hash_key, session_id, TIMESTAMP '2024-07-01 06:00:00' AS load_date, 'api:/sessions' AS record_source
FROM nf3.sessions
