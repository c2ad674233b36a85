import { and, eq, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Principal } from "../auth/principal.js";
import { customers, dealerRelationships } from "../db/schema/index.js";

/**
 * Rows owned by a customer the principal may see (src/README.md, "Access scope"), for any table with a customer
 * id column: staff see everyone; a dealer the customers it has a relationship with; a customer
 * themself; suppliers, couriers and anonymous callers no one. Loaders of child tables (emails,
 * phones, addresses) apply it themselves instead of trusting the parent that asked.
 */
export function visibleCustomerRows(principal: Principal, customerId: AnyPgColumn): SQL | undefined {
  switch (principal.role) {
    case "ADMIN":
    case "AGENT":
      return undefined;
    case "DEALER":
      return sql`exists (select 1 from ${dealerRelationships}
        where ${dealerRelationships.customerId} = ${customerId} and ${dealerRelationships.dealerId} = ${principal.dealerId})`;
    case "CUSTOMER":
      return eq(customerId, principal.customerId);
    default:
      return sql`false`;
  }
}

export const customerScope = (principal: Principal): SQL | undefined => visibleCustomerRows(principal, customers.id);

/**
 * A dealership's customer list (Dealer.customers) is its portal: on top of the customer scope, a
 * dealer reads only its own list, not which of its customers another dealership shares.
 */
export function dealerCustomerListScope(principal: Principal, listDealerId: AnyPgColumn): SQL | undefined {
  const rows = customerScope(principal);
  return principal.role === "DEALER" ? and(rows, eq(listDealerId, principal.dealerId)) : rows;
}
