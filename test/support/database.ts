import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { openDatabase, type DatabaseHandle } from "../../src/db/client.js";
import { runMigrations } from "../../src/db/migrate.js";

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

/**
 * A database of its own for one test file: PGlite in memory, or a fresh database on the server
 * (TEST_DATABASE_URL's, or `adminUrl`'s: a test's private cluster).
 */
export async function createTestDatabase(kind: DatabaseKind, adminUrl = process.env.TEST_DATABASE_URL!): Promise<TestDatabase> {
  if (kind === "pglite") {
    const handle = await openDatabase({});
    await runMigrations(handle);
    return { ...handle, drop: () => handle.close() };
  }
  const name = `cdp_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString(), poolMax: 5 });
  await runMigrations(handle);
  return {
    ...handle,
    url: url.toString(),
    async drop() {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
