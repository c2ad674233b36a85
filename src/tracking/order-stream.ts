import { Repeater } from "@repeaterjs/repeater";
import { and, asc, eq } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { shipments, trackingEvents } from "../db/schema/index.js";
import { badInput } from "../errors.js";
import { serialDrainer } from "../pubsub/drain.js";
import type { EventBus } from "../pubsub/event-bus.js";
import { eventsAfter } from "./catch-up.js";
import { toShipment, toTrackingEvent } from "./tracking.declaration.js";
import { shipmentScope } from "./tracking.policy.js";
import { TrackingUpdate } from "./tracking.types.js";

/** Last seq delivered per shipment: an order's parcels each number their own events. */
type OrderCursor = Record<string, number>;

const encode = (cursor: OrderCursor) => Buffer.from(JSON.stringify(cursor), "utf8").toString("base64url");

function decode(after: string): OrderCursor {
  try {
    const value = JSON.parse(Buffer.from(after, "base64url").toString("utf8")) as unknown;
    if (value && typeof value === "object" && !Array.isArray(value) && Object.values(value).every((v) => Number.isInteger(v) && (v as number) >= 0)) {
      return value as OrderCursor;
    }
  } catch {
    // fall through
  }
  throw badInput("after", "Malformed cursor");
}

/**
 * All parcels of an order as one stream, each parcel drained in its own seq order; the cursor
 * remembers the last seq per parcel, so a resubscription misses nothing and repeats nothing.
 * Parcels added to the order after the subscription started are picked up on resubscribing.
 * Whether the caller may see the order is the orders domain's question, asked before this
 * (src/orders/order-parcels.resolver.ts); each parcel is still read within the shipment scope.
 */
export async function trackOrderParcels(db: Database, principal: Principal, bus: EventBus, orderId: string, after: string | null | undefined) {
  const cursor: OrderCursor = after ? decode(after) : {};
  const parcels = await db.select().from(shipments).where(and(shipmentScope(principal), eq(shipments.orderId, orderId))).orderBy(asc(shipments.createdAt));
  for (const parcel of parcels) cursor[parcel.id] ??= after ? 0 : parcel.lastSeq;

  return new Repeater<TrackingUpdate>(async (push, stop) => {
    const unsubscribers = parcels.map((parcel) => {
      const ring = serialDrainer(async () => {
        const rows = await db
          .select({ event: trackingEvents, shipment: shipments })
          .from(eventsAfter(parcel.id, cursor[parcel.id] ?? 0, null))
          .innerJoin(shipments, eq(shipments.id, trackingEvents.shipmentId))
          .where(shipmentScope(principal))
          .orderBy(asc(trackingEvents.seq));
        for (const row of rows) {
          cursor[parcel.id] = row.event.seq;
          await push(Object.assign(new TrackingUpdate(), { cursor: encode(cursor), shipment: toShipment(row.shipment), event: toTrackingEvent(row.event) }));
        }
      }, stop);
      const unsubscribe = bus.onShipment(parcel.id, ring);
      ring();
      return unsubscribe;
    });
    await stop;
    unsubscribers.forEach((unsubscribe) => unsubscribe());
  });
}
