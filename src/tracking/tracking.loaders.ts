import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { orderShipments, shipmentLookup, shipmentRelations } from "./tracking.declaration.js";

export function createTrackingLoaders(db: Database, principal: Principal, options: { cache?: boolean } = {}) {
  const ofShipment = shipmentRelations.loaders(db, principal, options);
  return {
    shipment: shipmentLookup.loader(db, principal, options),
    /** An order's shipments (Order.shipments), as declared. */
    ofOrder: orderShipments.loaders(db, principal, options).shipments,
    lines: ofShipment.lines,
    events: ofShipment.events,
  };
}
