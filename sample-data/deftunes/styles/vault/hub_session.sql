-- Hub: purchase sessions by their business key, first load date and source.
SELECT md5(bk) AS session_hash_key, arg_min(session_id, load_date) AS session_id,
       min(load_date) AS load_date, 'api:/sessions' AS record_source
FROM (SELECT upper(trim(CAST(session_id AS VARCHAR))) AS bk, CAST(session_id AS VARCHAR) AS session_id, load_date
      FROM source.sessions)
GROUP BY bk
