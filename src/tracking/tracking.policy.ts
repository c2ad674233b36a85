import { eq, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Principal } from "../auth/principal.js";
import { orders, shipments } from "../db/schema/index.js";

/**
 * Shipments a principal may read: staff all; a customer their own parcels; a dealer the parcels
 * of orders sold by or picked up at its dealership; a courier its carrier's parcels.
 */
export function shipmentScope(principal: Principal): SQL | undefined {
  switch (principal.role) {
    case "ADMIN":
    case "AGENT":
      return undefined;
    case "CUSTOMER":
      return eq(shipments.customerId, principal.customerId);
    case "DEALER":
      return sql`exists (select 1 from ${orders} where ${orders.id} = ${shipments.orderId} and ${orders.dealerId} = ${principal.dealerId})`;
    case "COURIER":
      return eq(shipments.carrierId, principal.carrierId);
    default:
      return sql`false`;
  }
}

/** Tracking events are visible with their shipment. */
export function visibleShipmentRows(principal: Principal, shipmentId: AnyPgColumn): SQL | undefined {
  const scope = shipmentScope(principal);
  if (!scope) return undefined;
  return sql`exists (select 1 from ${shipments} where ${shipments.id} = ${shipmentId} and ${scope})`;
}

/** What scope decisions about one parcel need, already loaded. */
export interface ParcelFacts {
  customerId: string;
  carrierId: string;
  orderDealerId: string | null;
}

/** The same rule as `shipmentScope`, for a row in hand (live feeds check each event in memory). */
export function canSeeShipment(principal: Principal, parcel: ParcelFacts): boolean {
  switch (principal.role) {
    case "ADMIN":
    case "AGENT":
      return true;
    case "CUSTOMER":
      return parcel.customerId === principal.customerId;
    case "DEALER":
      return parcel.orderDealerId === principal.dealerId;
    case "COURIER":
      return parcel.carrierId === principal.carrierId;
    default:
      return false;
  }
}
