-- Partner sites (widgets): the partner whose widget the buyer came from, recorded on each
-- order of the checkout for partner reporting. NULL: the buyer came to the shop directly.
ALTER TABLE orders ADD COLUMN partner_id TEXT;
CREATE INDEX orders_by_partner ON orders(partner_id, id) WHERE partner_id IS NOT NULL;
