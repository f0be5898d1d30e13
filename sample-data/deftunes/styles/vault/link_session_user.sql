-- Link: which user a session belongs to.
SELECT md5(s.session_id || '|' || s.user_id) AS session_user_hash_key,
       hs.session_hash_key, hu.user_hash_key, TIMESTAMP '2024-07-01 06:00:00' AS load_date, 'api:/sessions' AS record_source
FROM nf3.sessions AS s
JOIN vault.hub_session AS hs ON hs.session_id = s.session_id
JOIN vault.hub_user AS hu ON hu.user_id = s.user_id
