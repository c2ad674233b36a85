import type { TypeProjection } from "../graphql/compiled/projection.js";
import { orderShipments, shipmentEntity, shipmentLineEntity, shipmentRelations, trackingEventEntity } from "./tracking.declaration.js";

/** The compiled read path's view of shipments (graphql/compiled): as declared in tracking.declaration.ts. */
export const trackingProjections: TypeProjection[] = [
  ...[shipmentEntity, shipmentLineEntity, trackingEventEntity].map((e) => e.projection),
  orderShipments.projection,
  shipmentRelations.projection,
];
