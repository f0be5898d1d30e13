-- Course scale: the rows come from the shipped files (users.json, sessions.json, songs.csv), which
-- the runner loads into source.users, source.sessions and source.songs with the engine's own JSON
-- and CSV readers before this file runs (DuckDB-Wasm reads the ids as text; native DuckDB reads
-- them as UUID, so every style casts them explicitly).
--
-- The warehouse did not receive them at once. They arrive in three batches, each stamped with the
-- time it was extracted (load_date):
--   batch 1, 2023-01-01: the initial load, every user and every song;
--   batch 2, 2023-07-01: the sessions started since, and the users whose record changed (moved);
--   batch 3, 2024-07-01: the sessions started since, and the users who moved since batch 2.
-- Which users move, when and where is derived from the shipped rows with hash(), so every build
-- gives the same history: a third of the users move once, to another of the shipped places.
ALTER TABLE source.songs ADD COLUMN batch INTEGER DEFAULT 1;
ALTER TABLE source.songs ADD COLUMN load_date TIMESTAMP DEFAULT TIMESTAMP '2023-01-01 00:00:00';

ALTER TABLE source.sessions ADD COLUMN batch INTEGER DEFAULT 2;
ALTER TABLE source.sessions ADD COLUMN load_date TIMESTAMP DEFAULT TIMESTAMP '2023-07-01 00:00:00';
UPDATE source.sessions SET batch = 3, load_date = TIMESTAMP '2024-07-01 00:00:00'
WHERE CAST(session_start_time AS TIMESTAMP) >= TIMESTAMP '2023-07-01 00:00:00';

ALTER TABLE source.users ADD COLUMN batch INTEGER DEFAULT 1;
ALTER TABLE source.users ADD COLUMN load_date TIMESTAMP DEFAULT TIMESTAMP '2023-01-01 00:00:00';

-- The places of the shipped users, numbered by name; a mover goes to one that is not their own.
CREATE TABLE source.gen_places AS
SELECT row_number() OVER (ORDER BY user_location[3]) - 1 AS place_no, user_location
FROM (SELECT DISTINCT user_location FROM source.users);

INSERT INTO source.users (user_id, user_name, user_lastname, user_location, user_since, batch, load_date)
SELECT m.user_id, m.user_name, m.user_lastname, p.user_location, m.user_since, m.batch,
       CASE m.batch WHEN 2 THEN TIMESTAMP '2023-07-01 00:00:00' ELSE TIMESTAMP '2024-07-01 00:00:00' END
FROM (
  SELECT u.user_id, u.user_name, u.user_lastname, u.user_since,
         (2 + hash(CAST(u.user_id AS VARCHAR), 'move-3', 'batch') % 2)::INTEGER AS batch,
         (h.place_no + 1 + hash(CAST(u.user_id AS VARCHAR), 'move-3', 'where') % (n.places - 1)) % n.places AS new_place_no
  FROM source.users AS u
  JOIN source.gen_places AS h ON h.user_location = u.user_location
  CROSS JOIN (SELECT count(*) AS places FROM source.gen_places) AS n
  WHERE hash(CAST(u.user_id AS VARCHAR), 'move-3') % 3 = 0
) AS m
JOIN source.gen_places AS p ON p.place_no = m.new_place_no;

DROP TABLE source.gen_places;

SELECT (SELECT count(*) FROM source.users) AS user_records,
       (SELECT count(*) FROM source.sessions) AS sessions,
       (SELECT count(*) FROM source.songs) AS songs;
