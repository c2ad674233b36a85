import { Repeater } from "@repeaterjs/repeater";
import { and, asc, eq, getTableColumns } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { shipments, trackingEvents } from "../db/schema/index.js";
import { notFound } from "../errors.js";
import { serialDrainer } from "../pubsub/drain.js";
import type { EventBus } from "../pubsub/event-bus.js";
import { eventsAfter } from "./catch-up.js";
import { toTrackingEvent } from "./tracking.declaration.js";
import { shipmentScope, visibleShipmentRows } from "./tracking.policy.js";
import type { TrackingEvent } from "./tracking.types.js";

/** Rows read per catch-up step; a long gap is read in several steps. */
const CATCH_UP_PAGE = 500;

/**
 * A shipment's events as a stream: first what came after `after` (a seq the subscriber already
 * has; absent: only new events), then live ones. The doorbell is subscribed before the first
 * read and every ring re-reads the table from the last seq delivered, so nothing committed in
 * between is missed and nothing is sent twice. `seq` is handed out under the shipment's row lock,
 * so seqs become visible in order.
 */
export async function trackShipment(db: Database, principal: Principal, bus: EventBus, shipmentId: string, after: number | null | undefined) {
  const [shipment] = await db
    .select({ id: shipments.id, lastSeq: shipments.lastSeq })
    .from(shipments)
    .where(and(shipmentScope(principal), eq(shipments.id, shipmentId)));
  if (!shipment) throw notFound("Shipment", "shipmentId");
  let cursor = after ?? shipment.lastSeq;

  return new Repeater<TrackingEvent>(async (push, stop) => {
    const ring = serialDrainer(async () => {
      for (;;) {
        const rows = await db
          .select(getTableColumns(trackingEvents))
          .from(eventsAfter(shipment.id, cursor, CATCH_UP_PAGE))
          .where(visibleShipmentRows(principal, trackingEvents.shipmentId))
          .orderBy(asc(trackingEvents.seq));
        for (const row of rows) {
          cursor = row.seq;
          await push(toTrackingEvent(row));
        }
        if (rows.length < CATCH_UP_PAGE) return;
      }
    }, stop);
    const unsubscribe = bus.onShipment(shipment.id, ring);
    ring();
    await stop;
    unsubscribe();
  });
}
