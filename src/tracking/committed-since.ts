import { asc, gte, sql } from "drizzle-orm";
import type { Database } from "../db/client.js";
import { trackingEvents } from "../db/schema/index.js";
import type { TrackingSignal } from "../pubsub/event-bus.js";

/**
 * Every event recorded in the last `seconds` (database clock), as the doorbells that announced
 * them: what a listener that was away re-rings. A parcel's events stay in seq order; up to `limit`.
 */
export function committedSince(db: Database, seconds: number, limit: number): Promise<TrackingSignal[]> {
  return db
    .select({ shipmentId: trackingEvents.shipmentId, seq: trackingEvents.seq })
    .from(trackingEvents)
    .where(gte(trackingEvents.recordedAt, sql`now() - make_interval(secs => ${seconds}::float8)`))
    // recorded_at is when the writing transaction began, not when it committed: by parcel, then seq.
    .orderBy(sql`min(${trackingEvents.recordedAt}) over (partition by ${trackingEvents.shipmentId})`, asc(trackingEvents.shipmentId), asc(trackingEvents.seq))
    .limit(limit);
}
