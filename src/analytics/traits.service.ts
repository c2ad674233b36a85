import { asc, gt, sql } from "drizzle-orm";
import { rows, type Executor } from "../db/client.js";
import { customers } from "../db/schema/index.js";

/** Customers per statement of a full refresh: large enough to be set-based, small enough to keep each transaction short. */
export const REFRESH_CHUNK = 5_000;

/**
 * Recomputes the stored facts of the given customers (`refresh_customer_traits`, drizzle/0013, replaced by 0017):
 * the statement the triggers run after every write, so a refresh gives what the writes gave.
 */
export async function refreshTraits(db: Executor, customerIds: readonly string[]): Promise<number> {
  const [row] = await rows<{ refreshed: number }>(db, sql`select refresh_customer_traits(${sql.param([...customerIds])}::uuid[]) as refreshed`);
  return Number(row?.refreshed ?? 0);
}

/** Every customer's traits, chunk by chunk in id order (npm run traits:refresh); `onChunk` reports progress. */
export async function refreshAllTraits(db: Executor, onChunk: (done: number) => void = () => undefined): Promise<number> {
  let after: string | null = null;
  let done = 0;
  for (;;) {
    const chunk: { id: string }[] = await db
      .select({ id: customers.id })
      .from(customers)
      .where(after ? gt(customers.id, after) : undefined)
      .orderBy(asc(customers.id))
      .limit(REFRESH_CHUNK);
    if (chunk.length === 0) return done;
    done += await refreshTraits(
      db,
      chunk.map((c) => c.id),
    );
    after = chunk[chunk.length - 1]!.id;
    onChunk(done);
  }
}
