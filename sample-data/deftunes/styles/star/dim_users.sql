-- Who bought. Transformation zone steps of the capstone: unnest user_location into five columns,
-- enforce types, add ingestion columns. ingest_ts is fixed (not now()) so every build of the pack
-- gives the same rows; a real pipeline would stamp the load time.
SELECT md5(user_id) AS user_key, user_id, user_lastname, user_name,
       CAST(user_since AS TIMESTAMP) AS user_since,
       user_location[4] AS country_code,
       CAST(user_location[1] AS DOUBLE) AS latitude, CAST(user_location[2] AS DOUBLE) AS longitude,
       user_location[3] AS place_name, user_location[5] AS timezone,
       TIMESTAMP '2024-07-01 06:00:00' AS ingest_ts, 'api:/users' AS source
FROM source.users
