import type PgBoss from "pg-boss";
import type { Logger } from "pino";
import { unrecordedDb, type DatabaseHandle, type Transaction } from "../db/client.js";
import { ensureQueue, inTransaction } from "../jobs/queue.js";
import { recoverBulkExports, runBulkExport, STALE_AFTER_SECONDS } from "./export-runner.js";

/** One job per export run: `{ id }` of a `bulk_exports` row. */
export const EXPORT_QUEUE = "bulk-export";
/** Every minute: exports a crashed process left, and queued ones no job carries, get a job. */
export const EXPORT_SWEEP_QUEUE = "bulk-export-sweep";
export const EXPORT_SWEEP_CRON = "* * * * *";
/**
 * A QUEUED export idle this long has no job coming (started by a process without the queue,
 * JOB_QUEUE=false, or its job was lost): the sweep gives it one. Fresh ones are left to their own job.
 */
export const QUEUED_IDLE_SECONDS = 30;

/** What the resolvers need of the export jobs (absent with JOB_QUEUE=false: exports then wait for a process with the queue). */
export interface ExportJobs {
  /** Enqueues the export's run in the caller's transaction: the row and its job commit together. */
  enqueue(tx: Transaction, id: string): Promise<void>;
  /** After the commit: this process's worker fetches now rather than at its next poll. */
  wake(): void;
}

export interface ExportJobRuntime extends ExportJobs {
  /** Runs the sweep now (start-up, tests). */
  sweep(): Promise<number>;
  /** The running export stops after its current batch and is queued again (for another process, or the next start). */
  stop(): void;
}

/**
 * Bulk exports on the job queue (pg-boss, src/jobs): each export is one job whose worker calls
 * `runBulkExport`. Jobs are rows, so an export outlives the process that accepted it; with several
 * processes any one runs it (the claim QUEUED → RUNNING lets only one write the file). One export at
 * a time per process: they are long and read much. A crash leaves the export RUNNING without
 * heartbeat; the sweep queues it again (to resume after its last batch) and gives it a job.
 */
export async function startExportJobs(database: DatabaseHandle, boss: PgBoss, dir: string, log: Logger): Promise<ExportJobRuntime> {
  const db = unrecordedDb(database);
  // `short`: at most one waiting job per export (singletonKey), so the sweep may offer one freely.
  // The expiry only has to outlast a long export: a dead process is found by the heartbeat, not by it.
  await ensureQueue(boss, EXPORT_QUEUE, { policy: "short", retryLimit: 2, retryDelay: 30, expireInSeconds: 6 * 3600 });
  await ensureQueue(boss, EXPORT_SWEEP_QUEUE, { policy: "short", retryLimit: 0, expireInSeconds: 300 });
  await boss.schedule(EXPORT_SWEEP_QUEUE, EXPORT_SWEEP_CRON, {}, { tz: "UTC" });

  const stopping = new AbortController();
  const offer = (id: string, on?: Transaction) => boss.send(EXPORT_QUEUE, { id }, { singletonKey: id, ...(on ? { db: inTransaction(on) } : {}) } as PgBoss.SendOptions);
  const worker = await boss.work<{ id: string }>(EXPORT_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
    const { id } = job!.data;
    const outcome = await runBulkExport(database, id, { dir, signal: stopping.signal, log });
    // Interrupted by this process stopping: where it stands is recorded, and a new job carries it on.
    if (outcome === "QUEUED") await offer(id);
    return outcome;
  });
  const sweep = async () => {
    const waiting = await recoverBulkExports(db, QUEUED_IDLE_SECONDS);
    for (const id of waiting) await offer(id);
    if (waiting.length) boss.notifyWorker(worker);
    return waiting.length;
  };
  await boss.work(EXPORT_SWEEP_QUEUE, async () => {
    const offered = await sweep();
    if (offered) log.info({ offered, staleAfterSeconds: STALE_AFTER_SECONDS }, "bulk exports without a job queued again");
  });
  // What a previous process left is picked up at once, not at the next minute.
  await sweep().catch((error: unknown) => log.warn({ err: { message: (error as Error).message } }, "bulk exports left by a previous process were not picked up"));

  return {
    enqueue: async (tx, id) => void (await offer(id, tx)),
    wake: () => boss.notifyWorker(worker),
    sweep,
    stop: () => stopping.abort(),
  };
}
