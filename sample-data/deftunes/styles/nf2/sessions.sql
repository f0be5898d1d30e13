-- Second normal form: attributes that depend on only part of the key (session_id) move to their
-- own table. The user's attributes, as they were at the session, still depend on user_id (and the
-- place's on place_name), not on the session: 3NF fixes that.
SELECT DISTINCT session_id, user_id, user_name, user_lastname, latitude, longitude, place_name,
       country_code, timezone, user_since, session_start_time
FROM nf1.session_items
