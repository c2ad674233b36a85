import { and, eq } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import type { Database, Transaction } from "../db/client.js";
import { shipments, trackingEvents } from "../db/schema/index.js";
import { badInput, DomainError, notFound } from "../errors.js";
import { followShipments } from "../orders/orders.service.js";
import { allowedAfter } from "./status.js";
import type { RecordTrackingEventsInput, TrackingEventInput } from "./tracking.inputs.js";
import { toShipment } from "./tracking.mapper.js";
import { shipmentScope } from "./tracking.policy.js";
import type { Shipment, ShipmentStatus } from "./tracking.types.js";

export const MAX_EVENTS_PER_BATCH = 250;
const MAX_TEXT = 500;
/** Handheld clocks drift; an event further in the future than this is a mistake. */
const CLOCK_SKEW_MS = 60 * 60 * 1000;

export interface RecordedEvent {
  index: number;
  courierEventId: string;
  seq: number;
  duplicate: boolean;
  shipment: Shipment;
  shipmentId: string;
}

export interface RejectedEvent {
  index: number;
  courierEventId: string;
  code: string;
  field: string;
  message: string;
}

function validate(event: TrackingEventInput, at: string): void {
  if (!event.courierEventId.trim() || event.courierEventId.length > 128) throw badInput(`${at}.courierEventId`, "courierEventId must be 1 to 128 characters");
  if (!event.trackingNumber.trim()) throw badInput(`${at}.trackingNumber`, "trackingNumber is required");
  const hasLat = event.lat != null;
  const hasLng = event.lng != null;
  if (hasLat !== hasLng) throw badInput(`${at}.${hasLat ? "lng" : "lat"}`, "lat and lng go together");
  if (hasLat && !(Math.abs(event.lat!) <= 90)) throw badInput(`${at}.lat`, "lat must be between -90 and 90");
  if (hasLng && !(Math.abs(event.lng!) <= 180)) throw badInput(`${at}.lng`, "lng must be between -180 and 180");
  if (event.occurredAt.getTime() > Date.now() + CLOCK_SKEW_MS) throw badInput(`${at}.occurredAt`, "occurredAt lies in the future");
  if ((event.place?.length ?? 0) > MAX_TEXT) throw badInput(`${at}.place`, `place is longer than ${MAX_TEXT} characters`);
  if ((event.note?.length ?? 0) > MAX_TEXT) throw badInput(`${at}.note`, `note is longer than ${MAX_TEXT} characters`);
}

/**
 * One event, in its own transaction under the shipment's row lock: the lock hands out `seq` in
 * commit order and serialises the status decision. The shipment's status, position and ETA follow
 * the event with the latest `occurredAt`, so a late-arriving old event is kept as history but
 * never moves the status backwards.
 */
async function recordOne(tx: Transaction, principal: Principal, event: TrackingEventInput, index: number, at: string): Promise<RecordedEvent> {
  const [shipment] = await tx
    .select()
    .from(shipments)
    .where(and(shipmentScope(principal), eq(shipments.trackingNumber, event.trackingNumber.trim())))
    .for("update");
  if (!shipment) throw notFound(`Shipment ${event.trackingNumber}`, `${at}.trackingNumber`);

  const [existing] = await tx
    .select({ seq: trackingEvents.seq })
    .from(trackingEvents)
    .where(and(eq(trackingEvents.shipmentId, shipment.id), eq(trackingEvents.courierEventId, event.courierEventId)));
  if (existing) {
    return { index, courierEventId: event.courierEventId, seq: existing.seq, duplicate: true, shipment: toShipment(shipment), shipmentId: shipment.id };
  }

  const newest = !shipment.lastEventAt || event.occurredAt >= shipment.lastEventAt;
  if (newest && !allowedAfter(shipment.status as ShipmentStatus, event.status)) {
    throw new DomainError("CONFLICT", `${event.status} is not allowed after ${shipment.status}`, `${at}.status`, { currentStatus: shipment.status });
  }
  const seq = shipment.lastSeq + 1;
  await tx.insert(trackingEvents).values({
    shipmentId: shipment.id,
    seq,
    courierEventId: event.courierEventId,
    status: event.status,
    occurredAt: event.occurredAt,
    lat: event.lat ?? null,
    lng: event.lng ?? null,
    place: event.place ?? null,
    note: event.note ?? null,
    estimatedArrival: event.estimatedArrival ?? null,
  });
  const [updated] = await tx
    .update(shipments)
    .set({
      lastSeq: seq,
      ...(newest
        ? {
            status: event.status,
            lastEventAt: event.occurredAt,
            ...(event.lat != null ? { lastLat: event.lat, lastLng: event.lng } : {}),
            ...(event.estimatedArrival ? { estimatedArrival: event.estimatedArrival } : {}),
            ...(event.status === "DELIVERED" ? { deliveredAt: event.occurredAt, estimatedArrival: event.occurredAt } : {}),
          }
        : {}),
      ...(event.status === "PICKED_UP" && !shipment.departedAt ? { departedAt: event.occurredAt } : {}),
    })
    .where(eq(shipments.id, shipment.id))
    .returning();
  if (newest && updated!.kind === "DELIVERY") {
    const siblings = await tx
      .select({ status: shipments.status })
      .from(shipments)
      .where(and(eq(shipments.orderId, updated!.orderId), eq(shipments.kind, "DELIVERY")));
    await followShipments(tx, updated!.orderId, siblings.map((s) => s.status as ShipmentStatus), event.occurredAt);
  }
  return { index, courierEventId: event.courierEventId, seq, duplicate: false, shipment: toShipment(updated!), shipmentId: shipment.id };
}

/**
 * A courier's batch: each event stands alone, so a bad one is reported with its reason and the
 * rest are still stored. Re-posting an event (same courier event id) is a no-op.
 */
export async function recordTrackingEvents(
  db: Database,
  principal: Principal,
  input: RecordTrackingEventsInput,
  /** Rung after each commit (a NOTIFY); the event is already safe in the table by then. */
  announce: (signal: { shipmentId: string; seq: number }) => Promise<void>,
) {
  const events = input.events;
  if (events.length === 0 || events.length > MAX_EVENTS_PER_BATCH) {
    throw badInput("input.events", `A batch holds 1 to ${MAX_EVENTS_PER_BATCH} events`);
  }
  const recorded: RecordedEvent[] = [];
  const rejected: RejectedEvent[] = [];
  for (const [index, event] of events.entries()) {
    const at = `input.events.${index}`;
    try {
      validate(event, at);
      const result = await db.transaction((tx) => recordOne(tx, principal, event, index, at));
      recorded.push(result);
      if (!result.duplicate) await announce({ shipmentId: result.shipmentId, seq: result.seq });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      rejected.push({ index, courierEventId: event.courierEventId, code: error.code, field: error.field ?? at, message: error.message });
    }
  }
  return { recorded, rejected };
}
