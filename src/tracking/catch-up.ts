import { sql, type Subquery } from "drizzle-orm";
import { asTableRows } from "../db/patterns.js";
import { trackingEvents } from "../db/schema/index.js";

/**
 * A parcel's events after `after`, oldest first, at most `limit` (none: all), from the
 * `tracking_catch_up` function (drizzle/0040_tracking_catch_up.sql) rather than the table: the
 * function keeps one plan for the read whatever the partitions' size, where the same statement
 * sent directly is planned again on every ring once the history is large. The rows come under
 * the table's own name, so `trackingEvents`' columns select, filter and order them.
 */
export function eventsAfter(shipmentId: string, after: number, limit: number | null): Subquery<string, typeof trackingEvents._.columns> {
  return asTableRows(trackingEvents, sql`select * from tracking_catch_up(${shipmentId}::uuid, ${after}::integer, ${limit}::integer)`);
}
