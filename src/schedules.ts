/**
 * The recurring maintenance on the job queue's scheduler that is not any one domain's own: each
 * job is also a command (`npm run models:refresh`, `npm run activity:purge`) for a run by hand.
 * The outbox's clean-up is scheduled by the webhook pipeline (webhooks/runtime.ts).
 */
import type PgBoss from "pg-boss";
import type { Logger } from "pino";
import { purgeActivityEvents } from "./activity/retention.js";
import { CUSTOMER_CHANGES_KEPT_DAYS, purgeCustomerChanges } from "./analytics/customer-changes.js";
import type { Config } from "./config.js";
import type { Database } from "./db/client.js";
import { registerRecurring } from "./jobs/recurring.js";
import { refreshModels } from "./models.js";

export const MODELS_REFRESH_QUEUE = "models-refresh";
export const ACTIVITY_PURGE_QUEUE = "activity-purge";

/** Behavioural events past ACTIVITY_RETENTION_DAYS and profile changes past their window (customerChanged resumes within it). */
export async function purgeActivity(db: Database, retentionDays: number): Promise<{ events: number; changes: number }> {
  const events = await purgeActivityEvents(db, retentionDays);
  const changes = await purgeCustomerChanges(db, CUSTOMER_CHANGES_KEPT_DAYS);
  return { events, changes };
}

/** The prediction models' rebuild (MODELS_REFRESH_CRON): the write triggers keep them between runs. */
export const registerModelRefresh = (boss: PgBoss, db: Database, config: Config, log: Logger) =>
  registerRecurring(
    boss,
    {
      name: MODELS_REFRESH_QUEUE,
      cron: config.schedules.modelsRefresh,
      timeZone: config.ordering.timeZone,
      // About a minute for 100,000 customers and a million orders: hours would be a stuck run.
      expireInSeconds: 4 * 3600,
      run: async () => ({ models: (await refreshModels(db)).map((m) => `${m.name}: ${m.summary} in ${m.seconds} s`) }),
    },
    log,
  );

/** The activity purge (ACTIVITY_PURGE_CRON). */
export const registerActivityPurge = (boss: PgBoss, db: Database, config: Config, log: Logger) =>
  registerRecurring(
    boss,
    { name: ACTIVITY_PURGE_QUEUE, cron: config.schedules.activityPurge, timeZone: config.ordering.timeZone, run: () => purgeActivity(db, config.activityRetentionDays) },
    log,
  );
