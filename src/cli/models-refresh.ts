import "reflect-metadata";
import { Command } from "commander";
import { openConfiguredDatabase } from "../bootstrap.js";
import { loadConfig } from "../config.js";
import { refreshProductAssociations } from "../recommendations/associations.service.js";
import { runCli } from "./run.js";

new Command("models:refresh")
  .description("Rebuild the prediction models from the orders: the co-purchase counts and recent popularity behind Product.boughtTogether and Customer.recommendations (run daily)")
  .parse();

runCli(async () => {
  const database = await openConfiguredDatabase(loadConfig());
  const started = performance.now();
  const counts = await refreshProductAssociations(database.db);
  console.log(
    `co-purchases: ${counts.products} products, ${counts.pairs} pairs, ${counts.customers} buyers rebuilt in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  await database.close();
});
