-- Third normal form: each fact once. A user's current record (the latest batch that delivered
-- it): a move overwrites place_name, so 3NF knows where a user lives, not where they lived.
SELECT CAST(user_id AS VARCHAR) AS user_id, user_name, user_lastname,
       user_location[3] AS place_name, CAST(user_since AS TIMESTAMP) AS user_since,
       load_date AS updated_at
FROM source.users
QUALIFY row_number() OVER (PARTITION BY CAST(user_id AS VARCHAR) ORDER BY load_date DESC) = 1
