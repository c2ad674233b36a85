import { Repeater } from "@repeaterjs/repeater";
import { and, eq } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { orders, shipments, trackingEvents } from "../db/schema/index.js";
import { badInput, DomainError } from "../errors.js";
import { expectGlobalId } from "../graphql/global-id.js";
import type { EventBus, TrackingSignal } from "../pubsub/event-bus.js";
import type { DeliveryFeedFilter } from "./tracking.inputs.js";
import { toShipment, toTrackingEvent } from "./tracking.declaration.js";
import { canSeeShipment, type ParcelFacts } from "./tracking.policy.js";
import { TrackingUpdate } from "./tracking.types.js";

export interface FeedItem {
  facts: ParcelFacts;
  update: TrackingUpdate;
  status: string;
  lat: number | null;
  lng: number | null;
}

/** How long a looked-up event is shared between the feeds of one process. */
const SHARE_MS = 10_000;

/**
 * One lookup per announced event per process, shared by every feed subscriber: with thousands of
 * dashboards, each doorbell costs one indexed read, and each subscriber only checks scope and
 * filter in memory.
 */
export function createFeedSource(db: Database) {
  const shared = new Map<string, Promise<FeedItem | null>>();
  return (signal: TrackingSignal): Promise<FeedItem | null> => {
    const key = `${signal.shipmentId}:${signal.seq}`;
    let item = shared.get(key);
    if (!item) {
      item = (async () => {
        const [row] = await db
          .select({ event: trackingEvents, shipment: shipments, orderDealerId: orders.dealerId })
          .from(trackingEvents)
          .innerJoin(shipments, eq(shipments.id, trackingEvents.shipmentId))
          .innerJoin(orders, eq(orders.id, shipments.orderId))
          .where(and(eq(trackingEvents.shipmentId, signal.shipmentId), eq(trackingEvents.seq, signal.seq)));
        if (!row) return null;
        return {
          facts: { customerId: row.shipment.customerId, carrierId: row.shipment.carrierId, orderDealerId: row.orderDealerId },
          update: Object.assign(new TrackingUpdate(), { cursor: key, shipment: toShipment(row.shipment), event: toTrackingEvent(row.event) }),
          status: row.event.status,
          lat: row.event.lat,
          lng: row.event.lng,
        };
      })();
      shared.set(key, item);
      setTimeout(() => shared.delete(key), SHARE_MS).unref();
    }
    return item;
  };
}

export type FeedSource = ReturnType<typeof createFeedSource>;

function matcher(filter: DeliveryFeedFilter | null | undefined): (item: FeedItem) => boolean {
  if (!filter) return () => true;
  const region = filter.region;
  if (region && (region.minLat > region.maxLat || region.minLng > region.maxLng)) throw badInput("filter.region", "min must not exceed max");
  const carrierId = filter.carrierId ? expectGlobalId(filter.carrierId, "Carrier", "filter.carrierId") : null;
  const dealerId = filter.dealerId ? expectGlobalId(filter.dealerId, "Dealer", "filter.dealerId") : null;
  const statuses = filter.statuses?.length ? new Set<string>(filter.statuses) : null;
  return (item) =>
    (!carrierId || item.facts.carrierId === carrierId) &&
    (!dealerId || item.facts.orderDealerId === dealerId) &&
    (!statuses || statuses.has(item.status)) &&
    (!region || (item.lat !== null && item.lng !== null && item.lat >= region.minLat && item.lat <= region.maxLat && item.lng >= region.minLng && item.lng <= region.maxLng));
}

/**
 * One dashboard's subscription to the live feed: who it is and what its filter selects. Served by
 * the feed broadcast (feed-broadcast.ts), which executes each event once for all subscribers
 * that would get the same result; iterated on its own, it is a stream of its own.
 */
export class FeedTicket implements AsyncIterable<TrackingUpdate> {
  constructor(
    readonly source: FeedSource,
    readonly bus: EventBus,
    readonly principal: Principal,
    private readonly matches: (item: FeedItem) => boolean,
  ) {}

  /** The subscriber may see the parcel and its filter selects the event. */
  admits(item: FeedItem): boolean {
    return canSeeShipment(this.principal, item.facts) && this.matches(item);
  }

  [Symbol.asyncIterator](): AsyncIterator<TrackingUpdate> {
    return ownStream(this)[Symbol.asyncIterator]();
  }
}

/**
 * The dashboards' live feed: every newly committed event the subscriber may see and its filter
 * selects. There is no resume cursor: a feed shows what moves now (a global serial is not a safe
 * cursor), and a reconnecting dashboard reloads the current state with the `shipments` query.
 * When the server's own LISTEN connection was away (a database restart), the events committed
 * meanwhile are delivered late rather than lost; where that cannot be done the feed ends with
 * RESYNC_REQUIRED, so that the dashboard reloads instead of silently missing moves.
 */
export function deliveryFeed(source: FeedSource, principal: Principal, bus: EventBus, filter: DeliveryFeedFilter | null | undefined): FeedTicket {
  return new FeedTicket(source, bus, principal, matcher(filter));
}

const resyncRequired = () =>
  new DomainError("RESYNC_REQUIRED", "The live feed was interrupted and events may be missing: reload with the shipments query, then subscribe again");

/** Each doorbell of the process, in ring order, as the looked-up event (null: not found). */
export function feedItems(ticket: FeedTicket, onItem: (item: FeedItem) => Promise<unknown> | void, onError: (error: unknown) => void): () => void {
  // Lookups are chained so that updates leave in the order the doorbells rang.
  let queue = Promise.resolve();
  return ticket.bus.onAny((signal) => {
    // The bus re-rings what was missed itself; "reconnected" is for streams with a cursor.
    if (signal === "reconnected") return;
    if (signal === "resync") {
      // After the updates already queued, so that the client has everything before it reloads.
      queue = queue.then(() => onError(resyncRequired())).catch(onError);
      return;
    }
    queue = queue
      .then(async () => {
        const item = await ticket.source(signal);
        if (item && ticket.admits(item)) await onItem(item);
      })
      .catch(onError);
  });
}

function ownStream(ticket: FeedTicket) {
  return new Repeater<TrackingUpdate>(async (push, stop) => {
    const unsubscribe = feedItems(ticket, (item) => push(item.update), (error) => stop(error));
    await stop;
    unsubscribe();
  });
}
