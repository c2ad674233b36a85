import type PgBoss from "pg-boss";
import type { Logger } from "pino";
import type { Registry } from "prom-client";
import { unrecordedDb, type DatabaseHandle } from "../db/client.js";
import { ensureQueue, queueDepth } from "../jobs/queue.js";
import { registerQueueDepth } from "../metrics.js";
import { processSends, runBirthdays, sweepCampaigns, type CampaignQueue, type CampaignSettings } from "./campaigns.service.js";

export const SEND_QUEUE = "campaign-sends";
export const BIRTHDAY_QUEUE = "campaign-birthdays";
/** 01:00 UTC: 09:00 in China; every zone's calendar day contains exactly one such instant, so each birthday is met once. */
export const BIRTHDAY_CRON = "0 1 * * *";
const WORKERS = 4;
const SWEEP_MS = 30_000;

export interface CampaignRuntime extends CampaignQueue {
  stop(): Promise<void>;
}

/**
 * Campaign sending on the job queue: workers decide batches of sends (`processSends`), the daily
 * birthday run is a pg-boss schedule (once across all processes), and a sweeper re-enqueues
 * sends whose job was lost or enqueued by a process without the queue.
 */
export async function startCampaigns(boss: PgBoss, database: DatabaseHandle, settings: CampaignSettings, log: Logger, metrics?: Registry): Promise<CampaignRuntime> {
  const db = unrecordedDb(database);
  await ensureQueue(boss, SEND_QUEUE, { retryLimit: 10, retryDelay: 2, retryBackoff: true, expireInSeconds: 300 });
  await ensureQueue(boss, BIRTHDAY_QUEUE, { retryLimit: 3, retryDelay: 60 });
  await boss.schedule(BIRTHDAY_QUEUE, BIRTHDAY_CRON, {}, { tz: "UTC" });

  const queue: CampaignQueue = {
    async enqueue(on, campaignId, jobs, startAfter) {
      const list = Array.from({ length: jobs }, () => ({ name: SEND_QUEUE, data: { campaignId }, ...(startAfter ? { startAfter: startAfter.toISOString() } : {}) }));
      await boss.insert(list as PgBoss.JobInsert[], { db: on } as never);
    },
  };
  let stopping = false;
  const workerIds: string[] = [];
  for (let i = 0; i < WORKERS; i++) {
    const id: string = await boss.work<{ campaignId: string }>(SEND_QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async ([job]) => {
      const claimed = await processSends(db, job!.data.campaignId, queue, settings);
      // A full batch means more are waiting: fetch again at once.
      if (claimed > 0 && !stopping) boss.notifyWorker(id);
    });
    workerIds.push(id);
  }
  await boss.work(BIRTHDAY_QUEUE, async () => {
    const added = await runBirthdays(db, queue, settings);
    log.info({ added }, "birthday greetings enqueued");
  });
  const sweep = setInterval(() => {
    sweepCampaigns(db, queue, 2 * 60_000).catch((error: Error) => {
      if (!stopping) log.warn({ err: { message: error.message } }, "campaign sweep failed");
    });
  }, SWEEP_MS);
  sweep.unref();
  const unregister = metrics ? [SEND_QUEUE, BIRTHDAY_QUEUE].map((name) => registerQueueDepth(metrics, name, () => queueDepth(database, name))) : [];

  return {
    enqueue: queue.enqueue,
    async stop() {
      stopping = true;
      clearInterval(sweep);
      for (const off of unregister) off();
    },
  };
}
