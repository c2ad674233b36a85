import { Repeater } from "@repeaterjs/repeater";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { segmentMembershipEvents, segments } from "../db/schema/index.js";
import { forbidden, notFound } from "../errors.js";
import { toGlobalId } from "../graphql/global-id.js";
import { serialDrainer } from "../pubsub/drain.js";
import type { Notices } from "../pubsub/notices.js";
import { maySeeSegments, segmentScope } from "./segments.policy.js";
import { SegmentMembershipChangeKind, type SegmentMembershipChange } from "./segments.types.js";

/** The channel refresh_segment_memberships rings (drizzle/0018): `{ segmentId, events: [event ids] }`, at most 100 ids a ring (under NOTIFY's 8,000 bytes). */
export const SEGMENT_MEMBERSHIP_CHANNEL = "segment_memberships";

/** Event ids read per statement. */
const READ_PAGE = 500;

interface Ring {
  segmentId: string;
  events: string[];
}

function parse(payload: string): Ring | null {
  try {
    const ring = JSON.parse(payload) as Ring;
    return typeof ring.segmentId === "string" && Array.isArray(ring.events) && ring.events.every((id) => typeof id === "string") ? ring : null;
  } catch {
    return null;
  }
}

/**
 * Membership changes as they commit, of one segment or of every segment the caller may see
 * (staff every one, a dealer its own). The NOTIFY names the event rows; they are read back in
 * the caller's scope, so a ring never carries more than the table would show. Rings are read
 * one batch at a time, in the order heard.
 */
export async function segmentMembershipStream(db: Database, principal: Principal, notices: Notices, segmentId: string | null) {
  if (!maySeeSegments(principal)) throw forbidden("Segments are for staff and dealers");
  if (segmentId) {
    const [visible] = await db.select({ id: segments.id }).from(segments).where(and(eq(segments.id, segmentId), segmentScope(principal)));
    if (!visible) throw notFound("Segment", "segmentId");
  }
  return new Repeater<SegmentMembershipChange>(async (push, stop) => {
    const pending: string[] = [];
    const drain = serialDrainer(async () => {
      while (pending.length > 0) {
        const ids = pending.splice(0, READ_PAGE);
        const found = await db
          .select({ id: segmentMembershipEvents.id, segmentId: segmentMembershipEvents.segmentId, customerId: segmentMembershipEvents.customerId, change: segmentMembershipEvents.change, at: segmentMembershipEvents.at })
          .from(segmentMembershipEvents)
          .innerJoin(segments, eq(segments.id, segmentMembershipEvents.segmentId))
          .where(and(inArray(segmentMembershipEvents.id, ids), segmentScope(principal)))
          .orderBy(asc(segmentMembershipEvents.id));
        for (const row of found) {
          await push({
            segmentDbId: row.segmentId,
            customerDbId: row.customerId,
            segmentId: toGlobalId("Segment", row.segmentId),
            customerId: toGlobalId("Customer", row.customerId),
            change: row.change as SegmentMembershipChangeKind,
            at: row.at,
          });
        }
      }
    }, stop);
    const unsubscribe = notices.on((payload) => {
      const ring = parse(payload);
      if (!ring || (segmentId && ring.segmentId !== segmentId)) return;
      pending.push(...ring.events);
      drain();
    });
    await stop;
    unsubscribe();
  });
}
