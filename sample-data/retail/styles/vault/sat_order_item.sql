-- Satellite on the order-line link: the quantity and the price paid, as the point of sale recorded
-- them (never looked up in the catalog). hashdiff: MD5 of the normalized descriptive columns, what
-- a loader compares to decide whether a row is a change. The link's hash key is looked up by the
-- line's business keys.
SELECT loi.order_item_hash_key, l.load_date,
       md5(concat_ws('||', l.quantity, l.price_paid)) AS hashdiff,
       l.quantity, l.price_paid, 'pos.order_lines' AS record_source
FROM source.order_lines AS l
JOIN vault.link_order_item AS loi ON loi.order_id = l.order_id AND loi.item_number = l.item_number
