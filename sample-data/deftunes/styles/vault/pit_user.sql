-- Point-in-time table (business vault): for every user and every load date of the sources (a
-- snapshot), the load_date of the sat_user row current at that snapshot. Questions join through
-- it to pick exactly one satellite row per user: the latest snapshot for today's attributes, the
-- snapshot before a purchase for the attributes at that time.
SELECT h.user_hash_key, d.snapshot_date, max(s.load_date) AS sat_user_load_date
FROM vault.hub_user AS h
JOIN (SELECT DISTINCT load_date AS snapshot_date FROM vault.hub_session
      UNION SELECT DISTINCT load_date FROM vault.hub_user
      UNION SELECT DISTINCT load_date FROM vault.sat_user) AS d ON d.snapshot_date >= h.load_date
LEFT JOIN vault.sat_user AS s ON s.user_hash_key = h.user_hash_key AND s.load_date <= d.snapshot_date
GROUP BY h.user_hash_key, d.snapshot_date
