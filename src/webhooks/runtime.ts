import type PgBoss from "pg-boss";
import type { Logger } from "pino";
import type { WebhookSettings } from "../config.js";
import { unrecordedDb, type DatabaseHandle } from "../db/client.js";
import type { Registry } from "prom-client";
import { sql } from "drizzle-orm";
import { rows } from "../db/client.js";
import { ensureQueue, queueDepth } from "../jobs/queue.js";
import { registerRecurring } from "../jobs/recurring.js";
import { registerQueueDepth } from "../metrics.js";
import { listenNotices } from "../pubsub/notices.js";
import { deliver, leaseMs } from "./deliver.js";
import { dispatchOutbox, purgeOutbox, sweepDeliveries, type Enqueue } from "./dispatch.js";
import type { WebhookQueue } from "./webhooks.service.js";

export const DELIVERY_QUEUE = "webhook-delivery";
export const RETENTION_QUEUE = "outbox-retention";
/** Deliveries per job: one claim statement, one record transaction, sent in parallel. */
const DELIVERIES_PER_JOB = 50;
/** Jobs each worker fetches at once, and how many workers poll: together what a process sends in parallel. */
const JOBS_PER_FETCH = 8;
const WORKERS = 4;

export interface WebhookRuntime extends WebhookQueue {
  /** Dispatches now rather than at the next poll (tests, and after a NOTIFY). */
  dispatchNow(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The webhook pipeline of one process, on the job queue: a dispatcher (woken by the outbox's
 * NOTIFY, and polling every OUTBOX_POLL_MS) that turns outbox events into deliveries and jobs,
 * workers that send them, a sweeper for deliveries whose job was lost, and the daily clean-up
 * on the queue's scheduler. Any number of processes may run it side by side. The queue (`boss`)
 * is started and stopped by the server, which runs other jobs on it too.
 */
export async function startWebhooks(database: DatabaseHandle, boss: PgBoss, settings: WebhookSettings, log: Logger, metrics?: Registry): Promise<WebhookRuntime> {
  const db = unrecordedDb(database);
  const lease = leaseMs(settings);
  // A job whose process died is retried by the queue after its expiry; the lease makes the retry safe.
  await ensureQueue(boss, DELIVERY_QUEUE, { retryLimit: 10, retryDelay: 1, expireInSeconds: Math.ceil(lease / 1000) + 30 });
  await registerRecurring(boss, { name: RETENTION_QUEUE, cron: settings.retentionCron, timeZone: settings.timeZone, run: async () => ({ purged: await purgeOutbox(db, settings.retentionDays), retentionDays: settings.retentionDays }) }, log);

  const enqueue: Enqueue = async (on, ids, startAfter) => {
    const jobs = [];
    for (let i = 0; i < ids.length; i += DELIVERIES_PER_JOB) {
      jobs.push({ name: DELIVERY_QUEUE, data: { ids: ids.slice(i, i + DELIVERIES_PER_JOB) }, ...(startAfter ? { startAfter: startAfter.toISOString() } : {}) });
    }
    await boss.insert(jobs as PgBoss.JobInsert[], { db: on } as never);
  };

  const workerIds: string[] = [];
  let stopping = false;
  for (let i = 0; i < WORKERS; i++) {
    const id: string = await boss.work<{ ids: string[] }>(DELIVERY_QUEUE, { batchSize: JOBS_PER_FETCH, pollingIntervalSeconds: 0.5 }, async (jobs) => {
      await Promise.all(jobs.map((job) => deliver(db, job.data.ids, settings, enqueue)));
      // A full fetch means more are waiting: fetch again at once instead of after the polling interval.
      if (jobs.length === JOBS_PER_FETCH && !stopping) boss.notifyWorker(id);
    });
    workerIds.push(id);
  }

  // One dispatch at a time in this process; a wake-up during one runs another after it.
  let running: Promise<void> | null = null;
  let again = false;
  const dispatch = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          let dispatched: number;
          do dispatched = await dispatchOutbox(db, enqueue);
          while (dispatched > 0 && !stopping);
          // Fresh jobs: the workers fetch now rather than at their next poll.
          for (const id of workerIds) boss.notifyWorker(id);
        } while (again && !stopping);
      } catch (error) {
        if (!stopping) log.warn({ err: { message: (error as Error).message } }, "outbox dispatch failed; retried at the next poll");
      } finally {
        running = null;
      }
    })();
    return running;
  };
  const notices = await listenNotices(database, "outbox_events");
  const unlisten = notices.on(() => void dispatch());
  const poll = setInterval(() => void dispatch(), settings.outboxPollMs);
  // Only for deliveries no job carries any more: jobs are enqueued with their deliveries, and the
  // queue itself retries a job whose process died, so the sweeper waits well past the lease.
  const sweepEvery = Math.max(5_000, lease / 2);
  const sweep = setInterval(() => {
    sweepDeliveries(db, enqueue, lease + 60_000).catch((error: Error) => {
      if (!stopping) log.warn({ err: { message: error.message } }, "delivery sweep failed");
    });
  }, sweepEvery);
  poll.unref();
  sweep.unref();
  void dispatch();
  // Queue depth at every scrape: the delivery jobs, and the outbox events not dispatched yet.
  const unregister = metrics
    ? [
        registerQueueDepth(metrics, DELIVERY_QUEUE, () => queueDepth(database, DELIVERY_QUEUE)),
        registerQueueDepth(metrics, "outbox", async () => ({
          created: Number((await rows<{ n: number }>(db, sql`select count(*)::int as n from outbox_events where dispatched_at is null`))[0]!.n),
        })),
      ]
    : [];

  return {
    enqueue: (on, ids) => enqueue(on, ids),
    dispatchNow: dispatch,
    async stop() {
      stopping = true;
      for (const off of unregister) off();
      clearInterval(poll);
      clearInterval(sweep);
      unlisten();
      await notices.close();
      await running;
      // The queue itself is stopped by its owner (server.ts), letting the jobs in hand finish.
    },
  };
}
