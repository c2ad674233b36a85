import type PgBoss from "pg-boss";
import type { Logger } from "pino";
import type { Database } from "../db/client.js";
import { maintainPartitions, type PartitionSettings } from "../db/partitions.js";
import { ensureQueue } from "./queue.js";

export const PARTITIONS_QUEUE = "history-partitions";

/**
 * The history tables' partitions on the job queue: daily at 02:43 UTC (once across all
 * processes, by the queue's scheduler) and once at start, so that a platform started after a
 * long stop has its months ahead at once. Until then nothing fails: a row whose month has no
 * partition lands in the DEFAULT one and moves into its own when that is created.
 */
export async function startPartitionMaintenance(boss: PgBoss, db: Database, settings: PartitionSettings, log: Logger): Promise<void> {
  await ensureQueue(boss, PARTITIONS_QUEUE, { retryLimit: 3, retryDelay: 60 });
  await boss.schedule(PARTITIONS_QUEUE, "43 2 * * *", {}, { tz: "UTC" });
  await boss.work(PARTITIONS_QUEUE, async () => {
    const result = await maintainPartitions(db, settings);
    log.info({ ...result, retentionDays: settings.retentionDays }, "history partitions maintained");
  });
  // Several processes starting at once queue one run between them.
  await boss.send(PARTITIONS_QUEUE, {}, { singletonKey: "start", singletonSeconds: 60 });
}
