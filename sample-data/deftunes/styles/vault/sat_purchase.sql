-- Satellite on the purchase link: the price paid and whether the buyer liked the song.
SELECT md5(session_id || '|' || item_number::VARCHAR) AS purchase_hash_key, TIMESTAMP '2024-07-01 06:00:00' AS load_date,
       price, liked, liked_since, 'api:/sessions' AS record_source
FROM nf3.session_items
