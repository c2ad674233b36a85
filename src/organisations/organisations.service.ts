import { and, count, eq, ilike, or, type SQL } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import type { Database, Executor } from "../db/client.js";
import { containsPattern } from "../db/patterns.js";
import { carriers, dealers, suppliers } from "../db/schema/index.js";
import { badInput, notFound } from "../errors.js";
import { expectGlobalId } from "../graphql/global-id.js";
import { given, valuesOf, type FilterValues, type ValueShapes } from "../graphql/compiled/filters.js";
import { paginate, type ConnectionArgs, type KeysetKey } from "../graphql/connection.js";
import { toCarrier, toDealer, toSupplier } from "./organisations.declaration.js";
import { organisationScope } from "./organisations.policy.js";
import { DealerCapability, type DealerFilter } from "./organisations.types.js";

/** The dealer directory's conditions, shared by the resolver and the compiled read path (values bound per request there). */
export function dealerConditions(principal: Principal, filter: DealerFilter | null | undefined, value: FilterValues<DealerFilter> = valuesOf(filter!)): SQL | undefined {
  const conditions: (SQL | undefined)[] = [organisationScope(principal)];
  if (!filter) return and(...conditions);
  if (given(filter.search)) {
    const pattern = value((f) => containsPattern(f.search!));
    conditions.push(or(ilike(dealers.name, pattern), ilike(dealers.code, pattern)));
  }
  if (given(filter.city)) conditions.push(eq(dealers.city, value((f) => f.city!)));
  if (filter.capability === DealerCapability.SALES) conditions.push(eq(dealers.sells, true));
  if (filter.capability === DealerCapability.REPAIR) conditions.push(eq(dealers.repairs, true));
  return and(...conditions);
}

/** Which capability is asked for decides the column the SQL tests. */
export const DEALER_FILTER_VALUE_SHAPES: ValueShapes<DealerFilter> = { capability: (capability) => capability };

export type NamedTable = typeof dealers | typeof suppliers | typeof carriers;

/** Organisations page by name, then id: a stable, keyset-friendly order for directories. */
export const NAME_ORDERING = "NAME";
export const nameKeys = <R extends { id: string; name: string }>(table: NamedTable): KeysetKey<R>[] => [
  { column: table.name, direction: "ASC", value: (r) => r.name },
  { column: table.id, direction: "ASC", value: (r) => r.id },
];

function pageByName<R extends { id: string; name: string }, N>(
  db: Database,
  table: NamedTable,
  where: SQL | undefined,
  args: ConnectionArgs,
  toNode: (row: R) => N,
) {
  return paginate<R, N>(
    args,
    {
      ordering: NAME_ORDERING,
      keys: nameKeys<R>(table),
      fetch: async (after, order, limit) =>
        (await db.select().from(table as typeof dealers).where(and(where, after)).orderBy(...order).limit(limit)) as unknown as R[],
      count: async () => (await db.select({ n: count() }).from(table as typeof dealers).where(where))[0]!.n,
    },
    toNode,
  );
}

export const listDealers = (db: Database, principal: Principal, filter: DealerFilter | null | undefined, args: ConnectionArgs) =>
  pageByName(db, dealers, dealerConditions(principal, filter), args, toDealer);

export const listSuppliers = (db: Database, principal: Principal, args: ConnectionArgs) =>
  pageByName(db, suppliers, organisationScope(principal), args, toSupplier);

export const listCarriers = (db: Database, principal: Principal, args: ConnectionArgs) =>
  pageByName(db, carriers, organisationScope(principal), args, toCarrier);

/**
 * The dealership a request names for a sale (an order's dealer, a lead's): NOT_FOUND on `field`
 * when there is none, BAD_USER_INPUT when it only repairs.
 */
export async function sellingDealership(tx: Executor, globalId: string, field: string): Promise<string> {
  const id = expectGlobalId(globalId, "Dealer", field);
  const [row] = await tx.select({ id: dealers.id, sells: dealers.sells }).from(dealers).where(eq(dealers.id, id));
  if (!row) throw notFound("Dealer", field);
  if (!row.sells) throw badInput(field, "This dealership does not sell");
  return row.id;
}
