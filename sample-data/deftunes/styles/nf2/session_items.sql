-- Second normal form: the rest of each line depends on the whole key (session_id, item_number).
-- Song and artist names still depend on track_id and artist_id, not on the key: 3NF fixes that.
SELECT session_id, item_number, track_id, song_name, artist_id, artist_name, price, liked, liked_since
FROM nf1.session_items
