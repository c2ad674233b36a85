import { Param, sql } from "drizzle-orm";
import { rows, type Database, type Executor } from "../db/client.js";
import { outboxEvents, webhookDeliveries, webhookEndpoints } from "../db/schema/index.js";
import { inTransaction, type QueueSql } from "../jobs/queue.js";
import { endpointHears } from "./webhooks.policy.js";

/**
 * The fan-out's estimated cost (the dealer-scope subquery per event and endpoint) crosses
 * PostgreSQL's JIT threshold, and compiling took 0.75 s of a 0.9 s statement over 500 events:
 * these short statements run without it.
 */
export const noJit = (tx: Executor) => tx.execute(sql`set local jit = off`);

export type Enqueue = (on: QueueSql, deliveryIds: string[], startAfter?: Date) => Promise<void>;

/**
 * Fans the oldest undispatched outbox events out to the endpoints that want them and may hear of
 * them, and enqueues their delivery jobs — one transaction, so that a crash leaves either all
 * of it or none. `SKIP LOCKED`: several processes dispatch side by side, each its own events.
 */
export async function dispatchOutbox(db: Database, enqueue: Enqueue, batch = 500): Promise<number> {
  return db.transaction(async (tx) => {
    await noJit(tx);
    const events = await rows<{ id: string }>(
      tx,
      sql`select ${outboxEvents.id} as id from ${outboxEvents} where ${outboxEvents.dispatchedAt} is null order by ${outboxEvents.seq} limit ${batch} for update skip locked`,
    );
    if (events.length === 0) return 0;
    const ids = new Param(events.map((e) => e.id));
    const created = await rows<{ id: string }>(
      tx,
      sql`insert into ${webhookDeliveries} (id, endpoint_id, event_id, status, next_attempt_at)
        select gen_random_uuid(), ${webhookEndpoints.id}, ${outboxEvents.id}, 'PENDING', now()
        from unnest(${ids}::uuid[]) as batch(id)
          join ${outboxEvents} on ${outboxEvents.id} = batch.id
          join ${webhookEndpoints} on ${webhookEndpoints.enabled} and ${outboxEvents.type} = any(${webhookEndpoints.eventTypes}) and ${endpointHears}
        on conflict do nothing
        returning id`,
    );
    // Joined with the batch rather than `id = any(...)`: the planner took that for a filter over the whole table.
    await tx.execute(sql`update ${outboxEvents} set dispatched_at = now() from unnest(${ids}::uuid[]) as batch(id) where ${outboxEvents.id} = batch.id`);
    if (created.length > 0) await enqueue(inTransaction(tx), created.map((d) => d.id));
    return events.length;
  });
}

/**
 * Pending deliveries that no job will pick up: their job was lost with a process killed between
 * claim and answer, or they were replayed by a process without the queue. Due for `graceMs`
 * and not held by a worker: they get a job again (a delivery is claimed before it is sent, so a
 * second job for the same delivery sends it once).
 */
export async function sweepDeliveries(db: Database, enqueue: Enqueue, graceMs: number, batch = 1000): Promise<number> {
  const stale = await rows<{ id: string }>(
    db,
    sql`select id from ${webhookDeliveries}
      where ${webhookDeliveries.status} = 'PENDING' and ${webhookDeliveries.nextAttemptAt} < now() - make_interval(secs => ${graceMs / 1000})
        and (${webhookDeliveries.leaseUntil} is null or ${webhookDeliveries.leaseUntil} < now())
      order by ${webhookDeliveries.nextAttemptAt} limit ${batch}`,
  );
  if (stale.length > 0) {
    await rows(db, sql`update ${webhookDeliveries} set next_attempt_at = now() where id = any(${new Param(stale.map((s) => s.id))}::uuid[])`);
    await enqueue(inTransaction(db), stale.map((s) => s.id));
  }
  return stale.length;
}

/** The daily clean-up: events (and their deliveries) older than the retention, once dispatched. */
export async function purgeOutbox(db: Database, retentionDays: number): Promise<number> {
  const gone = await rows<{ id: string }>(
    db,
    sql`delete from ${outboxEvents} where ${outboxEvents.dispatchedAt} < now() - make_interval(days => ${retentionDays}) returning id`,
  );
  return gone.length;
}
