-- Third normal form: each fact once. Users from the /users API, location unnested.
SELECT user_id, user_name, user_lastname,
       CAST(user_location[1] AS DOUBLE) AS latitude, CAST(user_location[2] AS DOUBLE) AS longitude,
       user_location[3] AS place_name, user_location[4] AS country_code, user_location[5] AS timezone,
       CAST(user_since AS TIMESTAMP) AS user_since
FROM source.users
