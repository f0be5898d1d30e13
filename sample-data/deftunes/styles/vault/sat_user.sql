-- Satellite on hub_user: the user's descriptive attributes, insert-only. hashdiff is the MD5 of
-- the attributes (normalized, in a fixed order); a batch adds a row only when a user's hashdiff
-- differs from their previous row, so a move adds one row and an unchanged record adds none.
SELECT user_hash_key, load_date, hashdiff, user_name, user_lastname, latitude, longitude,
       place_name, country_code, timezone, user_since, record_source
FROM (
  SELECT md5(upper(trim(CAST(user_id AS VARCHAR)))) AS user_hash_key, load_date,
         md5(concat_ws('||', coalesce(trim(user_name), ''), coalesce(trim(user_lastname), ''),
                       coalesce(array_to_string(user_location, ';'), ''), coalesce(trim(user_since), ''))) AS hashdiff,
         user_name, user_lastname,
         CAST(user_location[1] AS DOUBLE) AS latitude, CAST(user_location[2] AS DOUBLE) AS longitude,
         user_location[3] AS place_name, user_location[4] AS country_code, user_location[5] AS timezone,
         CAST(user_since AS TIMESTAMP) AS user_since, 'api:/users' AS record_source
  FROM source.users
)
QUALIFY hashdiff IS DISTINCT FROM lag(hashdiff) OVER (PARTITION BY user_hash_key ORDER BY load_date)
