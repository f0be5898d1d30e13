-- Nested, as the API serves it: one row per session, the purchased songs nested in session_items,
-- and the buyer's attributes repeated on every session. Types enforced: timestamps parsed from
-- ISO text, prices as exact decimals (all prices are USD, as the notes assume).
SELECT s.session_id, s.user_id, u.user_name, u.user_lastname,
       u.user_location[4] AS user_country_code,
       CAST(s.session_start_time AS TIMESTAMP) AS session_start_time,
       list_transform(s.session_items, lambda i: struct_pack(
         song_id := i.song_id, song_name := i.song_name, artist_id := i.artist_id,
         artist_name := i.artist_name, price := CAST(i.price AS DECIMAL(10, 2)), liked := i.liked,
         liked_since := CAST(i.liked_since AS TIMESTAMP))) AS session_items
FROM source.sessions AS s
JOIN source.users AS u ON u.user_id = s.user_id
