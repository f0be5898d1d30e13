-- Second normal form: the rest of each line depends on the whole key (session_id, item_number).
SELECT session_id, item_number, song_id, song_name, artist_id, artist_name, price, liked, liked_since
FROM nf1.session_items
