import { and, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Principal } from "../auth/principal.js";
import { visibleCustomerRows } from "../customers/customers.policy.js";
import { dealers, identityLinks, sourceRecords } from "../db/schema/index.js";

/**
 * Source records a principal may learn of, by their source: a dealership's own system is
 * `dealer-<its code>`, and another dealership's is hidden from a dealer (that a customer is in a
 * competitor's system, and under which id, is the competitor's business). Other sources (web
 * shop, hotline...) are the platform's and stay visible.
 */
export function sourceScope(principal: Principal, source: AnyPgColumn): SQL | undefined {
  if (principal.role !== "DEALER") return undefined;
  return sql`(${source} not like 'dealer-%' or ${source} = (select 'dealer-' || lower(${dealers.code}) from ${dealers} where ${dealers.id} = ${principal.dealerId}))`;
}

/** A customer's source identities (identity_links joined to source_records): the profile's scope, then the source's. */
export const sourceIdentityScope = (principal: Principal): SQL | undefined =>
  and(visibleCustomerRows(principal, identityLinks.customerId), sourceScope(principal, sourceRecords.source));
