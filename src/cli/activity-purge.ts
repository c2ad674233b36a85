import "reflect-metadata";
import { Command } from "commander";
import { CUSTOMER_CHANGES_KEPT_DAYS } from "../analytics/customer-changes.js";
import { openConfiguredDatabase } from "../bootstrap.js";
import { loadConfig } from "../config.js";
import { purgeActivity } from "../schedules.js";
import { runCli } from "./run.js";

new Command("activity:purge")
  .description("Delete behavioural events (trackEvents) older than ACTIVITY_RETENTION_DAYS and profile changes (customerChanged) older than 30 days, 10,000 per statement; the server runs it on ACTIVITY_PURGE_CRON")
  .parse();

runCli(async () => {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  const started = performance.now();
  const { events, changes } = await purgeActivity(database.db, config.activityRetentionDays);
  console.log(`${events} events older than ${config.activityRetentionDays} days purged in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  console.log(`${changes} profile changes older than ${CUSTOMER_CHANGES_KEPT_DAYS} days purged (customerChanged resumes within that window)`);
  await database.close();
});
