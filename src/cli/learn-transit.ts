import "reflect-metadata";
import { Command } from "commander";
import { openConfiguredDatabase } from "../bootstrap.js";
import { loadConfig } from "../config.js";
import { LEARN_DAYS, learnTransitTimes, repredictParcels } from "../tracking/arrival-prediction.js";
import { runCli } from "./run.js";

new Command("tracking:learn")
  .description(`Learn the carriers' transit times from the parcels delivered in the last ${LEARN_DAYS} days, then predict every parcel's arrival again`)
  .parse();

runCli(async () => {
  const database = await openConfiguredDatabase(loadConfig());
  const started = performance.now();
  const buckets = await database.db.transaction((tx) => learnTransitTimes(tx));
  const parcels = await repredictParcels(database.db);
  console.log(`${buckets} transit-time buckets learned, ${parcels} parcels predicted again in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await database.close();
});
