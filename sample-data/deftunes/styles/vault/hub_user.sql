-- Hub: the unique user business keys (user_id), their hash key, when first loaded and from where.
SELECT md5(user_id) AS user_hash_key, user_id, TIMESTAMP '2024-07-01 06:00:00' AS load_date, 'api:/users' AS record_source
FROM nf3.users
