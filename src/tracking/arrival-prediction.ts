import { and, asc, gt, inArray, isNull, notInArray, or, sql } from "drizzle-orm";
import { rows, type Executor } from "../db/client.js";
import { shipments, transitTimes } from "../db/schema/index.js";
import type { ShipmentRow } from "./tracking.declaration.js";

/**
 * Arrival prediction from the carriers' own history. For every status a parcel can be in, how
 * long parcels took from that scan to the delivery scan is learned from delivered parcels
 * (`learnTransitTimes`: the 10th, 50th and 90th percentile of the hours, per carrier and route,
 * per carrier, and over the whole network). A parcel's prediction is its latest scan plus the
 * median of the most specific bucket with enough samples, between the 10th and 90th percentile,
 * never in the past; a chosen delivery window moves an earlier arrival to the window's start
 * (the carrier holds the parcel for it), and a predicted arrival after the window's end marks
 * the parcel late. Without history the courier's own ETA is shown, marked as such.
 */

/** Fewer deliveries than this make a bucket's percentiles noise: the next coarser bucket is used. */
export const MIN_SAMPLES = 20;
/** How far back delivered parcels are learned from: carriers' networks and seasons change. */
export const LEARN_DAYS = 180;

export type TransitTime = Pick<typeof transitTimes.$inferSelect, "carrierId" | "originCity" | "destinationCity" | "status" | "samples" | "p10Hours" | "p50Hours" | "p90Hours">;

type Parcel = Pick<
  ShipmentRow,
  "kind" | "status" | "carrierId" | "originCity" | "destinationCity" | "lastEventAt" | "createdAt" | "deliveredAt" | "estimatedArrival" | "deliveryWindowStart" | "deliveryWindowEnd"
>;

export type Prediction = Pick<ShipmentRow, "predictedArrival" | "predictedEarliest" | "predictedLatest" | "predictionBasis" | "predictionSamples" | "lateForWindow">;

const NONE: Prediction = { predictedArrival: null, predictedEarliest: null, predictedLatest: null, predictionBasis: null, predictionSamples: null, lateForWindow: null };
/** A parcel in these states is not coming: nothing to predict. */
const ENDED = new Set(["FAILED", "RETURNED"]);

/** The most specific bucket with enough samples for the parcel's status: its route, then its carrier, then the network. */
export function transitTimeFor(times: readonly TransitTime[], parcel: Parcel): { time: TransitTime; basis: "ROUTE_HISTORY" | "CARRIER_HISTORY" | "NETWORK_HISTORY" } | null {
  const usable = times.filter((t) => t.status === parcel.status && t.samples >= MIN_SAMPLES);
  const route = parcel.originCity && parcel.destinationCity
    ? usable.find((t) => t.carrierId === parcel.carrierId && t.originCity === parcel.originCity && t.destinationCity === parcel.destinationCity)
    : undefined;
  if (route) return { time: route, basis: "ROUTE_HISTORY" };
  const carrier = usable.find((t) => t.carrierId === parcel.carrierId && t.originCity === null);
  if (carrier) return { time: carrier, basis: "CARRIER_HISTORY" };
  const network = usable.find((t) => t.carrierId === null);
  return network ? { time: network, basis: "NETWORK_HISTORY" } : null;
}

const plusHours = (at: Date, hours: number) => new Date(at.getTime() + hours * 3_600_000);
const latest = (...dates: Date[]) => new Date(Math.max(...dates.map((d) => d.getTime())));

/** The parcel's prediction as of `now` (the time its latest scan was recorded). */
export function predictArrival(parcel: Parcel, times: readonly TransitTime[], now: Date): Prediction {
  const lateAt = (at: Date) => (parcel.deliveryWindowEnd ? at.getTime() > parcel.deliveryWindowEnd.getTime() : null);
  if (parcel.status === "DELIVERED" && parcel.deliveredAt) {
    const at = parcel.deliveredAt;
    return { predictedArrival: at, predictedEarliest: at, predictedLatest: at, predictionBasis: "DELIVERED", predictionSamples: null, lateForWindow: lateAt(at) };
  }
  if (ENDED.has(parcel.status)) return NONE;
  let prediction: Prediction;
  const found = transitTimeFor(times, parcel);
  if (found) {
    const anchor = parcel.lastEventAt ?? parcel.createdAt;
    const expected = latest(plusHours(anchor, found.time.p50Hours), now);
    prediction = {
      predictedArrival: expected,
      predictedEarliest: latest(plusHours(anchor, found.time.p10Hours), now),
      predictedLatest: latest(plusHours(anchor, found.time.p90Hours), expected),
      predictionBasis: found.basis,
      predictionSamples: found.time.samples,
      lateForWindow: null,
    };
  } else if (parcel.estimatedArrival) {
    const at = parcel.estimatedArrival;
    prediction = { predictedArrival: at, predictedEarliest: at, predictedLatest: at, predictionBasis: "COURIER", predictionSamples: null, lateForWindow: null };
  } else return NONE;
  const start = parcel.deliveryWindowStart;
  if (start && prediction.predictedArrival! < start) {
    prediction.predictedArrival = start;
    prediction.predictedEarliest = latest(prediction.predictedEarliest!, start);
    prediction.predictedLatest = latest(prediction.predictedLatest!, start);
  }
  prediction.lateForWindow = lateAt(prediction.predictedArrival!);
  return prediction;
}

/** The buckets that can serve these parcels: their carriers' (any route of their origins) and the network's. */
export async function transitTimesFor(db: Executor, parcels: readonly Pick<Parcel, "carrierId" | "originCity">[]): Promise<TransitTime[]> {
  if (parcels.length === 0) return [];
  const carrierIds = [...new Set(parcels.map((p) => p.carrierId))];
  const origins = [...new Set(parcels.flatMap((p) => (p.originCity ? [p.originCity] : [])))];
  return db
    .select()
    .from(transitTimes)
    .where(
      or(
        isNull(transitTimes.carrierId),
        and(inArray(transitTimes.carrierId, carrierIds), origins.length ? or(isNull(transitTimes.originCity), inArray(transitTimes.originCity, origins)) : isNull(transitTimes.originCity)),
      ),
    );
}

/**
 * Learns the transit times afresh from the parcels delivered in [from, until): every scan before
 * the delivery scan is one sample of "hours from this status to delivery". One statement
 * replaces the table (grouping sets give the three levels at once).
 */
export async function learnTransitTimes(db: Executor, period: { from?: Date; until?: Date } = {}): Promise<number> {
  const until = period.until ?? new Date();
  const from = period.from ?? new Date(until.getTime() - LEARN_DAYS * 86_400_000);
  await db.delete(transitTimes);
  const learned = await rows(
    db,
    sql`
    insert into ${transitTimes} (carrier_id, origin_city, destination_city, status, samples, p10_hours, p50_hours, p90_hours)
    select carrier_id, origin_city, destination_city, status, count(*)::int,
      percentile_cont(0.1) within group (order by hours), percentile_cont(0.5) within group (order by hours), percentile_cont(0.9) within group (order by hours)
    from (
      select s.carrier_id, s.origin_city, s.destination_city, e.status, date_part('epoch', s.delivered_at - e.occurred_at) / 3600.0 as hours
      from shipments s join tracking_events e on e.shipment_id = s.id
      where s.kind = 'DELIVERY' and s.status = 'DELIVERED' and s.delivered_at >= ${from.toISOString()}::timestamptz and s.delivered_at < ${until.toISOString()}::timestamptz
        and e.status <> 'DELIVERED' and e.occurred_at <= s.delivered_at
    ) legs
    group by grouping sets ((carrier_id, origin_city, destination_city, status), (carrier_id, status), (status))
    -- A parcel without a known route counts for its carrier and the network only.
    having grouping(origin_city) = 1 or (origin_city is not null and destination_city is not null)
    returning 1`,
  );
  return learned.length;
}

/** The prediction columns of parcels, written in one statement. */
export async function savePredictions(tx: Executor, rows: readonly (Prediction & { id: string })[]) {
  if (rows.length === 0) return;
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  const values = rows.map(
    (r) =>
      sql`(${r.id}::uuid, ${iso(r.predictedArrival)}::timestamptz, ${iso(r.predictedEarliest)}::timestamptz, ${iso(r.predictedLatest)}::timestamptz,
           ${r.predictionBasis}::arrival_basis, ${r.predictionSamples}::int, ${r.lateForWindow}::boolean)`,
  );
  await tx.execute(sql`update ${shipments} set predicted_arrival = v.arrival, predicted_earliest = v.earliest, predicted_latest = v.latest,
      prediction_basis = v.basis, prediction_samples = v.samples, late_for_window = v.late
    from (values ${sql.join(values, sql`, `)}) as v(id, arrival, earliest, latest, basis, samples, late)
    where ${shipments.id} = v.id`);
}

/** Predicts every parcel again after learning (delivered ones read their delivery scan), a page at a time by id. */
export async function repredictParcels(db: Executor, now = new Date(), page = 1_000): Promise<number> {
  let after: string | null = null;
  let total = 0;
  for (;;) {
    const parcels: ShipmentRow[] = await db
      .select()
      .from(shipments)
      .where(and(notInArray(shipments.status, ["FAILED", "RETURNED"]), after ? gt(shipments.id, after) : undefined))
      .orderBy(asc(shipments.id))
      .limit(page);
    if (parcels.length === 0) return total;
    const times = await transitTimesFor(db, parcels);
    await savePredictions(db, parcels.map((p) => ({ id: p.id, ...predictArrival(p, times, now) })));
    total += parcels.length;
    after = parcels.at(-1)!.id;
  }
}

