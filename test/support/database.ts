import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import postgres from "postgres";
import { inject } from "vitest";
import { createPglite, openDatabase, type DatabaseHandle } from "../../src/db/client.js";
import { runMigrations } from "../../src/db/migrate.js";
import { PgliteSpares } from "./pglite-spares.js";
import { testDatabaseName } from "./run-databases.js";

export type DatabaseKind = "pglite" | "postgres";

/** PGlite always; PostgreSQL as well when TEST_DATABASE_URL is set (CI sets it). */
export function databaseKinds(): DatabaseKind[] {
  return process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
}

export interface TestDatabase extends DatabaseHandle {
  /** The URL of the fresh PostgreSQL database (absent on PGlite). */
  url?: string;
  drop(): Promise<void>;
}

let snapshot: Blob | undefined;

/** The migrated PGlite data directory of this run (test/support/global-setup.ts), read once per worker. */
function pgliteSnapshot(): Blob {
  snapshot ??= new Blob([readFileSync(inject("pgliteSnapshot"))]);
  return snapshot;
}

/** This worker's emptied PGlite databases, given to its next files (pglite-spares.ts). */
const spares = new PgliteSpares(() => createPglite(undefined, pgliteSnapshot()));

/**
 * A PGlite data directory for a command-line run (`DATA_DIR`), already migrated: a copy of this
 * run's migrated snapshot, so that the first command does not spend seconds on initdb and migrations.
 */
export async function migratedDataDir(dataDir: string): Promise<string> {
  mkdirSync(dataDir, { recursive: true });
  const handle = await openDatabase({ dataDir: join(dataDir, "pglite"), pgliteSnapshot: pgliteSnapshot() });
  await handle.close();
  return dataDir;
}

/**
 * A database of its own for one test file: PGlite in memory, or a fresh database on the server.
 * On PGlite and on TEST_DATABASE_URL's server both are copies of the database the global setup
 * migrated (on PGlite, or an earlier file's emptied again), so they start with no rows; on `adminUrl` (a test's private cluster, which has no
 * copy to start from) the database is migrated here.
 */
export async function createTestDatabase(kind: DatabaseKind, adminUrl?: string): Promise<TestDatabase> {
  if (kind === "pglite") {
    const pglite = await spares.take();
    const handle = await openDatabase({ pglite });
    return { ...handle, drop: () => spares.giveBack(pglite) };
  }
  const template = adminUrl ? undefined : inject("postgresTemplate");
  const serverUrl = adminUrl ?? process.env.TEST_DATABASE_URL!;
  // Named after this run's template, so that the run's teardown finds what a worker left behind.
  const name = template ? testDatabaseName(template) : `cdp_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => undefined });
  await admin.unsafe(template ? `create database ${name} template ${template}` : `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString(), poolMax: 5 });
  if (!template) await runMigrations(handle);
  return {
    ...handle,
    url: url.toString(),
    async drop() {
      await handle.close();
      const dropped = admin.unsafe(`drop database if exists ${name} with (force)`).finally(() => admin.end());
      // DROP DATABASE waits on the server's checkpointer, seconds on a busy machine: on the run's own
      // server a file need not wait for it, and whatever a worker's exit cuts short the global
      // teardown drops (dropRunDatabases). A private cluster is stopped right after: wait there.
      if (adminUrl) await dropped;
      else dropped.catch(() => undefined);
    },
  };
}

