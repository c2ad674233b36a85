import { and, eq, Param, SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Principal } from "../auth/principal.js";
import { customers, customerTraits, dealerRelationships, dealers } from "../db/schema/index.js";

/**
 * Rows owned by a customer the principal may see (src/README.md, "Access scope"), for any table with a customer
 * id column: staff see everyone; a dealer the customers it has a relationship with; a customer
 * themself; suppliers, couriers and anonymous callers no one. Loaders of child tables (emails,
 * phones, addresses) apply it themselves instead of trusting the parent that asked.
 */
export function visibleCustomerRows(principal: Principal, customerId: AnyPgColumn | SQL): SQL | undefined {
  switch (principal.role) {
    case "ADMIN":
    case "AGENT":
      return undefined;
    case "DEALER":
      return sql`exists (select 1 from ${dealerRelationships}
        where ${dealerRelationships.customerId} = ${customerId} and ${dealerRelationships.dealerId} = ${principal.dealerId})`;
    case "CUSTOMER":
      return customerId instanceof SQL ? sql`${customerId} = ${principal.customerId}` : eq(customerId, principal.customerId);
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

/**
 * `customers(filter: { dealerId })`: staff may ask for any dealership's customers; a dealer only
 * for its own. Another dealership's id finds no one, so a dealer cannot learn which of its
 * customers also deal there. The asked-for id may be a parameter bound per request (the
 * compiled read path): the dealer's check is SQL comparing it with the caller's dealership, so
 * one statement serves every dealer. `bases` narrows the relationship to those grounds.
 */
export function customersOfDealerFilter(principal: Principal, dealerId: string | SQL, customerId: AnyPgColumn, bases?: readonly string[] | SQL): SQL {
  const onBases = bases === undefined ? sql`` : sql` and ${dealerRelationships.basis} = any(${bases instanceof SQL ? bases : new Param(bases)}::dealer_relationship_basis[])`;
  const theirs = sql`exists (select 1 from ${dealerRelationships}
    where ${dealerRelationships.customerId} = ${customerId} and ${dealerRelationships.dealerId} = ${dealerId}::uuid${onBases})`;
  return principal.role === "DEALER" ? sql`(${dealerId}::uuid = ${principal.dealerId}::uuid and ${theirs})` : theirs;
}

/** A customer's preferred dealership as a principal may learn it: a dealer only when it is itself. */
export const preferredDealerScope = (principal: Principal, preferredDealerId: AnyPgColumn): SQL | undefined =>
  principal.role === "DEALER" ? eq(preferredDealerId, principal.dealerId) : undefined;

/** The same rule on a loaded profile (the resolvers' path). */
export const visiblePreferredDealerId = (principal: Principal, preferredDealerId: string | null): string | null =>
  preferredDealerId && (principal.role !== "DEALER" || preferredDealerId === principal.dealerId) ? preferredDealerId : null;

/**
 * Source records a principal may learn of, by their source: a dealership's own system is
 * `dealer-<its code>`, and another dealership's is hidden from a dealer (that a customer is in a
 * competitor's system, and under which id, is the competitor's business). Other sources (web
 * shop, hotline...) are the platform's and stay visible. It lives here, not with identity (which owns
 * source records), because the profile search finds customers by a source id too, and customers
 * sit below identity.
 */
export function sourceScope(principal: Principal, source: AnyPgColumn): SQL | undefined {
  if (principal.role !== "DEALER") return undefined;
  return sql`(${source} not like 'dealer-%' or ${source} = (select 'dealer-' || lower(${dealers.code}) from ${dealers} where ${dealers.id} = ${principal.dealerId}))`;
}

/**
 * A customer's traits summarise their whole history, across every dealership and source: staff
 * and the customer themself read them; a dealer would learn of purchases made elsewhere, so it
 * does not (its own figures are in Customer.measures, within its scope), nor does anyone else.
 */
export function traitsScope(principal: Principal): SQL | undefined {
  switch (principal.role) {
    case "ADMIN":
    case "AGENT":
      return undefined;
    case "CUSTOMER":
      return eq(customerTraits.customerId, principal.customerId);
    default:
      return sql`false`;
  }
}

/** Whether a principal may read traits at all: who may sort a list by one (a dealer may not, traitsScope). */
export const mayReadTraits = (principal: Principal): boolean => principal.role === "ADMIN" || principal.role === "AGENT" || principal.role === "CUSTOMER";
/**
 * Segments (src/analytics) whose members a principal may learn, given the segment's owner column:
 * staff every segment; a dealer its own (their members are its own customers); no one else. It
 * lives here, not with the segments, because the customer list filters by segment
 * (`customers(filter: { segmentIds })`) and customers sit below analytics.
 */
export function segmentMembersScope(principal: Principal, segmentDealerId: AnyPgColumn): SQL | undefined {
  switch (principal.role) {
    case "ADMIN":
    case "AGENT":
      return undefined;
    case "DEALER":
      return eq(segmentDealerId, principal.dealerId);
    default:
      return sql`false`;
  }
}
