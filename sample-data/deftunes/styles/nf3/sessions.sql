-- The capstone's transformation zone for sessions: ingestion time (when the batch was extracted)
-- and processing time (when this step ran). The transform runs 30 minutes after each extract;
-- fixed rather than now() so every build of the pack gives the same rows.
SELECT CAST(session_id AS VARCHAR) AS session_id, CAST(user_id AS VARCHAR) AS user_id,
       CAST(session_start_time AS TIMESTAMP) AS session_start_time,
       load_date AS ingested_at, load_date + INTERVAL 30 MINUTE AS processed_at
FROM source.sessions
