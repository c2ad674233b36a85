-- hand-written:
-- A parcel's events after a seq, oldest first, at most `limit` (null: all): the read a tracking
-- subscription makes on every ring and on resuming. Run as a plain prepared statement,
-- PostgreSQL keeps its generic plan (partition pruned at run time, no planning) only while the
-- partitions are small: at 10 million events the one-partition custom plan estimates cheaper
-- than the generic plan over every partition, so each read was planned again (about 0.07 ms of
-- a 0.2 ms read, test/bench/RESULTS.md "Partitioned history"). Inside this function the plan is
-- made once per connection and kept whatever the table's size.
CREATE FUNCTION "tracking_catch_up"("shipment" uuid, "after" integer, "limit" integer) RETURNS SETOF "tracking_events"
LANGUAGE plpgsql STABLE SET plan_cache_mode = force_generic_plan AS $$
BEGIN
  RETURN QUERY SELECT e.* FROM "tracking_events" e WHERE e."shipment_id" = "shipment" AND e."seq" > "after" ORDER BY e."seq" LIMIT "limit";
END
$$;
