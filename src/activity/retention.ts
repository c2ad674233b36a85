import { sql } from "drizzle-orm";
import { rows, type Executor } from "../db/client.js";
import { activityEvents } from "../db/schema/index.js";

/** Rows one purge statement deletes: small enough not to hold long locks or bloat one transaction. */
export const PURGE_CHUNK = 10_000;

/**
 * Deletes behavioural events that occurred more than `retentionDays` ago, a chunk per statement
 * (by the occurred_at index) until none is left; answers how many went. Segment memberships of
 * the customers whose events went are re-evaluated by the delete trigger. Run daily
 * (`npm run activity:purge`); trackEvents refuses events already older than the period.
 */
export async function purgeActivityEvents(db: Executor, retentionDays: number, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000).toISOString();
  let total = 0;
  for (;;) {
    const [done] = await rows<{ n: number }>(
      db,
      sql`with gone as (delete from ${activityEvents} where id in (
        select id from ${activityEvents} where occurred_at < ${cutoff}::timestamptz limit ${PURGE_CHUNK}) returning 1)
        select count(*)::int as n from gone`,
    );
    const n = Number(done?.n ?? 0);
    total += n;
    if (n < PURGE_CHUNK) return total;
  }
}
