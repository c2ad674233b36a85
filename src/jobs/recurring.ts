import type PgBoss from "pg-boss";
import type { Logger } from "pino";
import { ensureQueue } from "./queue.js";

export interface Recurring {
  /** The queue's name, which is also the schedule's. */
  name: string;
  /** A five-field cron line in `timeZone`, or null: not scheduled (the schedule is removed, a job sent by hand still runs). */
  cron: string | null;
  timeZone: string;
  /** The work; answers a few words for the log. */
  run: () => Promise<Record<string, unknown>>;
  /** Longest a run may take before the queue counts it as failed and retries it once. */
  expireInSeconds?: number;
}

/**
 * A job the queue's scheduler starts at `cron`: pg-boss sends it once across all processes (the
 * schedule is a row; each process's timekeeper takes turns under an advisory lock), and any one
 * process's worker runs it. Registering again replaces the cron, so a changed setting takes
 * effect at the next start.
 */
export async function registerRecurring(boss: PgBoss, job: Recurring, log: Logger): Promise<void> {
  // `short`: a run that waits is not joined by another.
  await ensureQueue(boss, job.name, { policy: "short", retryLimit: 1, retryDelay: 300, expireInSeconds: job.expireInSeconds ?? 3600 });
  if (job.cron) await boss.schedule(job.name, job.cron, {}, { tz: job.timeZone });
  else await boss.unschedule(job.name);
  await boss.work(job.name, async () => {
    const started = performance.now();
    const result = await job.run();
    log.info({ job: job.name, ...result, seconds: Math.round(performance.now() - started) / 1000 }, "recurring job done");
  });
}
