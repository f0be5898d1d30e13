-- Who bought, as a slowly changing dimension of type 2: one row per version of a user. The
-- capstone's transformation steps (location unnested into five columns, types enforced, ingestion
-- columns) plus history: a batch that delivers a changed record closes the current version
-- (valid_to) and opens a new one; a batch that repeats a record unchanged adds nothing.
-- user_key is the surrogate key of one version (MD5 of user_id and valid_from); user_id is the
-- durable key shared by all versions of a user. Validity is [valid_from, valid_to), the current
-- version ends on 9999-12-31. A version is valid from the load date of the batch that delivered
-- it. The row with user_key '-1' is the unknown member: a purchase whose user is missing from the
-- users API points at it instead of being dropped.
WITH records AS (
  SELECT CAST(user_id AS VARCHAR) AS user_id, user_name, user_lastname,
         CAST(user_since AS TIMESTAMP) AS user_since, user_location, load_date
  FROM source.users
),
versions AS (
  SELECT * FROM records
  QUALIFY (user_name, user_lastname, user_since, user_location)
          IS DISTINCT FROM lag((user_name, user_lastname, user_since, user_location))
                           OVER (PARTITION BY user_id ORDER BY load_date)
)
SELECT md5(user_id || '|' || strftime(load_date, '%Y-%m-%d %H:%M:%S')) AS user_key, user_id,
       user_lastname, user_name, user_since,
       user_location[4] AS country_code,
       CAST(user_location[1] AS DOUBLE) AS latitude, CAST(user_location[2] AS DOUBLE) AS longitude,
       user_location[3] AS place_name, user_location[5] AS timezone,
       load_date AS valid_from,
       coalesce(lead(load_date) OVER (PARTITION BY user_id ORDER BY load_date), TIMESTAMP '9999-12-31 00:00:00') AS valid_to,
       lead(load_date) OVER (PARTITION BY user_id ORDER BY load_date) IS NULL AS is_current,
       load_date AS ingested_at, 'api:/users' AS source_name
FROM versions
UNION ALL
SELECT '-1', 'unknown', 'Unknown', 'Unknown', NULL, NULL, NULL, NULL, NULL, NULL,
       TIMESTAMP '1900-01-01 00:00:00', TIMESTAMP '9999-12-31 00:00:00', true, NULL, 'unknown member'
