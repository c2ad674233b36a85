import { and, eq, isNotNull, sql } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { carriers, orders, shipmentLines, shipments, trackingEvents } from "../db/schema/index.js";
import { columns, globalId, instants, type RootList, type TypeProjection } from "../graphql/compiled/projection.js";
import { rootList } from "../graphql/compiled/root-lists.js";
import { organisationScope } from "../organisations/organisations.policy.js";
import { shipmentScope, visibleShipmentRows } from "./tracking.policy.js";
import { EVENT_KEYS, SHIPMENT_KEYS, SHIPMENT_LINE_ORDER, SHIPMENT_ORDER, SHIPMENT_ORDERING, shipmentConditions } from "./tracking.service.js";
import type { ShipmentFilter } from "./tracking.inputs.js";

/** The compiled read path's view of shipments (graphql/compiled): the same scope, keyset and order as the loaders. */
export const trackingProjections: TypeProjection[] = [
  {
    type: "Order",
    leaves: {},
    relations: {
      shipments: {
        shape: "list",
        type: "Shipment",
        tables: [shipments],
        rows: (principal: Principal) => ({ from: sql`${shipments}`, where: and(eq(shipments.orderId, orders.id), shipmentScope(principal)) }),
        orderBy: SHIPMENT_ORDER,
      },
    },
  },
  {
    type: "Shipment",
    leaves: {
      id: globalId("Shipment", shipments.id),
      ...columns(shipments, ["trackingNumber", "kind", "status", "warehouse", "originCity", "destinationCity"]),
      ...instants(shipments, ["departedAt", "estimatedArrival", "deliveredAt", "lastEventAt"]),
    },
    values: { lastPosition: { lat: sql`${shipments.lastLat}`, lng: sql`${shipments.lastLng}` } },
    // The mapper's point(): null unless both coordinates are known.
    valuesPresentWhen: { lastPosition: and(isNotNull(shipments.lastLat), isNotNull(shipments.lastLng))! },
    relations: {
      carrier: {
        shape: "one",
        type: "Carrier",
        tables: [carriers],
        rows: (principal: Principal) => ({ from: sql`${carriers}`, where: and(eq(carriers.id, shipments.carrierId), organisationScope(principal)) }),
      },
      events: {
        shape: "connection",
        type: "TrackingEvent",
        tables: [trackingEvents],
        rows: (principal: Principal) => ({ from: sql`${trackingEvents}`, where: and(eq(trackingEvents.shipmentId, shipments.id), visibleShipmentRows(principal, trackingEvents.shipmentId)) }),
        ordering: "SEQ",
        keys: EVENT_KEYS,
      },
      lines: {
        shape: "list",
        type: "ShipmentLine",
        tables: [shipmentLines],
        rows: (principal: Principal) => ({ from: sql`${shipmentLines}`, where: and(eq(shipmentLines.shipmentId, shipments.id), visibleShipmentRows(principal, shipmentLines.shipmentId)) }),
        orderBy: SHIPMENT_LINE_ORDER,
      },
    },
  },
  { type: "ShipmentLine", leaves: { orderLineId: globalId("OrderLine", shipmentLines.orderLineId), ...columns(shipmentLines, ["quantity"]) } },
  {
    type: "TrackingEvent",
    leaves: {
      id: globalId("TrackingEvent", trackingEvents.id),
      ...columns(trackingEvents, ["seq", "status", "place", "note"]),
      ...instants(trackingEvents, ["occurredAt", "estimatedArrival"]),
    },
    values: { position: { lat: sql`${trackingEvents.lat}`, lng: sql`${trackingEvents.lng}` } },
    valuesPresentWhen: { position: and(isNotNull(trackingEvents.lat), isNotNull(trackingEvents.lng))! },
  },
];

/** shipments(first, after, last, before, filter): listShipments' conditions and keyset, the filter's values bound per request. */
export const shipmentList: RootList = rootList<ShipmentFilter>({
  type: "Shipment",
  table: shipments,
  idColumn: shipments.id,
  keys: () => ({ ordering: SHIPMENT_ORDERING, keys: SHIPMENT_KEYS }),
  where: shipmentConditions,
});
