import { and, eq, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Principal } from "../auth/principal.js";
import { vehicles } from "../db/schema/index.js";
import { ownershipScope, visibleVehicleRows } from "../customers/history.policy.js";

/** Vehicles and ownership periods a principal may read (declared with the customer filter that counts them, customers/history.policy.ts). */
export { ownershipScope, visibleVehicleRows };

export const vehicleScope = (principal: Principal) => visibleVehicleRows(principal, vehicles.id);

/** A dealership's vehicle list (Dealer.vehicles) is its portal: a dealer reads only its own list. */
export function dealerVehicleListScope(principal: Principal, listDealerId: AnyPgColumn): SQL | undefined {
  const rows = vehicleScope(principal);
  return principal.role === "DEALER" ? and(rows, eq(listDealerId, principal.dealerId)) : rows;
}

/**
 * Service history: staff all; a dealer the work of its own stations; a customer the visits made
 * while they owned the car (the previous owner's visits stay private).
 */
export function serviceRecordScope(principal: Principal, table: { dealerId: AnyPgColumn; customerId: AnyPgColumn }): SQL | undefined {
  switch (principal.role) {
    case "ADMIN":
    case "AGENT":
      return undefined;
    case "DEALER":
      return sql`${table.dealerId} = ${principal.dealerId}`;
    case "CUSTOMER":
      return sql`${table.customerId} = ${principal.customerId}`;
    default:
      return sql`false`;
  }
}
