import { asc } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { orders, shipmentLines, shipments, trackingEvents } from "../db/schema/index.js";
import type { KeysetKey } from "../graphql/connection.js";
import { columns, entity, instants } from "../graphql/declare/entity.js";
import { column, globalId, instant, key, presentWith, whenAll, type Field } from "../graphql/declare/fields.js";
import { lookup } from "../graphql/declare/lookup.js";
import { connection, list, one, relations } from "../graphql/declare/relations.js";
import { carrierLookup } from "../organisations/organisations.declaration.js";
import { shipmentScope, visibleShipmentRows } from "./tracking.policy.js";
import { ArrivalPrediction, GeoPoint, Shipment, ShipmentLine, TrackingEvent, type ArrivalBasis } from "./tracking.types.js";

/**
 * Shipments and their tracking, each field and relation declared once (graphql/declare): the
 * mapper, the loaders and the compiled read path derive from these.
 */
export const shipmentEntity = entity(Shipment, shipments, {
  id: globalId("Shipment", shipments.id),
  dbId: key(shipments.id),
  orderDbId: key(shipments.orderId),
  carrierDbId: key(shipments.carrierId),
  ...columns(shipments, ["trackingNumber", "kind", "status", "warehouse", "originCity", "destinationCity"]),
  ...instants(shipments, ["departedAt", "estimatedArrival", "deliveredAt", "lastEventAt"]),
  // Null unless both coordinates are known.
  lastPosition: whenAll(() => new GeoPoint(), { lat: shipments.lastLat, lng: shipments.lastLng }),
  arrivalPrediction: presentWith(() => new ArrivalPrediction(), shipments.predictedArrival, {
    expectedAt: instant(shipments.predictedArrival) as Field<Date>,
    earliest: instant(shipments.predictedEarliest) as Field<Date>,
    latest: instant(shipments.predictedLatest) as Field<Date>,
    basis: column(shipments.predictionBasis) as Field<ArrivalBasis>,
    samples: column(shipments.predictionSamples),
    lateForWindow: column(shipments.lateForWindow),
  }),
});

export const trackingEventEntity = entity(TrackingEvent, trackingEvents, {
  shipmentDbId: key(trackingEvents.shipmentId),
  id: globalId("TrackingEvent", trackingEvents.id),
  ...columns(trackingEvents, ["seq", "status", "place", "note"]),
  ...instants(trackingEvents, ["occurredAt", "estimatedArrival"]),
  position: whenAll(() => new GeoPoint(), { lat: trackingEvents.lat, lng: trackingEvents.lng }),
});

export const shipmentLineEntity = entity(ShipmentLine, shipmentLines, {
  shipmentDbId: key(shipmentLines.shipmentId),
  orderLineId: globalId("OrderLine", shipmentLines.orderLineId),
  ...columns(shipmentLines, ["quantity"]),
});

export type ShipmentRow = typeof shipments.$inferSelect;
export type TrackingEventRow = typeof trackingEvents.$inferSelect;
export const toShipment = shipmentEntity.toNode;
export const toTrackingEvent = trackingEventEntity.toNode;

export const shipmentLookup = lookup(shipmentEntity, { key: shipments.id, scope: shipmentScope });

/** Events in the shipment's own order of recording; `seq` is unique per shipment. */
export const EVENT_KEYS: KeysetKey<TrackingEventRow>[] = [{ column: trackingEvents.seq, direction: "ASC", value: (r) => r.seq }];

/** Order.shipments is declared here, beside the shipments; its resolver is the orders domain's (orders/order-parcels.resolver.ts). */
export const orderShipments = relations("Order", {
  // In the order they were booked.
  shipments: list(shipmentEntity, { key: shipments.orderId, parent: orders.id, scope: shipmentScope, orderBy: [asc(shipments.createdAt), asc(shipments.id)] }),
});

export const shipmentRelations = relations("Shipment", {
  carrier: one(carrierLookup, shipments.carrierId),
  events: connection(trackingEventEntity, {
    key: trackingEvents.shipmentId,
    parent: shipments.id,
    scope: (principal: Principal) => visibleShipmentRows(principal, trackingEvents.shipmentId),
    ordering: "SEQ",
    keys: EVENT_KEYS,
  }),
  // A shipment carries an order line once.
  lines: list(shipmentLineEntity, {
    key: shipmentLines.shipmentId,
    parent: shipments.id,
    scope: (principal: Principal) => visibleShipmentRows(principal, shipmentLines.shipmentId),
    orderBy: [asc(shipmentLines.shipmentId), asc(shipmentLines.orderLineId)],
  }),
});
