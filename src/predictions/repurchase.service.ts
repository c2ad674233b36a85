import { sql, type SQL } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { rows, type Executor } from "../db/client.js";
import { TODAY_UTC } from "../db/patterns.js";
import { repurchasePredictions } from "../db/schema/index.js";
import { badInput } from "../errors.js";
import { type ConnectionArgs, type ConnectionShape, paginate } from "../graphql/connection.js";
import { visibleCustomerRows } from "../customers/customers.policy.js";

/** The longest look-ahead of `dueSoon`, in days. */
export const MAX_WITHIN_DAYS = 366;

/** Recomputes the given customers' predictions (`refresh_repurchase`: the statement the write triggers run). */
export async function refreshRepurchase(db: Executor, customerIds: readonly string[]): Promise<number> {
  const [row] = await rows<{ written: number }>(db, sql`select refresh_repurchase(${sql.param([...customerIds])}::uuid[]) as written`);
  return Number(row?.written ?? 0);
}

/**
 * Every item's population interval from the whole history, then every customer's predictions
 * (`rebuild_repurchase`: one pass over the orders by hash joins, the same formula as the
 * triggers' path; npm run models:refresh). Returns the items and predictions written.
 */
export async function refreshAllRepurchase(db: Executor): Promise<{ items: number; predictions: number }> {
  const [row] = await rows<{ items: number; predictions: number }>(db, sql`select items, predictions from rebuild_repurchase()`);
  return { items: Number(row?.items ?? 0), predictions: Number(row?.predictions ?? 0) };
}

export interface DueItemRow {
  customerId: string;
  itemId: string;
  productId: string | null;
  categoryId: string | null;
  purchases: number;
  lastPurchases: string[];
  lastQuantity: number;
  ownDays: number | null;
  populationDays: number;
  weight: number;
  expectedOn: string;
  lowOn: string;
  highOn: string;
}

/** dueSoon's keyset: by due date, then item; the loader's and the compiled page's, so cursors stay interchangeable. */
export const DUE_SOON_ORDERING = "dueSoon";
export const DUE_SOON_KEYS = [
  { column: repurchasePredictions.expectedOn, direction: "ASC" as const, value: (r: DueItemRow) => r.expectedOn },
  { column: repurchasePredictions.itemId, direction: "ASC" as const, value: (r: DueItemRow) => r.itemId },
];

/** A look-ahead in days (`within` of dueSoon and ownersDueForService), or its BAD_USER_INPUT. */
export function checkedWithin(within: number, max = MAX_WITHIN_DAYS): number {
  if (!Number.isInteger(within) || within < 0 || within > max) throw badInput("within", `within must be a whole number of days from 0 to ${max}`);
  return within;
}

/** The items due on or before today + `within` days (overdue ones included: still not bought). */
export const dueWithin = (within: number | SQL): SQL => sql`${repurchasePredictions.expectedOn} <= ${TODAY_UTC} + ${within}::int`;

/**
 * A customer's items expected within `within` days from today, by due date then item,
 * keyset-paged. The customer is one the caller can see (`visibleCustomerRows`: staff, the
 * customer themself, a dealer its own customers; nobody else).
 */
export async function dueSoon(db: Executor, principal: Principal, customerId: string, within: number, page: ConnectionArgs): Promise<ConnectionShape<DueItemRow>> {
  const p = repurchasePredictions;
  const scope = sql`${p.customerId} = ${customerId} and ${dueWithin(checkedWithin(within))} and ${visibleCustomerRows(principal, p.customerId) ?? sql`true`}`;
  return paginate(
    page,
    {
      ordering: DUE_SOON_ORDERING,
      keys: DUE_SOON_KEYS,
      fetch: (where, order, limit) =>
        db
          .select()
          .from(p)
          .where(where ? sql`${scope} and ${where}` : scope)
          .orderBy(...order)
          .limit(limit),
      count: async () => {
        const [row] = await rows<{ n: number }>(db, sql`select count(*)::int as n from ${p} where ${scope}`);
        return Number(row?.n ?? 0);
      },
    },
    (row) => row,
  );
}
