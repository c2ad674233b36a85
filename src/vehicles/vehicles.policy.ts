import { and, eq, sql, type SQL } from "drizzle-orm";
import { alias, type AnyPgColumn } from "drizzle-orm/pg-core";
import type { Principal } from "../auth/principal.js";
import { serviceRecords, vehicleOwnerships, vehicles } from "../db/schema/index.js";

/**
 * The policy's own subqueries read these tables under aliases: a bare `vehicle_ownerships` inside
 * them would shadow the caller's table when the caller is vehicle_ownerships itself, and
 * `vehicle_ownerships.vehicle_id = vehicle_ownerships.vehicle_id` holds for every row.
 */
const ownedBy = alias(vehicleOwnerships, "policy_ownership");
const servicedBy = alias(serviceRecords, "policy_service_record");

/**
 * Vehicles a principal may read, given the vehicle id column of the queried table: staff all; a
 * customer the vehicles they own or owned; a dealer the vehicles it sold or serviced.
 */
export function visibleVehicleRows(principal: Principal, vehicleId: AnyPgColumn): SQL | undefined {
  switch (principal.role) {
    case "ADMIN":
    case "AGENT":
      return undefined;
    case "CUSTOMER":
      return sql`exists (select 1 from ${vehicleOwnerships} ${ownedBy} where ${ownedBy.vehicleId} = ${vehicleId}
        and ${ownedBy.customerId} = ${principal.customerId})`;
    case "DEALER":
      return sql`(exists (select 1 from ${vehicleOwnerships} ${ownedBy} where ${ownedBy.vehicleId} = ${vehicleId}
          and ${ownedBy.sellingDealerId} = ${principal.dealerId})
        or exists (select 1 from ${serviceRecords} ${servicedBy} where ${servicedBy.vehicleId} = ${vehicleId}
          and ${servicedBy.dealerId} = ${principal.dealerId}))`;
    default:
      return sql`false`;
  }
}

export const vehicleScope = (principal: Principal) => visibleVehicleRows(principal, vehicles.id);

/** A dealership's vehicle list (Dealer.vehicles) is its portal: a dealer reads only its own list. */
export function dealerVehicleListScope(principal: Principal, listDealerId: AnyPgColumn): SQL | undefined {
  const rows = vehicleScope(principal);
  return principal.role === "DEALER" ? and(rows, eq(listDealerId, principal.dealerId)) : rows;
}

/**
 * Ownership periods: staff all; a customer their own periods (not who owned the car before or
 * after them); a dealer the periods of vehicles it may see.
 */
export function ownershipScope(principal: Principal, ownership: { customerId: AnyPgColumn; vehicleId: AnyPgColumn } = vehicleOwnerships): SQL | undefined {
  if (principal.role === "CUSTOMER") return sql`${ownership.customerId} = ${principal.customerId}`;
  return visibleVehicleRows(principal, ownership.vehicleId);
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
