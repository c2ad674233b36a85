import { shipments } from "../db/schema/index.js";
import { lookupById, lookupByKey, type RootList, type RootLookup, type TypeProjection } from "../graphql/compiled/projection.js";
import { rootList } from "../graphql/compiled/root-lists.js";
import { orderShipments, shipmentEntity, shipmentLineEntity, shipmentRelations, trackingEventEntity } from "./tracking.declaration.js";
import { shipmentScope } from "./tracking.policy.js";
import { SHIPMENT_KEYS, SHIPMENT_ORDERING, shipmentConditions } from "./tracking.service.js";
import type { ShipmentFilter } from "./tracking.inputs.js";

/** The compiled read path's view of shipments (graphql/compiled): as declared in tracking.declaration.ts. */
export const trackingProjections: TypeProjection[] = [
  ...[shipmentEntity, shipmentLineEntity, trackingEventEntity].map((e) => e.projection),
  orderShipments.projection,
  shipmentRelations.projection,
];

/** shipments(first, after, last, before, filter): listShipments' conditions and keyset, the filter's values bound per request. */
export const shipmentList: RootList = rootList<ShipmentFilter>({
  type: "Shipment",
  table: shipments,
  idColumn: shipments.id,
  keys: () => ({ ordering: SHIPMENT_ORDERING, keys: SHIPMENT_KEYS }),
  where: shipmentConditions,
});

/** node(id:) of a parcel (shipmentLookup), and shipment(trackingNumber:) (shipmentByTrackingNumber): the shipment policy's scope. */
export const trackingLookups: RootLookup[] = [lookupById("Shipment", shipments, shipments.id, shipmentScope)];
export const shipmentByTrackingNumberLookup = lookupByKey("Shipment", shipments, shipments.id, { argument: "trackingNumber", column: shipments.trackingNumber }, shipmentScope);
