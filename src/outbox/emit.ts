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

export interface OutboxEvent {
  /** The event's id, chosen by the caller: the webhook-id receivers deduplicate by (a campaign's send id). */
  id: string;
  customerId: string;
  dealerId: string | null;
  dealerOnly: boolean;
  payload: Record<string, unknown>;
}

/**
 * Many events of one type in one statement, inside the caller's transaction (a campaign's batch
 * of messages): the same rule as `outbox_emit` — kept only while an enabled endpoint subscribes —
 * and one NOTIFY for the batch. An id already written is left as it was.
 */
export async function emitOutboxMany(tx: Executor, type: OutboxEventType, events: OutboxEvent[]): Promise<void> {
  if (events.length === 0) return;
  const json = JSON.stringify(events.map((e) => ({ id: e.id, customer_id: e.customerId, dealer_id: e.dealerId, dealer_only: e.dealerOnly, payload: e.payload })));
  await tx.execute(sql`insert into outbox_events (id, type, customer_id, dealer_id, dealer_only, payload)
    select x.id, ${type}, x.customer_id, x.dealer_id, x.dealer_only, x.payload
    from jsonb_to_recordset(${json}::jsonb) as x(id uuid, customer_id uuid, dealer_id uuid, dealer_only boolean, payload jsonb)
    where exists (select 1 from webhook_endpoints where enabled and ${type} = any(event_types))
    on conflict (id) do nothing`);
  await tx.execute(sql`select pg_notify('outbox_events', '')`);
}
