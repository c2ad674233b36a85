import type { shipmentLines, shipments, trackingEvents } from "../db/schema/index.js";
import { toGlobalId } from "../graphql/global-id.js";
import { GeoPoint, Shipment, ShipmentLine, TrackingEvent } from "./tracking.types.js";

export type ShipmentRow = typeof shipments.$inferSelect;
export type TrackingEventRow = typeof trackingEvents.$inferSelect;

const point = (lat: number | null, lng: number | null) => (lat === null || lng === null ? null : Object.assign(new GeoPoint(), { lat, lng }));

export const toShipment = (r: ShipmentRow): Shipment =>
  Object.assign(new Shipment(), {
    id: toGlobalId("Shipment", r.id),
    dbId: r.id,
    orderDbId: r.orderId,
    carrierDbId: r.carrierId,
    trackingNumber: r.trackingNumber,
    kind: r.kind,
    status: r.status,
    warehouse: r.warehouse,
    originCity: r.originCity,
    destinationCity: r.destinationCity,
    departedAt: r.departedAt,
    estimatedArrival: r.estimatedArrival,
    deliveredAt: r.deliveredAt,
    lastPosition: point(r.lastLat, r.lastLng),
    lastEventAt: r.lastEventAt,
  });

export const toTrackingEvent = (r: TrackingEventRow): TrackingEvent =>
  Object.assign(new TrackingEvent(), {
    shipmentDbId: r.shipmentId,
    id: toGlobalId("TrackingEvent", r.id),
    seq: r.seq,
    status: r.status,
    occurredAt: r.occurredAt,
    position: point(r.lat, r.lng),
    place: r.place,
    note: r.note,
    estimatedArrival: r.estimatedArrival,
  });

export const toShipmentLine = (r: typeof shipmentLines.$inferSelect): ShipmentLine =>
  Object.assign(new ShipmentLine(), { shipmentDbId: r.shipmentId, orderLineId: toGlobalId("OrderLine", r.orderLineId), quantity: r.quantity });
