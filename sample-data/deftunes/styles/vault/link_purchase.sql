-- Link: a song bought in a session. The item number is part of the key because a session could
-- buy the same song twice.
SELECT md5(i.session_id || '|' || i.item_number::VARCHAR) AS purchase_hash_key,
       hs.session_hash_key, hg.song_hash_key, i.session_id, i.item_number, i.track_id,
       TIMESTAMP '2024-07-01 06:00:00' AS load_date, 'api:/sessions' AS record_source
FROM nf3.session_items AS i
JOIN vault.hub_session AS hs ON hs.session_id = i.session_id
JOIN vault.hub_song AS hg ON hg.track_id = i.track_id
