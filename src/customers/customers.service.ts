import { and, count, eq, gte, inArray, isNull, lt, sql, type SQL } from "drizzle-orm";
import { QueryBuilder } from "drizzle-orm/pg-core";
import type { Principal } from "../auth/principal.js";
import type { Database, Executor } from "../db/client.js";
import { containsPattern, idIn } from "../db/patterns.js";
import { preparedStatement } from "../db/prepared.js";
import { byIds } from "../graphql/loader.js";
import {
  cases,
  customerAddresses,
  customerEmails,
  customerPhones,
  customers,
  dealerRelationships,
  identityLinks,
  orders,
  sourceRecords,
  vehicleOwnerships,
  vehicles,
} from "../db/schema/index.js";
import { paginate, type ConnectionArgs, type KeysetKey } from "../graphql/connection.js";
import { expectGlobalId } from "../graphql/global-id.js";
import { SortDirection } from "../graphql/sort.js";
import { badInput } from "../errors.js";
import { toCustomer, type CustomerRow } from "./customers.declaration.js";
import { customerScope, customersOfDealerFilter, sourceScope } from "./customers.policy.js";
import { CustomerOrderField, type CustomerFilter, type CustomerOrder } from "./customers.types.js";

const OPEN_CASE_STATUSES = ["OPEN", "IN_PROGRESS"] as const;

/**
 * How a filter's values reach the SQL: as themselves (the resolver, one statement per request),
 * or as parameters bound per request from each request's filter (the compiled read path, one
 * statement for every filter of the same shape, customerFilterShape).
 */
export type FilterValues = <T>(value: (filter: CustomerFilter) => T) => T | SQL;

/**
 * Free text finds a profile by name, email, phone digits, VIN or a source system's id. Written as
 * one id set, a union of lookups that each use an index (trigram indexes for the `%term%`
 * matches): an OR of EXISTS branches would read every profile.
 */
function searchCondition(principal: Principal, text: string, value: FilterValues): SQL {
  const term = (f: CustomerFilter) => f.search!.trim();
  const digits = (f: CustomerFilter) => f.search!.replace(/\D/g, "");
  const branches: SQL[] = [
    sql`select ${customers.id} from ${customers} where ${customers.displayName} ilike ${value((f) => containsPattern(term(f)))}`,
    sql`select ${customerEmails.customerId} from ${customerEmails} where ${customerEmails.normalized} like ${value((f) => containsPattern(term(f).toLowerCase()))}`,
    sql`select ${vehicleOwnerships.customerId} from ${vehicleOwnerships} join ${vehicles} on ${vehicles.id} = ${vehicleOwnerships.vehicleId}
      where ${vehicles.vin} = ${value((f) => term(f).toUpperCase())}`,
    sql`select ${identityLinks.customerId} from ${identityLinks} join ${sourceRecords} on ${sourceRecords.id} = ${identityLinks.sourceRecordId}
      where ${and(eq(sourceRecords.sourceId, value(term)), sourceScope(principal, sourceRecords.source))}`,
  ];
  if (text.replace(/\D/g, "").length >= 4) branches.push(sql`select ${customerPhones.customerId} from ${customerPhones} where ${customerPhones.e164} like ${value((f) => containsPattern(digits(f)))}`);
  return sql`${customers.id} in (${sql.join(branches, sql` union `)})`;
}

/**
 * What of a filter decides the conditions' SQL (which conditions there are), as opposed to the
 * values they compare with: two filters of one shape are one statement with other parameters.
 * Null: a filter the compiled read path leaves to the resolver (a dealership, whose scope depends
 * on the caller; a date range whose order must be checked first).
 */
export function customerFilterShape(filter: CustomerFilter | null | undefined): string | null {
  if (!filter) return "";
  if (filter.dealerId != null || (filter.createdAfter && filter.createdBefore)) return null;
  const given = Object.entries(filter)
    .filter(([, v]) => v != null)
    .map(([k]) => k)
    .sort();
  return JSON.stringify([given, filter.hasOpenCase ?? null, filter.search?.trim() ? filter.search.replace(/\D/g, "").length >= 4 : null]);
}

export function customerConditions(principal: Principal, filter: CustomerFilter | null | undefined, value: FilterValues = (read) => read(filter!)): SQL | undefined {
  // Merged-away profiles are reachable by id (they resolve to the survivor) but never listed.
  const conditions: (SQL | undefined)[] = [customerScope(principal), isNull(customers.mergedIntoId)];
  if (!filter) return and(...conditions);
  if (filter.search?.trim()) conditions.push(searchCondition(principal, filter.search, value));
  if (filter.kind) conditions.push(eq(customers.kind, value((f) => f.kind!)));
  if (filter.stage) conditions.push(eq(customers.stage, value((f) => f.stage!)));
  if (filter.tier) conditions.push(eq(customers.tier, value((f) => f.tier!)));
  if (filter.city) {
    conditions.push(sql`exists (select 1 from ${customerAddresses}
      where ${customerAddresses.customerId} = ${customers.id} and ${customerAddresses.city} = ${value((f) => f.city!)})`);
  }
  if (filter.dealerId) {
    conditions.push(customersOfDealerFilter(principal, expectGlobalId(filter.dealerId, "Dealer", "filter.dealerId"), customers.id));
  }
  if (filter.hasOpenCase != null) {
    const openCase = sql`exists (select 1 from ${cases} where ${cases.customerId} = ${customers.id}
      and ${inArray(cases.status, [...OPEN_CASE_STATUSES])})`;
    conditions.push(filter.hasOpenCase ? openCase : sql`not ${openCase}`);
  }
  if (filter.createdAfter && filter.createdBefore && filter.createdAfter >= filter.createdBefore) {
    throw badInput("filter.createdBefore", "createdBefore must be later than createdAfter");
  }
  const lastOrder = sql`(select max(${orders.placedAt}) from ${orders} where ${orders.customerId} = ${customers.id} and ${orders.status} <> 'CANCELLED')`;
  if (filter.lastOrderAfter) conditions.push(sql`${lastOrder} >= ${value((f) => f.lastOrderAfter!.toISOString())}::timestamptz`);
  if (filter.lastOrderBefore) conditions.push(sql`${lastOrder} < ${value((f) => f.lastOrderBefore!.toISOString())}::timestamptz`);
  if (filter.createdAfter) conditions.push(gte(customers.createdAt, value((f) => f.createdAfter!)));
  if (filter.createdBefore) conditions.push(lt(customers.createdAt, value((f) => f.createdBefore!)));
  return and(...conditions);
}

/** Which customers are a dealership's, one pair per (dealer, customer) whatever the basis. */
export const dealerCustomers = new QueryBuilder()
  .selectDistinct({ dealerId: dealerRelationships.dealerId, customerId: dealerRelationships.customerId })
  .from(dealerRelationships)
  .as("dealer_customers");

export function customerKeys(order: CustomerOrder | null | undefined): { ordering: string; keys: KeysetKey<CustomerRow>[] } {
  const field = order?.field ?? CustomerOrderField.CREATED_AT;
  const direction = order?.direction ?? (field === CustomerOrderField.CREATED_AT ? SortDirection.DESC : SortDirection.ASC);
  const first: KeysetKey<CustomerRow> =
    field === CustomerOrderField.DISPLAY_NAME
      ? { column: customers.displayName, direction, value: (r) => r.displayName }
      : { column: customers.createdAt, direction, value: (r) => r.createdAt };
  return { ordering: `${field}_${direction}`, keys: [first, { column: customers.id, direction, value: (r) => r.id }] };
}

export function listCustomers(
  db: Database,
  principal: Principal,
  filter: CustomerFilter | null | undefined,
  order: CustomerOrder | null | undefined,
  args: ConnectionArgs,
) {
  const where = customerConditions(principal, filter);
  return paginate(
    args,
    {
      ...customerKeys(order),
      fetch: (after, orderBy, limit) => db.select().from(customers).where(and(where, after)).orderBy(...orderBy).limit(limit),
      count: async () => (await db.select({ n: count() }).from(customers).where(where))[0]!.n,
    },
    toCustomer,
  );
}

/** How many merges a chain of merged-away ids may have before it is treated as broken data. */
export const MAX_MERGE_HOPS = 16;

/**
 * Customers by id, in scope, with merged-away ids resolved to their survivors; the result is
 * keyed by the id that was asked for.
 */
export async function customersByIds(db: Database, principal: Principal, ids: readonly string[]): Promise<Map<string, CustomerRow>> {
  const resolved = new Map<string, CustomerRow>();
  let pending = new Map<string, string[]>(ids.map((id) => [id, [id]]));
  for (let hop = 0; pending.size > 0 && hop < MAX_MERGE_HOPS; hop++) {
    const found = await preparedStatement(db, "customers.byIds", (ids) => db.select().from(customers).where(idIn(customers.id, ids))).execute({ ids: [...pending.keys()] });
    const next = new Map<string, string[]>();
    for (const row of found) {
      const askedFor = pending.get(row.id) ?? [];
      if (row.mergedIntoId) next.set(row.mergedIntoId, [...(next.get(row.mergedIntoId) ?? []), ...askedFor]);
      else for (const id of askedFor) resolved.set(id, row);
    }
    pending = next;
  }
  if (!customerScope(principal) || resolved.size === 0) return resolved;
  // Scope is checked on the survivor: an old id must not open a profile the caller may not see.
  const survivors = [...new Set([...resolved.values()].map((r) => r.id))];
  const visible = new Set(
    (await byIds(db, "customers.visibleIds", principal, survivors, (ids, principal) => db.select({ id: customers.id }).from(customers).where(and(customerScope(principal), idIn(customers.id, ids))))).map((r) => r.id),
  );
  for (const [id, row] of resolved) if (!visible.has(row.id)) resolved.delete(id);
  return resolved;
}

/** Records that a customer is a customer of a dealership (idempotent), inside the caller's transaction. */
export async function relateToDealer(tx: Executor, dealerId: string, customerId: string, basis: "SALE" | "SERVICE" | "ORDER" | "SOURCE" | "PREFERRED") {
  await tx.insert(dealerRelationships).values({ dealerId, customerId, basis }).onConflictDoNothing();
}

/** Removes one ground of a customer's link to a dealership, inside the caller's transaction. */
export async function unrelateFromDealer(tx: Executor, dealerId: string, customerId: string, basis: "SALE" | "SERVICE" | "ORDER" | "SOURCE" | "PREFERRED") {
  await tx
    .delete(dealerRelationships)
    .where(and(eq(dealerRelationships.dealerId, dealerId), eq(dealerRelationships.customerId, customerId), eq(dealerRelationships.basis, basis)));
}

/**
 * A customer that exists, was not merged away, and is visible to the principal, for writes that
 * attach something to it. Such writes may link the customer to the caller's dealership (a sale,
 * service work): a dealer must not make a stranger its customer and so open their profile to itself.
 */
export async function liveCustomerVisibleTo(tx: Executor, principal: Principal, customerId: string) {
  const [row] = await tx
    .select({ id: customers.id })
    .from(customers)
    .where(and(eq(customers.id, customerId), isNull(customers.mergedIntoId), customerScope(principal)));
  return row ?? null;
}

/** A buyer of a vehicle becomes an OWNER, unless they already are one or have lapsed (a win-back is the campaign's call). */
export async function promoteToOwner(tx: Executor, customerId: string) {
  await tx
    .update(customers)
    .set({ stage: "OWNER" })
    .where(and(eq(customers.id, customerId), inArray(customers.stage, ["PROSPECT", "LEAD", "CUSTOMER"])));
}
