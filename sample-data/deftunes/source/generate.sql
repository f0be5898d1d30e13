-- Deterministic deftunes generator: {{orders}} purchase sessions, and users, songs and artists in
-- proportion. Every random-looking choice is hash(id, {{seed}}, purpose): the same scale and seed
-- give the same rows everywhere. The tables have the shapes the shipped files get from
-- DuckDB-Wasm's own JSON and CSV readers (timestamps as ISO text, user_location a five-element
-- text list, session_items a list of structs), so every style reads both alike.
--
-- As at course scale, the rows arrive in three batches stamped with their extraction time
-- (load_date): batch 1 (2023-01-01) every user and song; batch 2 (2023-07-01) the sessions started
-- since and the users who moved; batch 3 (2024-07-01) the rest of the sessions and the users who
-- moved since batch 2. A third of the users move once, to another place.
CREATE SCHEMA IF NOT EXISTS source;

CREATE TABLE source.gen_sizes AS
SELECT {{orders}}::BIGINT AS n_sessions,
       greatest(10, {{orders}} // 4)::BIGINT AS n_users,
       least(5000, greatest(40, {{orders}} // 20))::BIGINT AS n_songs,
       least(1000, greatest(8, {{orders}} // 100))::BIGINT AS n_artists;

-- lat, lon, place name, ISO country code, time zone: the five elements of user_location.
CREATE TABLE source.gen_places AS
SELECT row_number() OVER () - 1 AS place_no, * FROM (VALUES
  ('46.32313', '-0.45877', 'Niort', 'FR', 'Europe/Paris'),
  ('48.85341', '2.3488', 'Paris', 'FR', 'Europe/Paris'),
  ('40.71427', '-74.00597', 'New York City', 'US', 'America/New_York'),
  ('41.85003', '-87.65005', 'Chicago', 'US', 'America/Chicago'),
  ('34.05223', '-118.24368', 'Los Angeles', 'US', 'America/Los_Angeles'),
  ('47.60621', '-122.33207', 'Seattle', 'US', 'America/Los_Angeles'),
  ('51.50853', '-0.12574', 'London', 'GB', 'Europe/London'),
  ('53.48095', '-2.23743', 'Manchester', 'GB', 'Europe/London'),
  ('52.52437', '13.41053', 'Berlin', 'DE', 'Europe/Berlin'),
  ('48.13743', '11.57549', 'Munich', 'DE', 'Europe/Berlin'),
  ('-23.5475', '-46.63611', 'Sao Paulo', 'BR', 'America/Sao_Paulo'),
  ('35.6895', '139.69171', 'Tokyo', 'JP', 'Asia/Tokyo'),
  ('43.70011', '-79.4163', 'Toronto', 'CA', 'America/Toronto'),
  ('19.42847', '-99.12766', 'Mexico City', 'MX', 'America/Mexico_City'),
  ('40.4165', '-3.70256', 'Madrid', 'ES', 'Europe/Madrid'),
  ('-33.86785', '151.20732', 'Sydney', 'AU', 'Australia/Sydney')
) AS t(lat, lon, place, country_code, timezone);

-- A UUID-shaped text from an md5: 8-4-4-4-12 hex digits.
CREATE MACRO source.gen_uuid(x) AS
  substr(md5(x), 1, 8) || '-' || substr(md5(x), 9, 4) || '-4' || substr(md5(x), 14, 3) || '-a'
  || substr(md5(x), 18, 3) || '-' || substr(md5(x), 21, 12);

CREATE TABLE source.users AS
SELECT source.gen_uuid('user-' || u.n || '-' || {{seed}}) AS user_id,
       ['Elizabeth','Marcus','Aiko','Bruno','Chloe','Dmitri','Esme','Farid','Grace','Hugo','Ines','Jonas',
        'Keiko','Luis','Maya','Nils','Olga','Pedro','Rhea','Stefan','Tomas','Uma','Vera','Yusuf']
         [1 + (hash(u.n, {{seed}}, 'first') % 24)::INTEGER] AS user_name,
       ['Carey','Oyelaran','Tanaka','Almeida','Fischer','Volkov','Hughes','Haddad','Moreau','Schmidt',
        'Rossi','Nakamura','Garcia','Smith','Kowalski','Santos','Jensen','Okafor','Dubois','Lee']
         [1 + (hash(u.n, {{seed}}, 'last') % 20)::INTEGER] AS user_lastname,
       [p.lat, p.lon, p.place, p.country_code, p.timezone] AS user_location,
       strftime(TIMESTAMP '2020-01-01 00:00:00'
                + to_microseconds((hash(u.n, {{seed}}, 'since') % (1095 * 86400000000))::BIGINT),
                '%Y-%m-%dT%H:%M:%S.%f') AS user_since,
       1 AS batch, TIMESTAMP '2023-01-01 00:00:00' AS load_date
FROM (SELECT range + 1 AS n FROM range((SELECT n_users FROM source.gen_sizes))) AS u
JOIN source.gen_places AS p ON p.place_no = hash(u.n, {{seed}}, 'place') % 16
ORDER BY u.n;

CREATE TABLE source.gen_artists AS
SELECT a.n AS artist_no,
       'AR' || upper(substr(md5('artist-' || a.n || '-' || {{seed}}), 1, 16)) AS artist_id,
       source.gen_uuid('mbid-' || a.n || '-' || {{seed}}) AS artist_mbid,
       ['The','Velvet','Lowland','Apostle Of','Northern','Paper','Silver','Quiet','Electric','Midnight']
         [1 + (hash(a.n, {{seed}}, 'a1') % 10)::INTEGER] || ' ' ||
       ['Harbor','Radio','Hustle','Lanterns','Machines','Tides','Signals','Orchard','Pilots','Choir','Foxes','Engines']
         [1 + (hash(a.n, {{seed}}, 'a2') % 12)::INTEGER] || ' ' || a.n::VARCHAR AS artist_name,
       round(0.3 + 0.6 * (hash(a.n, {{seed}}, 'fam') % 1000003) / 1000003.0, 3) AS artist_familiarity,
       round(0.2 + 0.5 * (hash(a.n, {{seed}}, 'hot') % 1000003) / 1000003.0, 3) AS artist_hottness
FROM (SELECT range + 1 AS n FROM range((SELECT n_artists FROM source.gen_sizes))) AS a;

-- Songs as in the PostgreSQL table of the notes; year 0 means "unknown" (about 1 song in 12).
CREATE TABLE source.songs AS
SELECT 'TR' || upper(substr(md5('track-' || s.n || '-' || {{seed}}), 1, 16)) AS track_id,
       ['Paper','Night','Copper','Slow','Glass','North','Small','Tin','Harbor','Second','Velvet','Open']
         [1 + (hash(s.n, {{seed}}, 't1') % 12)::INTEGER] || ' ' ||
       ['Lanterns','Ferry','Sky','Arithmetic','House','Bound','Hours','Rain','Lights','Draft','Water','Fires']
         [1 + (hash(s.n, {{seed}}, 't2') % 12)::INTEGER] AS title,
       'SO' || upper(substr(md5('song-' || s.n || '-' || {{seed}}), 1, 16)) AS song_id,
       ['Tide Tables','Signal Fires','Open Water','Quiet Machines','Three Rooms','National Anthem Of Nowhere']
         [1 + (hash(s.n, {{seed}}, 'rel') % 6)::INTEGER] AS release,
       a.artist_id, a.artist_mbid, a.artist_name,
       round(120 + 240 * (hash(s.n, {{seed}}, 'dur') % 1000003) / 1000003.0, 2) AS duration,
       a.artist_familiarity, a.artist_hottness,
       (CASE WHEN hash(s.n, {{seed}}, 'noyear') % 12 = 0 THEN 0 ELSE 1990 + hash(s.n, {{seed}}, 'year') % 34 END)::BIGINT AS year,
       (1000000 + hash(s.n, {{seed}}, '7d') % 8000000)::BIGINT AS track_7digitalid,
       1 AS batch, TIMESTAMP '2023-01-01 00:00:00' AS load_date
FROM (SELECT range + 1 AS n,
             -- the key is computed before the join so that DuckDB can hash-join on it
             1 + hash(range + 1, {{seed}}, 'artist') % (SELECT n_artists FROM source.gen_sizes) AS artist_no
      FROM range((SELECT n_songs FROM source.gen_sizes))) AS s
JOIN source.gen_artists AS a ON a.artist_no = s.artist_no
ORDER BY s.n;

-- Sessions: 1 to 4 purchased songs each, between 2023-01-01 and 2024-06-30, prices 0.99 to 1.98 USD.
CREATE TABLE source.gen_session_heads AS
SELECT s.n AS session_no,
       source.gen_uuid('session-' || s.n || '-' || {{seed}}) AS session_id,
       u.user_id,
       TIMESTAMP '2023-01-01 00:00:00' + to_microseconds((hash(s.n, {{seed}}, 'start') % (546 * 86400000000))::BIGINT) AS started,
       (1 + hash(s.n, {{seed}}, 'n_items') % 4)::INTEGER AS n_items
FROM (SELECT range + 1 AS n,
             1 + hash(range + 1, {{seed}}, 'user') % (SELECT n_users FROM source.gen_sizes) AS user_no
      FROM range((SELECT n_sessions FROM source.gen_sizes))) AS s
JOIN (SELECT row_number() OVER (ORDER BY user_id) AS user_no, user_id FROM source.users) AS u
  ON u.user_no = s.user_no;

-- One row per purchased song; item k of a session picks song 1 + hash(session, k) % n_songs.
CREATE TABLE source.gen_session_items AS
SELECT h.session_no, h.item_no,
       struct_pack(song_id := so.track_id, song_name := so.title, artist_id := so.artist_id,
                   artist_name := so.artist_name,
                   price := (0.99 + (hash(h.session_no, h.item_no, {{seed}}, 'price') % 100) / 100.0)::DOUBLE,
                   currency := 'USD',
                   liked := hash(h.session_no, h.item_no, {{seed}}, 'liked') % 3 <> 0,
                   liked_since := CASE WHEN hash(h.session_no, h.item_no, {{seed}}, 'liked') % 3 <> 0 THEN strftime(
                     h.started - to_microseconds((hash(h.session_no, h.item_no, {{seed}}, 'ls') % (200 * 86400000000))::BIGINT),
                     '%Y-%m-%dT%H:%M:%S.%f') END) AS item
FROM (SELECT h.session_no, h.started, k.item_no,
             -- the join key is computed before the join so that DuckDB can hash-join on it
             1 + hash(h.session_no, k.item_no, {{seed}}, 'song') % (SELECT n_songs FROM source.gen_sizes) AS song_no
      FROM source.gen_session_heads AS h
      JOIN (SELECT range + 1 AS item_no FROM range(4)) AS k ON k.item_no <= h.n_items) AS h
JOIN (SELECT row_number() OVER (ORDER BY track_id) AS song_no, * FROM source.songs) AS so
  ON so.song_no = h.song_no;

-- Nest the items back in item order. At most four items per session, so each position is its
-- own (unordered, fast) aggregate; an ordered list() aggregate is many times slower in DuckDB-Wasm.
CREATE TABLE source.sessions AS
SELECT h.user_id, h.session_id,
       strftime(h.started, '%Y-%m-%dT%H:%M:%S.%f') AS session_start_time,
       list_filter([i.i1, i.i2, i.i3, i.i4], lambda x: x IS NOT NULL) AS session_items,
       CASE WHEN h.started < TIMESTAMP '2023-07-01 00:00:00' THEN 2 ELSE 3 END AS batch,
       CASE WHEN h.started < TIMESTAMP '2023-07-01 00:00:00' THEN TIMESTAMP '2023-07-01 00:00:00'
            ELSE TIMESTAMP '2024-07-01 00:00:00' END AS load_date
FROM source.gen_session_heads AS h
JOIN (SELECT session_no,
             any_value(item) FILTER (WHERE item_no = 1) AS i1, any_value(item) FILTER (WHERE item_no = 2) AS i2,
             any_value(item) FILTER (WHERE item_no = 3) AS i3, any_value(item) FILTER (WHERE item_no = 4) AS i4
      FROM source.gen_session_items GROUP BY session_no) AS i ON i.session_no = h.session_no
ORDER BY h.session_no;

DROP TABLE source.gen_session_items;

-- Movers: the same user record with a new location, in the batch that first saw the move.
INSERT INTO source.users
SELECT m.user_id, m.user_name, m.user_lastname, [p.lat, p.lon, p.place, p.country_code, p.timezone],
       m.user_since, m.batch,
       CASE m.batch WHEN 2 THEN TIMESTAMP '2023-07-01 00:00:00' ELSE TIMESTAMP '2024-07-01 00:00:00' END
FROM (
  SELECT u.user_id, u.user_name, u.user_lastname, u.user_since,
         (2 + hash(u.user_id, {{seed}}, 'move', 'batch') % 2)::INTEGER AS batch,
         (h.place_no + 1 + hash(u.user_id, {{seed}}, 'move', 'where') % 15) % 16 AS new_place_no
  FROM source.users AS u
  JOIN source.gen_places AS h ON h.place = u.user_location[3]
  WHERE hash(u.user_id, {{seed}}, 'move') % 3 = 0
) AS m
JOIN source.gen_places AS p ON p.place_no = m.new_place_no;

DROP TABLE source.gen_session_heads;
DROP TABLE source.gen_artists;
DROP TABLE source.gen_places;
DROP TABLE source.gen_sizes;
DROP MACRO source.gen_uuid;
