import { eq, sql, type SQL } from "drizzle-orm";
import { alias, type AnyPgColumn } from "drizzle-orm/pg-core";
import type { Principal } from "../auth/principal.js";
import { orders, serviceRecords, vehicleOwnerships } from "../db/schema/index.js";

/*
 * The scopes of a customer's history — orders, interactions and cases, vehicles — as pure
 * predicates. They are the orders, interactions and vehicles domains' policies (each re-exports
 * its own from its `*.policy.ts`), declared here because the customer filter counts those rows
 * (`lastOrderAfter`, `purchased`, `interactions`, `cases`, `vehicle`) and must count only what
 * the caller may see, while customers sit below those domains (src/README.md, "Which part may
 * import which"). One predicate, two readers: the filter cannot drift from the lists.
 */

/**
 * Orders a principal may read: staff all; a dealer those sold by or picked up at its dealership
 * (not the customer's orders with other dealers or the web shop); a customer their own.
 */
export function orderScope(principal: Principal, table: { customerId: AnyPgColumn; dealerId: AnyPgColumn } = orders): SQL | undefined {
  switch (principal.role) {
    case "ADMIN":
    case "AGENT":
      return undefined;
    case "DEALER":
      return eq(table.dealerId, principal.dealerId);
    case "CUSTOMER":
      return eq(table.customerId, principal.customerId);
    default:
      return sql`false`;
  }
}

/**
 * Interactions, cases, reviews and surveys: staff all; a customer their own; a dealer only those
 * that involve its dealership (`dealerColumn`: the interaction's dealer, the case's "against"
 * dealer) — never what the customer said to other dealers or to the call center.
 */
export function engagementScope(principal: Principal, customerColumn: AnyPgColumn, dealerColumn?: AnyPgColumn): SQL | undefined {
  switch (principal.role) {
    case "ADMIN":
    case "AGENT":
      return undefined;
    case "CUSTOMER":
      return sql`${customerColumn} = ${principal.customerId}`;
    case "DEALER":
      return dealerColumn ? sql`${dealerColumn} = ${principal.dealerId}` : sql`false`;
    default:
      return sql`false`;
  }
}

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

/**
 * Ownership periods: staff all; a customer their own periods (not who owned the car before or
 * after them); a dealer the periods of vehicles it may see.
 */
export function ownershipScope(principal: Principal, ownership: { customerId: AnyPgColumn; vehicleId: AnyPgColumn } = vehicleOwnerships): SQL | undefined {
  if (principal.role === "CUSTOMER") return sql`${ownership.customerId} = ${principal.customerId}`;
  return visibleVehicleRows(principal, ownership.vehicleId);
}
