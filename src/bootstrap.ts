import { join } from "node:path";
import type { Logger } from "pino";
import type { Config } from "./config.js";
import { openDatabase, type DatabaseHandle } from "./db/client.js";
import type { ReplicaState } from "./db/replica.js";
import { runMigrations } from "./db/migrate.js";

/** The database the configuration names: PostgreSQL when DATABASE_URL is set, else embedded PGlite. */
/**
 * `statementTimeoutMs` (PostgreSQL): the server passes its operation timeout so that a stopped
 * operation's statements end too; CLIs (seed, migrate) pass nothing and run unbounded. `server`:
 * the server's own database, which alone reads from `DATABASE_READ_URL`'s replica.
 */
export async function openConfiguredDatabase(config: Config, log?: Logger, statementTimeoutMs = 0, server = false): Promise<DatabaseHandle> {
  const options = { url: config.databaseUrl, dataDir: config.databaseUrl ? undefined : join(config.dataDir, "pglite"), poolMax: config.dbPoolMax };
  if (config.databaseUrl && (statementTimeoutMs > 0 || server)) {
    // Migrations may build indexes for minutes: they run on a connection without the statement timeout.
    const migrator = await openDatabase({ ...options, poolMax: 1 });
    try {
      await runMigrations(migrator);
    } finally {
      await migrator.close();
    }
    log?.info("migrations applied");
    // Only the server reads from a replica (CLIs and migrations write, or must see what they wrote).
    const replica = server && config.readReplica && {
      ...config.readReplica,
      onChange: (state: ReplicaState) =>
        log?.[state.usable ? "info" : "warn"]({ replica: state }, state.usable ? "read replica in use" : "read replica bypassed: the primary answers queries"),
    };
    const database = await openDatabase({ ...options, statementTimeoutMs, ...(replica ? { replica } : {}) });
    log?.info({ database: database.location, statementTimeoutMs, ...(database.replica ? { replica: database.replica.state } : {}) }, "database connected");
    return database;
  }
  const database = await openDatabase(options);
  log?.info({ database: database.location }, "database connected");
  await runMigrations(database);
  log?.info("migrations applied");
  return database;
}
