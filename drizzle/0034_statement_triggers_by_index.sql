-- hand-written: the functions that refresh traits and repurchase predictions for a statement's customers read their rows through
-- the indexes, whatever the planner knows of the tables. Without statistics (a database a history import is filling: its
-- tables have none until ANALYZE runs) a thousand customers' `customer_id = ANY(ids)` was estimated at half of orders, and
-- each batch of an import scanned orders and customers whole (at 333,000 orders: ~0.4 s of the batch's ~0.6 s in these
-- triggers), so the import slowed as it went. A customer's rows are a few index lookups, and the bulk rebuilds
-- (traits:refresh, models:refresh) call the refresh with 5,000 customers at most or not through these functions.
-- A later CREATE OR REPLACE of one of these functions drops its setting: repeat it there.
ALTER FUNCTION "refresh_customer_traits"(uuid[]) SET enable_seqscan = off;
--> statement-breakpoint
ALTER FUNCTION "repurchase_on_order_lines"() SET enable_seqscan = off;
--> statement-breakpoint
ALTER FUNCTION "repurchase_on_orders"() SET enable_seqscan = off;
--> statement-breakpoint
ALTER FUNCTION "refresh_repurchase"(uuid[]) SET enable_seqscan = off;
--> statement-breakpoint
-- The recommendation seeds (0032) are kept by the same kind of trigger for the same customers. Only the trigger path
-- gets the setting: the rebuild reads recommendation_seed_rows(null) for everyone, where a scan is right.
ALTER FUNCTION "refresh_recommendation_seeds"(uuid[]) SET enable_seqscan = off;
--> statement-breakpoint
ALTER FUNCTION "recommendation_seeds_on_order_lines"() SET enable_seqscan = off;
--> statement-breakpoint
ALTER FUNCTION "recommendation_seeds_on_orders"() SET enable_seqscan = off;
