-- Course scale: the rows come from the shipped files (users.json, sessions.json, songs.csv), which
-- the runner loads into source.users, source.sessions and source.songs with DuckDB-Wasm's own JSON
-- and CSV readers before this file runs. Nothing is generated; this only checks the load.
SELECT (SELECT count(*) FROM source.users) AS users,
       (SELECT count(*) FROM source.sessions) AS sessions,
       (SELECT count(*) FROM source.songs) AS songs;
