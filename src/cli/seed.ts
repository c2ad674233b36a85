import "reflect-metadata";
import { SingleBar, Presets } from "cli-progress";
import { Command, InvalidArgumentError } from "commander";
import { openConfiguredDatabase } from "../bootstrap.js";
import { loadConfig } from "../config.js";
import { seedDatabase } from "../seed/index.js";
import { isEmpty } from "../seed/is-empty.js";
import { runCli } from "./run.js";

const positiveInt = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("must be a positive whole number");
  return n;
};

const program = new Command("seed")
  .description("Fill the configured database with a deterministic demo world")
  .option("-c, --customers <n>", "how many customers", positiveInt, 1000)
  .option("-s, --seed <n>", "PRNG seed: the same seed gives the same world", (v) => positiveInt(String(Number(v) + 1)) - 1, 7)
  .option("--force", "seed even when the database already holds customers")
  .parse();

const options = program.opts<{ customers: number; seed: number; force?: boolean }>();

runCli(async () => {
  const database = await openConfiguredDatabase(loadConfig());
  try {
    if (!options.force && !(await isEmpty(database.db))) {
      console.error(`${database.location} already holds customers; pass --force to add another world`);
      process.exitCode = 1;
      return;
    }
    const bar = new SingleBar({ format: "seeding [{bar}] {percentage}% | {value}/{total} rows | {duration}s" }, Presets.shades_classic);
    let started = false;
    const counts = await seedDatabase(database.db, {
      customers: options.customers,
      seed: options.seed,
      onProgress: (done, total) => {
        if (!started) bar.start(total, 0);
        started = true;
        bar.update(done);
      },
    });
    bar.stop();
    console.log(`seeded ${database.location}: ${counts.customers} customers, ${counts.orders} orders, ${counts.vehicles} vehicles, ${counts.trackingEvents} tracking events`);
  } finally {
    await database.close();
  }
});
