import { and, asc, eq, sql } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import type { Database, Transaction } from "../db/client.js";
import { idIn } from "../db/patterns.js";
import { shipments, trackingEvents } from "../db/schema/index.js";
import { badInput, DomainError } from "../errors.js";
import type { TrackingSignal } from "../pubsub/event-bus.js";
import type { OnShipmentsMoved, ParcelProgress } from "./shipments-moved.js";
import { predictArrival, transitTimesFor } from "./arrival-prediction.js";
import { allowedAfter } from "./status.js";
import type { RecordTrackingEventsInput, TrackingEventInput } from "./tracking.inputs.js";
import { toShipment, type ShipmentRow } from "./tracking.declaration.js";
import { shipmentScope } from "./tracking.policy.js";
import type { Shipment } from "./tracking.types.js";

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
}

export interface RejectedEvent {
  index: number;
  courierEventId: string;
  code: string;
  field: string;
  message: string;
}

interface Candidate {
  index: number;
  at: string;
  event: TrackingEventInput;
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

const rejection = (candidate: Candidate, error: DomainError): RejectedEvent => ({
  index: candidate.index,
  courierEventId: candidate.event.courierEventId,
  code: error.code,
  field: error.field ?? candidate.at,
  message: error.message,
});

/** Writes every changed parcel's final state in one statement. */
async function saveShipments(tx: Transaction, rows: ShipmentRow[]): Promise<void> {
  if (rows.length === 0) return;
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  const values = rows.map(
    (r) =>
      sql`(${r.id}::uuid, ${r.lastSeq}::int, ${r.status}::shipment_status, ${iso(r.lastEventAt)}::timestamptz, ${r.lastLat}::float8, ${r.lastLng}::float8,
           ${iso(r.estimatedArrival)}::timestamptz, ${iso(r.deliveredAt)}::timestamptz, ${iso(r.departedAt)}::timestamptz,
           ${iso(r.predictedArrival)}::timestamptz, ${iso(r.predictedEarliest)}::timestamptz, ${iso(r.predictedLatest)}::timestamptz,
           ${r.predictionBasis}::arrival_basis, ${r.predictionSamples}::int, ${r.lateForWindow}::boolean)`,
  );
  await tx.execute(sql`update ${shipments} set
      last_seq = v.last_seq, status = v.status, last_event_at = v.last_event_at, last_lat = v.last_lat, last_lng = v.last_lng,
      estimated_arrival = v.eta, delivered_at = v.delivered_at, departed_at = v.departed_at,
      predicted_arrival = v.arrival, predicted_earliest = v.earliest, predicted_latest = v.latest,
      prediction_basis = v.basis, prediction_samples = v.samples, late_for_window = v.late, updated_at = now()
    from (values ${sql.join(values, sql`, `)})
      as v(id, last_seq, status, last_event_at, last_lat, last_lng, eta, delivered_at, departed_at, arrival, earliest, latest, basis, samples, late)
    where ${shipments.id} = v.id`);
}

/**
 * The whole batch in one transaction: the parcels' row locks are taken in id order (so
 * concurrent batches cannot deadlock), each event is decided against its parcel's state as the
 * earlier events of the batch left it, and the writes are one multi-row INSERT and one UPDATE.
 * `seq` is handed out under the lock, so a parcel's seqs commit in order. The parcel's status,
 * position and ETA follow the event with the latest `occurredAt`: a late, older event is kept as
 * history but never moves the status backwards.
 */
async function recordBatch(tx: Transaction, principal: Principal, candidates: Candidate[], onMoved: OnShipmentsMoved) {
  const recorded: RecordedEvent[] = [];
  const rejected: RejectedEvent[] = [];
  const trackingNumbers = [...new Set(candidates.map((c) => c.event.trackingNumber.trim()))];
  const locked = await tx
    .select()
    .from(shipments)
    .where(and(shipmentScope(principal), sql`${shipments.trackingNumber} = any(${sql.param(trackingNumbers)}::text[])`))
    .orderBy(asc(shipments.id))
    .for("update");
  const parcels = new Map(locked.map((row) => [row.trackingNumber, { ...row }]));
  const known = await tx
    .select({ shipmentId: trackingEvents.shipmentId, courierEventId: trackingEvents.courierEventId, seq: trackingEvents.seq })
    .from(trackingEvents)
    .where(and(idIn(trackingEvents.shipmentId, locked.map((r) => r.id)), sql`${trackingEvents.courierEventId} = any(${sql.param(candidates.map((c) => c.event.courierEventId))}::text[])`));
  const seqOf = new Map(known.map((k) => [`${k.shipmentId}/${k.courierEventId}`, k.seq]));
  const times = await transitTimesFor(tx, locked);
  const now = new Date();

  const inserts: (typeof trackingEvents.$inferInsert)[] = [];
  const changed = new Map<string, ShipmentRow>();
  const progressed = new Set<string>();
  for (const candidate of candidates) {
    const { event, at } = candidate;
    const parcel = parcels.get(event.trackingNumber.trim());
    if (!parcel) {
      rejected.push(rejection(candidate, new DomainError("NOT_FOUND", `Shipment ${event.trackingNumber} not found`, `${at}.trackingNumber`)));
      continue;
    }
    const key = `${parcel.id}/${event.courierEventId}`;
    const earlier = seqOf.get(key);
    if (earlier !== undefined) {
      recorded.push({ index: candidate.index, courierEventId: event.courierEventId, seq: earlier, duplicate: true, shipment: toShipment(parcel) });
      continue;
    }
    const newest = !parcel.lastEventAt || event.occurredAt >= parcel.lastEventAt;
    if (newest && !allowedAfter(parcel.status, event.status)) {
      rejected.push(
        rejection(candidate, new DomainError("CONFLICT", `${event.status} is not allowed after ${parcel.status}`, `${at}.status`, { currentStatus: parcel.status })),
      );
      continue;
    }
    const seq = parcel.lastSeq + 1;
    parcel.lastSeq = seq;
    seqOf.set(key, seq);
    inserts.push({
      shipmentId: parcel.id,
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
    if (newest) {
      parcel.status = event.status;
      parcel.lastEventAt = event.occurredAt;
      if (event.lat != null) [parcel.lastLat, parcel.lastLng] = [event.lat, event.lng!];
      if (event.estimatedArrival) parcel.estimatedArrival = event.estimatedArrival;
      if (event.status === "DELIVERED") [parcel.deliveredAt, parcel.estimatedArrival] = [event.occurredAt, event.occurredAt];
      Object.assign(parcel, predictArrival(parcel, times, now));
      progressed.add(parcel.id);
    }
    if (event.status === "PICKED_UP" && !parcel.departedAt) parcel.departedAt = event.occurredAt;
    changed.set(parcel.id, parcel);
    recorded.push({ index: candidate.index, courierEventId: event.courierEventId, seq, duplicate: false, shipment: toShipment(parcel) });
  }

  if (inserts.length > 0) await tx.insert(trackingEvents).values(inserts);
  await saveShipments(tx, [...changed.values()]);

  const orderIds = [...new Set([...changed.values()].filter((p) => progressed.has(p.id) && p.kind === "DELIVERY").map((p) => p.orderId))];
  // A return pick-up scanned DELIVERED is back at the warehouse: whoever follows parcels receives it.
  const returnedIds = [...changed.values()].filter((p) => progressed.has(p.id) && p.kind === "RETURN_PICKUP" && p.status === "DELIVERED" && p.returnId).map((p) => p.returnId!);
  if (orderIds.length > 0 || returnedIds.length > 0) {
    const siblings = orderIds.length
      ? await tx
          .select({ orderId: shipments.orderId, status: shipments.status, deliveredAt: shipments.deliveredAt })
          .from(shipments)
          .where(and(idIn(shipments.orderId, orderIds), eq(shipments.kind, "DELIVERY")))
      : [];
    const parcelsByOrder = new Map<string, ParcelProgress[]>();
    for (const s of siblings) parcelsByOrder.set(s.orderId, [...(parcelsByOrder.get(s.orderId) ?? []), { status: s.status, deliveredAt: s.deliveredAt }]);
    await onMoved(tx, { parcelsByOrder, returnedIds });
  }
  const signals: TrackingSignal[] = [...changed.values()].map((p) => ({ shipmentId: p.id, seq: p.lastSeq }));
  return { recorded, rejected, signals };
}

/**
 * A courier's batch: bad events are reported one by one with their reason and field, the rest
 * are stored. Re-posting an event (same courier event id for the parcel) is a no-op.
 */
export async function recordTrackingEvents(
  db: Database,
  principal: Principal,
  input: RecordTrackingEventsInput,
  hooks: {
    /** Rung once per changed parcel in the writing transaction (a NOTIFY): heard at its commit, with the events in the table. */
    announce: (signals: TrackingSignal[], tx: Transaction) => Promise<void>;
    /** Called in the writing transaction when parcels moved (orders follow their parcels). */
    onShipmentsMoved: OnShipmentsMoved;
  },
) {
  const events = input.events;
  if (events.length === 0 || events.length > MAX_EVENTS_PER_BATCH) {
    throw badInput("input.events", `A batch holds 1 to ${MAX_EVENTS_PER_BATCH} events`);
  }
  const invalid: RejectedEvent[] = [];
  const candidates: Candidate[] = [];
  events.forEach((event, index) => {
    const candidate = { index, at: `input.events.${index}`, event };
    try {
      validate(event, candidate.at);
      candidates.push(candidate);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      invalid.push(rejection(candidate, error));
    }
  });
  const result =
    candidates.length > 0
      ? await db.transaction(async (tx) => {
          const batch = await recordBatch(tx, principal, candidates, hooks.onShipmentsMoved);
          if (batch.signals.length > 0) await hooks.announce(batch.signals, tx);
          return batch;
        })
      : { recorded: [], rejected: [] };
  const byIndex = (a: { index: number }, b: { index: number }) => a.index - b.index;
  return { recorded: result.recorded.sort(byIndex), rejected: [...invalid, ...result.rejected].sort(byIndex) };
}
