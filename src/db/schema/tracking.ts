import { sql } from "drizzle-orm";
import { check, doublePrecision, index, integer, pgEnum, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
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

export const trackingEvents = pgTable(
  "tracking_events",
  {
    id: id(),
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
    uniqueIndex("tracking_events_seq_uq").on(t.shipmentId, t.seq),
    uniqueIndex("tracking_events_courier_event_uq").on(t.shipmentId, t.courierEventId),
    index("tracking_events_occurred_idx").on(t.shipmentId, t.occurredAt),
    index("tracking_events_recorded_idx").on(t.recordedAt),
    check("tracking_events_lat_ck", sql`${t.lat} IS NULL OR ${t.lat} BETWEEN -90 AND 90`),
    check("tracking_events_lng_ck", sql`${t.lng} IS NULL OR ${t.lng} BETWEEN -180 AND 180`),
  ],
);
