import "reflect-metadata";
import { Command } from "commander";
import { openConfiguredDatabase } from "../bootstrap.js";
import { loadConfig } from "../config.js";
import { refreshModels } from "../models.js";
import { runCli } from "./run.js";

new Command("models:refresh")
  .description(
    "Rebuild the stored prediction models from the whole history, one after another (src/models.ts): the repurchase populations and every customer's predictions, one set-based pass (the write triggers keep them between rebuilds)",
  )
  .parse();

runCli(async () => {
  const database = await openConfiguredDatabase(loadConfig());
  for (const model of await refreshModels(database.db)) console.log(`${model.name}: ${model.summary} in ${model.seconds.toFixed(1)} s`);
  await database.close();
});
