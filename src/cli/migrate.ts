import "reflect-metadata";
import { Command } from "commander";
import { openConfiguredDatabase } from "../bootstrap.js";
import { loadConfig } from "../config.js";
import { runCli } from "./run.js";

new Command("migrate").description("Apply the SQL migrations in drizzle/ to the configured database").parse();

runCli(async () => {
  const database = await openConfiguredDatabase(loadConfig());
  console.log(`migrations applied to ${database.location}`);
  await database.close();
});
