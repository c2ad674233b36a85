import { Repeater } from "@repeaterjs/repeater";
import { and, between, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { orders, shipments, trackingEvents } from "../db/schema/index.js";
import { badInput } from "../errors.js";
import { expectGlobalId } from "../graphql/global-id.js";
import type { EventBus, TrackingSignal } from "../pubsub/event-bus.js";
import type { DeliveryFeedFilter } from "./tracking.inputs.js";
import { toShipment, toTrackingEvent } from "./tracking.mapper.js";
import { shipmentScope } from "./tracking.policy.js";
import { TrackingUpdate } from "./tracking.types.js";

function feedConditions(filter: DeliveryFeedFilter | null | undefined): SQL | undefined {
  if (!filter) return undefined;
  const region = filter.region;
  if (region && (region.minLat > region.maxLat || region.minLng > region.maxLng)) {
    throw badInput("filter.region", "min must not exceed max");
  }
  return and(
    filter.carrierId ? eq(shipments.carrierId, expectGlobalId(filter.carrierId, "Carrier", "filter.carrierId")) : undefined,
    filter.dealerId
      ? sql`exists (select 1 from ${orders} where ${orders.id} = ${shipments.orderId} and ${orders.dealerId} = ${expectGlobalId(filter.dealerId, "Dealer", "filter.dealerId")})`
      : undefined,
    filter.statuses?.length ? inArray(trackingEvents.status, filter.statuses) : undefined,
    region ? and(between(trackingEvents.lat, region.minLat, region.maxLat), between(trackingEvents.lng, region.minLng, region.maxLng)) : undefined,
  );
}

/**
 * The dashboards' live feed: every newly committed event the subscriber may see and its filter
 * selects. Each doorbell is checked against scope and filter in one indexed lookup of that event.
 * There is no resume cursor: a feed shows what moves now, and a reconnecting dashboard reloads
 * the current state with the `shipment`/`orders` queries.
 */
export function deliveryFeed(db: Database, principal: Principal, bus: EventBus, filter: DeliveryFeedFilter | null | undefined) {
  const conditions = and(shipmentScope(principal), feedConditions(filter));
  return new Repeater<TrackingUpdate>(async (push, stop) => {
    // Lookups run one after another so that updates leave in the order the doorbells rang.
    let queue = Promise.resolve();
    const unsubscribe = bus.onAny((signal) => {
      if (signal === "reconnected") return;
      queue = queue.then(() => deliver(signal)).catch((error: unknown) => stop(error));
    });
    const deliver = async (signal: TrackingSignal) => {
      const [row] = await db
        .select({ event: trackingEvents, shipment: shipments })
        .from(trackingEvents)
        .innerJoin(shipments, eq(shipments.id, trackingEvents.shipmentId))
        .where(and(eq(trackingEvents.shipmentId, signal.shipmentId), eq(trackingEvents.seq, signal.seq), conditions));
      if (row) {
        await push(Object.assign(new TrackingUpdate(), { cursor: `${row.shipment.id}:${row.event.seq}`, shipment: toShipment(row.shipment), event: toTrackingEvent(row.event) }));
      }
    };
    await stop;
    unsubscribe();
  });
}
