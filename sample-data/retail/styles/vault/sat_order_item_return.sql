-- Satellite on the order-line link from another source, the returns desk: when a line came back,
-- how many units and the refund. A separate satellite per source keeps each source's rows apart.
SELECT md5(upper(trim(r.order_id::VARCHAR)) || '||' || upper(trim(r.item_number::VARCHAR)) || '||' || upper(trim(l.sku::VARCHAR))) AS order_item_hash_key,
       r.load_date,
       md5(concat_ws('||', r.return_date, r.quantity_returned, r.refund)) AS hashdiff,
       r.return_date, r.quantity_returned, r.refund, 'pos.returns' AS record_source
FROM source.returns AS r
-- The link's key needs the sku, a business key the returns feed does not repeat.
JOIN source.order_lines AS l ON l.order_id = r.order_id AND l.item_number = r.item_number
