import { join } from "node:path";
import type { Logger } from "pino";
import type { Config } from "./config.js";
import { openDatabase, type DatabaseHandle } from "./db/client.js";
import { runMigrations } from "./db/migrate.js";

/** The database the configuration names: PostgreSQL when DATABASE_URL is set, else embedded PGlite. */
export async function openConfiguredDatabase(config: Config, log?: Logger): Promise<DatabaseHandle> {
  const database = await openDatabase({
    url: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : join(config.dataDir, "pglite"),
    poolMax: config.dbPoolMax,
  });
  log?.info({ database: database.location }, "database connected");
  await runMigrations(database);
  log?.info("migrations applied");
  return database;
}
