-- Satellite: the user's descriptive attributes; a move adds a row with a later load_date.
SELECT md5(user_id) AS user_hash_key, TIMESTAMP '2024-07-01 06:00:00' AS load_date,
       user_name, user_lastname, latitude, longitude, place_name, country_code, timezone, user_since,
       'api:/users' AS record_source
FROM nf3.users
