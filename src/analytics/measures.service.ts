import { idIn } from "../db/patterns.js";
import { and, count, max, min, ne, sql, sum } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { cases, orders } from "../db/schema/index.js";
import { money } from "../graphql/money.js";
import { caseVisibility } from "../interactions/interactions.service.js";
import { orderScope } from "../orders/orders.policy.js";
import { CustomerMeasures } from "./analytics.types.js";

/** Orders the measures count: all but cancelled ones (loaders and compiled reads). */
export const measuredOrder = ne(orders.status, "CANCELLED");
/** Cases that count as open. */
export const openCase = sql`${cases.status} in ('OPEN', 'IN_PROGRESS')`;

/** Measures for many customers in two grouped statements; each respects the caller's scope. */
export async function measuresOf(db: Database, principal: Principal, customerIds: readonly string[]): Promise<Map<string, CustomerMeasures>> {
  const [orderRows, caseRows] = await Promise.all([
    db
      .select({
        customerId: orders.customerId,
        n: count(),
        total: sum(orders.totalMinor).mapWith(Number),
        first: min(orders.placedAt),
        last: max(orders.placedAt),
        currency: min(orders.currency),
      })
      .from(orders)
      .where(and(orderScope(principal), idIn(orders.customerId, customerIds), measuredOrder))
      .groupBy(orders.customerId),
    db
      .select({ customerId: cases.customerId, n: count() })
      .from(cases)
      .where(and(caseVisibility(principal), idIn(cases.customerId, customerIds), openCase))
      .groupBy(cases.customerId),
  ]);
  const openCases = new Map(caseRows.map((r) => [r.customerId, r.n]));
  const byOrders = new Map(orderRows.map((r) => [r.customerId, r]));
  return new Map(
    customerIds.map((id) => {
      const o = byOrders.get(id);
      const currency = o?.currency ?? "CNY";
      const total = o?.total ?? 0;
      const n = o?.n ?? 0;
      return [
        id,
        Object.assign(new CustomerMeasures(), {
          orderCount: n,
          lifetimeValue: money(total, currency),
          averageOrderValue: n > 0 ? money(Math.round(total / n), currency) : null,
          firstOrderAt: o?.first ?? null,
          lastOrderAt: o?.last ?? null,
          openCases: openCases.get(id) ?? 0,
        }),
      ];
    }),
  );
}
