-- Third normal form: a return is a fact about one order line (its key), with its own date,
-- quantity and refund.
SELECT order_id, item_number, return_date, quantity_returned, refund
FROM source.returns
