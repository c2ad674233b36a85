import "reflect-metadata";
import { Presets, SingleBar } from "cli-progress";
import { Command } from "commander";
import { count } from "drizzle-orm";
import { refreshAllSegments } from "../analytics/segments.service.js";
import { refreshAllTraits } from "../analytics/traits.service.js";
import { openConfiguredDatabase } from "../bootstrap.js";
import { loadConfig } from "../config.js";
import { customers } from "../db/schema/index.js";
import { runCli } from "./run.js";

new Command("traits:refresh")
  .description(
    "Recompute every customer's traits from their history, set-based in chunks (the same statement the write triggers run), then every segment's members (recompiled from its rule; catches what changes with time alone)",
  )
  .parse();

runCli(async () => {
  const database = await openConfiguredDatabase(loadConfig());
  const [{ total }] = (await database.db.select({ total: count() }).from(customers)) as [{ total: number }];
  const bar = new SingleBar({ format: "traits {bar} {value}/{total} customers", hideCursor: true }, Presets.shades_classic);
  const started = performance.now();
  bar.start(total, 0);
  const refreshed = await refreshAllTraits(database.db, (done) => bar.update(done));
  bar.stop();
  console.log(`${refreshed} customers' traits refreshed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const segmentsStarted = performance.now();
  const segments = await refreshAllSegments(database.db);
  console.log(`${segments.segments} segments recomputed (${segments.changed} memberships changed) in ${((performance.now() - segmentsStarted) / 1000).toFixed(1)} s`);
  await database.close();
});
