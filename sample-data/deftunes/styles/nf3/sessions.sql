SELECT session_id, user_id, CAST(session_start_time AS TIMESTAMP) AS session_start_time
FROM source.sessions
