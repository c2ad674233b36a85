import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "../db/client.js";
import type { OutboxEventType } from "./event-types.js";

export interface OutboxScope {
  /** The customer the event is about. */
  customerId: string | null;
  /** The dealership involved, if any: an id, or a subquery that finds it (an order's dealership). */
  dealerId?: string | SQL | null;
  /** Only that dealership may hear of it (an order's or case's event), not every dealership of the customer. */
  dealerOnly?: boolean;
}

/**
 * Writes an event to the outbox inside the caller's transaction: it commits with the change or
 * not at all. The same database function the triggers call, so it is kept only while an enabled
 * endpoint wants the type. `payload` holds ids, statuses and platform-made text, never contact data.
 */
export async function emitOutbox(tx: Executor, type: OutboxEventType, payload: Record<string, unknown>, scope: OutboxScope): Promise<void> {
  await tx.execute(
    sql`select outbox_emit(${type}, ${scope.customerId}::uuid, (${scope.dealerId ?? null})::uuid, ${scope.dealerOnly ?? false}, ${JSON.stringify(payload)}::jsonb)`,
  );
}
