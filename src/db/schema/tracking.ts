import { sql } from "drizzle-orm";
import { boolean, check, doublePrecision, index, integer, pgEnum, pgTable, primaryKey, text, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { newId } from "../ids.js";
import { id, timestamps, tstz } from "./columns.js";
import { customers } from "./customers.js";
import { orderLines, orders, returns } from "./orders.js";
import { carriers } from "./organisations.js";

/** The carriers' vocabulary (src/tracking/README.md). */
export const shipmentStatus = pgEnum("shipment_status", [
  "LABEL_CREATED",
  "PICKED_UP",
  "IN_TRANSIT",
  "OUT_FOR_DELIVERY",
  "ATTEMPTED_DELIVERY",
  "DELAYED",
  "DELIVERED",
  "FAILED",
  "RETURNED",
]);

export const shipmentKind = pgEnum("shipment_kind", ["DELIVERY", "RETURN_PICKUP"]);

/** What a parcel's predicted arrival rests on (src/tracking/README.md). */
export const arrivalBasis = pgEnum("arrival_basis", ["ROUTE_HISTORY", "CARRIER_HISTORY", "NETWORK_HISTORY", "COURIER", "DELIVERED"]);

export const shipments = pgTable(
  "shipments",
  {
    id: id(),
    orderId: uuid("order_id").notNull().references(() => orders.id),
    /** Denormalised from the order: scope checks and the 360° view need no join. */
    customerId: uuid("customer_id").notNull().references(() => customers.id),
    carrierId: uuid("carrier_id").notNull().references(() => carriers.id),
    returnId: uuid("return_id").references(() => returns.id),
    kind: shipmentKind("kind").notNull().default("DELIVERY"),
    trackingNumber: text("tracking_number").notNull().unique(),
    status: shipmentStatus("status").notNull().default("LABEL_CREATED"),
    warehouse: text("warehouse"),
    originCity: text("origin_city"),
    destinationCity: text("destination_city"),
    departedAt: tstz("departed_at"),
    estimatedArrival: tstz("estimated_arrival"),
    deliveredAt: tstz("delivered_at"),
    lastLat: doublePrecision("last_lat"),
    lastLng: doublePrecision("last_lng"),
    lastEventAt: tstz("last_event_at"),
    /** The highest `seq` handed out; taken under this row's lock. */
    lastSeq: integer("last_seq").notNull().default(0),
    /** The delivery window the customer chose, copied from the order at booking: the prediction respects it. */
    deliveryWindowStart: tstz("delivery_window_start"),
    deliveryWindowEnd: tstz("delivery_window_end"),
    /** The platform's own prediction, renewed with each event (arrival-prediction.ts); the courier's ETA stays in estimated_arrival. */
    predictedArrival: tstz("predicted_arrival"),
    predictedEarliest: tstz("predicted_earliest"),
    predictedLatest: tstz("predicted_latest"),
    predictionBasis: arrivalBasis("prediction_basis"),
    predictionSamples: integer("prediction_samples"),
    lateForWindow: boolean("late_for_window"),
    ...timestamps(),
  },
  (t) => [
    index("shipments_order_idx").on(t.orderId),
    index("shipments_customer_idx").on(t.customerId),
    index("shipments_carrier_status_idx").on(t.carrierId, t.status),
    index("shipments_return_idx").on(t.returnId),
    index("shipments_status_idx").on(t.status),
  ],
);

/** Which order lines travel in which shipment (an order may be split). */
export const shipmentLines = pgTable(
  "shipment_lines",
  {
    shipmentId: uuid("shipment_id").notNull().references(() => shipments.id, { onDelete: "cascade" }),
    orderLineId: uuid("order_line_id").notNull().references(() => orderLines.id),
    quantity: integer("quantity").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.shipmentId, t.orderLineId] }),
    index("shipment_lines_order_line_idx").on(t.orderLineId),
    check("shipment_lines_quantity_ck", sql`${t.quantity} > 0`),
  ],
);

/**
 * Range-partitioned by `shipment_id`, a time-ordered UUID (v7): by the month the parcel was
 * booked, so every event of a parcel lies in one partition, the unique keys below (which start
 * with shipment_id) stay what they were, and a parcel's reads prune to that one partition
 * (src/db/partitions.ts, drizzle/0027_partitioned_history.sql).
 */
export const trackingEvents = pgTable(
  "tracking_events",
  {
    id: uuid("id").notNull().$defaultFn(newId),
    shipmentId: uuid("shipment_id").notNull().references(() => shipments.id),
    /** Per-shipment sequence in commit order: the resume cursor for subscribers. */
    seq: integer("seq").notNull(),
    /** The courier's own id: a repeated post of the same event is a no-op. */
    courierEventId: text("courier_event_id").notNull(),
    status: shipmentStatus("status").notNull(),
    occurredAt: tstz("occurred_at").notNull(),
    lat: doublePrecision("lat"),
    lng: doublePrecision("lng"),
    place: text("place"),
    note: text("note"),
    estimatedArrival: tstz("estimated_arrival"),
    recordedAt: tstz("recorded_at").notNull().defaultNow(),
  },
  (t) => [
    // A partitioned table's primary key includes its partition key; the id alone stays unique in practice (a v7 UUID).
    primaryKey({ name: "tracking_events_pkey", columns: [t.id, t.shipmentId] }),
    // Also carries every other column (INCLUDE, hand-written in the migration catch_up_covering_key: drizzle
    // cannot declare it), so the catch-up read after a seq is an index-only scan.
    uniqueIndex("tracking_events_seq_uq").on(t.shipmentId, t.seq),
    uniqueIndex("tracking_events_courier_event_uq").on(t.shipmentId, t.courierEventId),
    index("tracking_events_occurred_idx").on(t.shipmentId, t.occurredAt),
    index("tracking_events_recorded_idx").on(t.recordedAt),
    check("tracking_events_lat_ck", sql`${t.lat} IS NULL OR ${t.lat} BETWEEN -90 AND 90`),
    check("tracking_events_lng_ck", sql`${t.lng} IS NULL OR ${t.lng} BETWEEN -180 AND 180`),
  ],
);

/**
 * How long parcels took from each status to delivery, learned from delivered parcels
 * (arrival-prediction.ts): per carrier and route (origin → destination city), per carrier, and
 * over the whole network (null columns: any). Hours from the event to the delivery scan.
 */
export const transitTimes = pgTable(
  "transit_times",
  {
    carrierId: uuid("carrier_id").references(() => carriers.id, { onDelete: "cascade" }),
    originCity: text("origin_city"),
    destinationCity: text("destination_city"),
    status: shipmentStatus("status").notNull(),
    samples: integer("samples").notNull(),
    p10Hours: doublePrecision("p10_hours").notNull(),
    p50Hours: doublePrecision("p50_hours").notNull(),
    p90Hours: doublePrecision("p90_hours").notNull(),
    learnedAt: tstz("learned_at").notNull().defaultNow(),
  },
  (t) => [unique("transit_times_key_uq").on(t.carrierId, t.originCity, t.destinationCity, t.status).nullsNotDistinct()],
);
