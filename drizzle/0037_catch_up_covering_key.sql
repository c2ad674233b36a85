-- hand-written: the (shipment_id, seq) key of tracking_events also carries every other column, so a parcel's
-- catch-up read (shipment_id = $1 and seq > $2 order by seq: shipmentTracking, orderTracking) is an index-only
-- scan: one leaf page for a parcel's events instead of that leaf plus the heap pages its rows lie on (one when
-- they were written together, up to one per event when they arrived over days among other parcels'). At 10
-- million events, where those pages are mostly outside shared_buffers, a read fetched 2.2 pages from the OS,
-- now 1.1 (test/bench/RESULTS.md, "Partitions: why the catch-up read grows"). Same key, same uniqueness, same
-- name; drizzle cannot declare INCLUDE, so the schema declares the key and this file the columns. Rows written
-- since the last vacuum are still read from the heap (the visibility map). Building it locks tracking_events
-- against writes for the build (about 40 s per 10 million events on a 2-core machine).
DROP INDEX "tracking_events_seq_uq";--> statement-breakpoint
CREATE UNIQUE INDEX "tracking_events_seq_uq" ON "tracking_events" USING btree ("shipment_id", "seq")
  INCLUDE ("id", "courier_event_id", "status", "occurred_at", "lat", "lng", "place", "note", "estimated_arrival", "recorded_at");
