import DataLoader from "dataloader";
import { and, eq, gte, lt, sql } from "drizzle-orm";
import type { Database } from "../db/client.js";
import { cases, dealerRelationships } from "../db/schema/index.js";
import { idIn } from "../db/patterns.js";
import { overdueSql } from "../interactions/case-sla.js";
import type { ComplaintStats } from "./complaint-stats.types.js";

const hours = (v: unknown) => (v == null ? null : Math.round(Number(v) * 100) / 100);

/**
 * Complaint figures of several dealerships for one period, in two grouped statements (the
 * complaints, the related customers), so that a page of dealers costs no more than one.
 */
export async function complaintStatsOf(db: Database, dealerIds: readonly string[], period: { from: Date; to: Date }): Promise<Map<string, ComplaintStats>> {
  const resolution = sql`extract(epoch from (${cases.resolvedAt} - ${cases.openedAt})) / 3600`;
  const complaints = await db
    .select({
      dealerId: cases.againstDealerId,
      n: sql<number>`count(*)::int`,
      open: sql<number>`(count(*) filter (where ${cases.status} in ('OPEN', 'IN_PROGRESS')))::int`,
      overdue: sql<number>`(count(*) filter (where ${overdueSql}))::int`,
      median: sql<number | null>`(percentile_cont(0.5) within group (order by ${resolution}) filter (where ${cases.resolvedAt} is not null))::float8`,
      mean: sql<number | null>`(avg(${resolution}) filter (where ${cases.resolvedAt} is not null))::float8`,
    })
    .from(cases)
    .where(and(idIn(cases.againstDealerId, dealerIds), eq(cases.kind, "COMPLAINT"), gte(cases.openedAt, period.from), lt(cases.openedAt, period.to)))
    .groupBy(cases.againstDealerId);
  const related = await db
    .select({ dealerId: dealerRelationships.dealerId, n: sql<number>`count(distinct ${dealerRelationships.customerId})::int` })
    .from(dealerRelationships)
    .where(idIn(dealerRelationships.dealerId, dealerIds))
    .groupBy(dealerRelationships.dealerId);
  const customersOf = new Map(related.map((r) => [r.dealerId, Number(r.n)]));
  const byDealer = new Map(complaints.map((c) => [c.dealerId!, c]));
  return new Map(
    dealerIds.map((id) => {
      const c = byDealer.get(id);
      const count = Number(c?.n ?? 0);
      const customerCount = customersOf.get(id) ?? 0;
      return [
        id,
        {
          from: period.from,
          to: period.to,
          complaintCount: count,
          customerCount,
          ratePer100Customers: customerCount ? Math.round((count * 10_000) / customerCount) / 100 : null,
          openCount: Number(c?.open ?? 0),
          overdueCount: Number(c?.overdue ?? 0),
          medianResolutionHours: hours(c?.median),
          meanResolutionHours: hours(c?.mean),
        },
      ];
    }),
  );
}

/** A loader key: the dealer and the period, so that one batch serves every dealer asked for with the same period. */
export const complaintStatsKey = (dealerId: string, period: { from: Date; to: Date }) => `${dealerId}|${period.from.toISOString()}|${period.to.toISOString()}`;

export function complaintStatsLoader(db: Database, options: { cache?: boolean } = {}) {
  return new DataLoader<string, ComplaintStats>(
    async (keys) => {
      const byPeriod = new Map<string, string[]>();
      for (const key of keys) {
        const [dealerId, ...period] = key.split("|");
        const group = period.join("|");
        byPeriod.set(group, [...(byPeriod.get(group) ?? []), dealerId!]);
      }
      const found = new Map<string, ComplaintStats>();
      for (const [group, dealerIds] of byPeriod) {
        const [from, to] = group.split("|").map((v) => new Date(v));
        const stats = await complaintStatsOf(db, dealerIds, { from: from!, to: to! });
        for (const [id, s] of stats) found.set(`${id}|${group}`, s);
      }
      return keys.map((k) => found.get(k)!);
    },
    { cache: options.cache ?? true },
  );
}
