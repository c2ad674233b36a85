import { and, eq, ne, sql, type SQL } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { rows, type Database } from "../db/client.js";
import { cases, orders } from "../db/schema/index.js";
import { money } from "../graphql/money.js";
import { caseVisibility } from "../interactions/interactions.service.js";
import { orderScope } from "../orders/orders.policy.js";
import { CustomerMeasures } from "./analytics.types.js";

/** Orders the measures count: all but cancelled ones (loaders and compiled reads). */
export const measuredOrder = ne(orders.status, "CANCELLED");
/** Cases that count as open. */
export const openCase = sql`${cases.status} in ('OPEN', 'IN_PROGRESS')`;

/**
 * One customer's measures as one row, over the orders and cases the caller may see; `customerId`
 * is the loader's unnested id or the compiled read path's correlated `customers.id`. The average
 * is rounded half up, as Math.round would; the sums stay bigint (a GraphQL Int that overflows is
 * the serialiser's error on the resolver path, the cast's on the compiled one).
 */
export function measuresRow(principal: Principal, customerId: SQL): SQL {
  const total = sql`coalesce(sum(${orders.totalMinor}), 0)`;
  return sql`select count(*)::int as order_count, ${total} as total_minor, floor(${total}::numeric / nullif(count(*), 0) + 0.5) as average_minor,
      min(${orders.placedAt}) as first_order_at, max(${orders.placedAt}) as last_order_at, coalesce(min(${orders.currency}), 'CNY') as currency,
      (select count(*)::int from ${cases} where ${and(eq(cases.customerId, customerId), caseVisibility(principal), openCase)}) as open_cases
    from ${orders} where ${and(eq(orders.customerId, customerId), orderScope(principal), measuredOrder)}`;
}

interface MeasuresRow {
  customer_id: string;
  order_count: number;
  total_minor: string | number;
  average_minor: string | number | null;
  first_order_at: string | Date | null;
  last_order_at: string | Date | null;
  currency: string;
  open_cases: number;
}

const instantOrNull = (value: string | Date | null) => (value === null ? null : new Date(value));

/** Measures for many customers in one statement (measuresRow per customer). */
export async function measuresOf(db: Database, principal: Principal, customerIds: readonly string[]): Promise<Map<string, CustomerMeasures>> {
  const found = await rows<MeasuresRow>(
    db,
    sql`select k.customer_id, m.* from unnest(${sql.param([...customerIds])}::uuid[]) k(customer_id) cross join lateral (${measuresRow(principal, sql`k.customer_id`)}) m`,
  );
  return new Map(
    found.map((r) => [
      r.customer_id,
      Object.assign(new CustomerMeasures(), {
        orderCount: r.order_count,
        lifetimeValue: money(Number(r.total_minor), r.currency),
        averageOrderValue: r.order_count > 0 ? money(Number(r.average_minor), r.currency) : null,
        firstOrderAt: instantOrNull(r.first_order_at),
        lastOrderAt: instantOrNull(r.last_order_at),
        openCases: r.open_cases,
      }),
    ]),
  );
}
