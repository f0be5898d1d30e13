-- Satellite on the order-line link from another source, the returns desk: when a line came back,
-- how many units and the refund. A separate satellite per source keeps each source's rows apart.
SELECT loi.order_item_hash_key, r.load_date,
       md5(concat_ws('||', r.return_date, r.quantity_returned, r.refund)) AS hashdiff,
       r.return_date, r.quantity_returned, r.refund, 'pos.returns' AS record_source
FROM source.returns AS r
JOIN vault.link_order_item AS loi ON loi.order_id = r.order_id AND loi.item_number = r.item_number
