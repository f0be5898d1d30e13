-- Third normal form: a place name determines its latitude, longitude, country and time zone, so
-- those are stored once per place, not on every user. Every place any user has lived in is kept.
SELECT DISTINCT user_location[3] AS place_name,
       CAST(user_location[1] AS DOUBLE) AS latitude, CAST(user_location[2] AS DOUBLE) AS longitude,
       user_location[4] AS country_code, user_location[5] AS timezone
FROM source.users
